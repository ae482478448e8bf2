package vn.danhgia.platform.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * The people signed in to the pages. A session keeps the roles it was opened with, so when an administrator disables
 * an account, changes its roles or resets its password, the person's open sessions end and they sign in again under
 * the new state. The sessions are those of every application node (the session table, found by username); an ended
 * one is marked expired, and the node that next serves it sends the person to the sign-in page.
 */
@Component
public class SignedInSessions {

    private final SessionRegistry registry;

    SignedInSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    public void end(String username) {
        registry.getAllSessions(username, false).forEach(SessionInformation::expireNow);
    }
}
