package vn.danhgia.platform.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import vn.danhgia.platform.ControlCharacters;

/**
 * Spring Security's username/password check behind the throttle: the check is reserved with {@link LoginThrottle}
 * first, so a refused attempt never reaches the password comparison; a success frees the client address's count.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        if (ControlCharacters.firstRefused(authentication.getName()).isPresent()) {
            // No account name holds one, and the throttle's tables would refuse the NUL (PostgreSQL).
            throw new BadCredentialsException("A control character in the username");
        }
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        LoginThrottle.Admission admission = throttle.admit(authentication.getName(), address);
        Authentication signedIn = passwords.authenticate(authentication);
        throttle.succeeded(admission);
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
