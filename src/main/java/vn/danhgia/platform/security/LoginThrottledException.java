package vn.danhgia.platform.security;

import java.time.Duration;
import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** Sign-in refused by the throttle before the password was compared; says when the next try is possible. */
class LoginThrottledException extends LockedException {

    private final long minutesLeft;

    LoginThrottledException(Instant lockedUntil, Instant now) {
        super("Too many password checks; next possible at " + lockedUntil);
        long seconds = Math.max(0, Duration.between(now, lockedUntil).toSeconds());
        this.minutesLeft = Math.max(1, (seconds + 59) / 60);
    }

    /** Whole minutes until the lock ends, rounded up so "1 phút" never means "now". */
    long minutesLeft() {
        return minutesLeft;
    }
}
