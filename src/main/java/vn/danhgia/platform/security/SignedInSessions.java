package vn.danhgia.platform.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * The people signed in to the pages. A session keeps the roles it was opened with, so when an administrator disables
 * an account, changes its roles or resets its password, the person's open sessions end and they sign in again under
 * the new state.
 */
@Component
public class SignedInSessions {

    private final SessionRegistry registry;

    SignedInSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    public void end(String username) {
        registry.getAllPrincipals().stream()
                .filter(principal -> principal instanceof AccountPrincipal account
                                     && account.getUsername().equals(username))
                .flatMap(principal -> registry.getAllSessions(principal, false).stream())
                .forEach(SessionInformation::expireNow);
    }
}
