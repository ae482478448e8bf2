package vn.danhgia.platform.security;

import java.time.Duration;
import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** Sign-in refused because the username had too many failed attempts; says when it may try again. */
class LoginThrottledException extends LockedException {

    private final transient Instant lockedUntil;
    private final long minutesLeft;

    LoginThrottledException(Instant lockedUntil, Instant now) {
        super("Too many failed sign-ins; locked until " + lockedUntil);
        this.lockedUntil = lockedUntil;
        long seconds = Math.max(0, Duration.between(now, lockedUntil).toSeconds());
        this.minutesLeft = Math.max(1, (seconds + 59) / 60);
    }

    Instant lockedUntil() {
        return lockedUntil;
    }

    /** Whole minutes until the lock ends, rounded up so "1 phút" never means "now". */
    long minutesLeft() {
        return minutesLeft;
    }
}
