package vn.danhgia.platform.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Feeds the throttle from Spring Security's own events: a wrong password (or unknown username) counts, a successful
 * password check clears the count. Refusals because of the lock itself are a different event and do not extend it.
 */
@Component
class LoginAttemptListener {

    private final LoginThrottle throttle;

    LoginAttemptListener(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    void onBadCredentials(AuthenticationFailureBadCredentialsEvent failure) {
        throttle.failed(failure.getAuthentication().getName());
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent success) {
        throttle.succeeded(success.getAuthentication().getName());
    }
}
