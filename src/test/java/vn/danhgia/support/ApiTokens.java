package vn.danhgia.support;

import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.accounts.PersonalAccessTokens;
import vn.danhgia.platform.accounts.UserAccountRepository;

/** Personal access tokens for API tests that go through the real bearer sign-in rather than a mocked principal. */
public final class ApiTokens {

    private ApiTokens() {
    }

    private static final java.util.Map<String, String> ISSUED = new java.util.concurrent.ConcurrentHashMap<>();

    /** A token of the stored account with the username, issued once per application context. */
    public static String of(ApplicationContext context, String username) {
        return ISSUED.computeIfAbsent(context.getId() + "/" + System.identityHashCode(context) + "/" + username,
                key -> issue(context, username));
    }

    /** A new token of the stored account with the username, valid for 30 days. */
    public static String issue(ApplicationContext context, String username) {
        var account = context.getBean(UserAccountRepository.class).findByUsername(username).orElseThrow();
        Actor owner = new Actor(account.getId(), account.getUsername(), account.getDisplayName(),
                account.getCadreId(), account.getRoles());
        return TestActors.runAs(owner, () -> context.getBean(PersonalAccessTokens.class).issue("kiểm thử", 30).token());
    }

    /** Sends the token as {@code Authorization: Bearer}. */
    public static RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }
}
