package vn.danhgia.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import vn.danhgia.platform.security.AccountPrincipal;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.TestActors;

/**
 * Issue 15 §4: nodes of two releases share the session table during a rolling upgrade. A signed-in context that this
 * release cannot read back counts as no sign-in (the person signs in again) instead of failing every request of the
 * session; a readable one is read as ever.
 */
@DemoDataTest
class UnreadableSessionTests {

    private static final String CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestActors actors;

    private String id;

    @AfterEach
    void delete() {
        if (id != null) {
            sessions.deleteById(id);
        }
    }

    @Test
    void anUnreadableSignInIsReadAsNone() throws IOException {
        id = signedIn(sessions, "canbo");
        assertThat(sessions.findById(id).<SecurityContextImpl>getAttribute(CONTEXT).getAuthentication().getName())
                .isEqualTo("canbo");

        jdbc.update("""
                update spring_session_attributes set attribute_bytes = ?
                where attribute_name = ? and session_primary_id =
                    (select primary_id from spring_session where session_id = ?)""",
                ofAClassThisReleaseDoesNotHave(), CONTEXT, id);

        var read = sessions.findById(id);
        assertThat(read).as("the session itself").isNotNull();
        assertThat(read.<Object>getAttribute(CONTEXT)).as("its unreadable sign-in").isNull();
    }

    /** A serialised {@link Gone}, its class name changed to one no class loader knows, as another release's class. */
    private static byte[] ofAClassThisReleaseDoesNotHave() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new Gone());
        }
        String serialised = bytes.toString(StandardCharsets.ISO_8859_1);
        assertThat(serialised).contains("UnreadableSessionTests$Gone");
        return serialised.replace("UnreadableSessionTests$Gone", "UnreadableSessionTests$Lost")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    static final class Gone implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** A session in the table holding the signed-in security context, as Spring Security stores it at sign-in. */
    private <S extends Session> String signedIn(FindByIndexNameSessionRepository<S> repository, String username) {
        AccountPrincipal principal = AccountPrincipal.of(actors.account(username));
        S session = repository.createSession();
        session.setAttribute(CONTEXT, new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, principal.getAuthorities())));
        repository.save(session);
        return session.getId();
    }
}
