package vn.danhgia.platform.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Back to the login page: {@code ?locked=<minutes>} when the throttle refused the check, {@code ?busy} when no password
 * check came free in time, {@code ?error} otherwise.
 */
class ThrottleAwareFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    ThrottleAwareFailureHandler() {
        super("/login?error");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException, ServletException {
        if (failure instanceof LoginThrottledException locked) {
            getRedirectStrategy().sendRedirect(request, response, "/login?locked=" + locked.minutesLeft());
            return;
        }
        if (failure instanceof PasswordChecksBusyException) {
            getRedirectStrategy().sendRedirect(request, response, "/login?busy");
            return;
        }
        super.onAuthenticationFailure(request, response, failure);
    }
}
