package vn.danhgia.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import vn.danhgia.platform.accounts.IssuedPassword;
import vn.danhgia.platform.accounts.NewUserAccount;
import vn.danhgia.platform.accounts.UserAccountChanges;
import vn.danhgia.platform.accounts.UserAdministration;
import vn.danhgia.platform.accounts.UserSummary;
import vn.danhgia.platform.security.AccountPrincipal;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.TestActors;

/**
 * A session keeps the roles it was opened with: when an administrator takes a role away, disables the account or
 * resets its password, the person's open sessions end (their next page asks them to sign in again), and only theirs.
 * The sessions are rows of the session table, as a sign-in on any node leaves them.
 */
@DemoDataTest
class EndingSessionsTests {

    @Autowired
    UserAdministration administration;
    @Autowired
    SessionRegistry sessions;
    @Autowired
    FindByIndexNameSessionRepository<? extends Session> table;
    @Autowired
    TestActors actors;

    private final List<String> opened = new ArrayList<>();

    @AfterEach
    void deleteSessions() {
        opened.forEach(table::deleteById);
    }

    @Test
    void changingRolesOrDisablingEndsOnlyThatPersonsSessions() {
        Actor admin = actors.account("admin");
        IssuedPassword issued = TestActors.runAs(admin, () -> administration.create(new NewUserAccount(
                "phien-ket-thuc", "Người dùng thử phiên", null, null, EnumSet.of(Role.UNIT_HEAD))));
        String first = signedIn("phien-ket-thuc");
        String second = signedIn("phien-ket-thuc");
        String someoneElse = signedIn("canbo");

        UserSummary account = TestActors.runAs(admin, () -> administration.account(issued.accountId()));
        TestActors.runAs(admin, () -> administration.update(issued.accountId(), new UserAccountChanges(
                account.displayName(), null, null, Set.of(Role.CADRE), true, account.version())));

        assertThat(sessions.getSessionInformation(first).isExpired()).isTrue();
        assertThat(sessions.getSessionInformation(second).isExpired()).isTrue();
        assertThat(sessions.getSessionInformation(someoneElse).isExpired()).isFalse();

        String third = signedIn("phien-ket-thuc");
        UserSummary changed = TestActors.runAs(admin, () -> administration.account(issued.accountId()));
        TestActors.runAs(admin, () -> administration.update(issued.accountId(), new UserAccountChanges(
                changed.displayName(), null, null, changed.roles(), false, changed.version())));
        assertThat(sessions.getSessionInformation(third).isExpired()).isTrue();
        assertThat(sessions.getSessionInformation(someoneElse).isExpired()).isFalse();
    }

    /** A session in the table holding the signed-in security context, as Spring Security stores it at sign-in. */
    private String signedIn(String username) {
        return signedIn(table, username);
    }

    private <S extends Session> String signedIn(FindByIndexNameSessionRepository<S> repository, String username) {
        AccountPrincipal principal = AccountPrincipal.of(actors.account(username));
        S session = repository.createSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                        principal.getAuthorities())));
        repository.save(session);
        opened.add(session.getId());
        return session.getId();
    }
}
