package vn.danhgia.platform.security;

import org.springframework.security.authentication.InternalAuthenticationServiceException;

/**
 * The password was not compared: every check of the node stayed taken for as long as a sign-in may wait
 * ({@link BoundedPasswordEncoder}). The person is asked to try again in a moment, not told the password is wrong.
 */
class PasswordChecksBusyException extends InternalAuthenticationServiceException {

    PasswordChecksBusyException(String message) {
        super(message);
    }
}
