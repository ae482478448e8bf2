package vn.danhgia.platform.security;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * At most {@code permits} password hashes computed at once on this node; the others wait their turn, first come first
 * served, for {@code longestWait} at most. A BCrypt check costs some 70–100 ms of one core by design, and on the
 * morning of a deadline a province signs in within minutes: unbounded, a wave of sign-ins takes every core and the
 * pages of those already signed in queue behind it. Bounded, a wave only makes the sign-ins wait (bench/deadline-day,
 * 200 sign-ins in the same seconds on two nodes sharing two cores: the lists' p99 583 ms unbounded, 59 ms bounded; the
 * progress board's 683 and 137 ms). A waiting sign-in holds its request thread as a computing one would, for a shorter
 * time on average. Not reentrant: the hashes it bounds never call back into it.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder hashes;
    private final Semaphore checks;
    private final Duration longestWait;

    BoundedPasswordEncoder(PasswordEncoder hashes, int permits, Duration longestWait) {
        if (permits < 1) {
            throw new IllegalArgumentException("password checks at once must be at least 1: " + permits);
        }
        this.hashes = hashes;
        this.checks = new Semaphore(permits, true);
        this.longestWait = longestWait;
    }

    /** Half the node's processors, at least one: the rest stay for the pages. */
    static int defaultPermits() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return bounded(() -> hashes.encode(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return bounded(() -> hashes.matches(rawPassword, encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return hashes.upgradeEncoding(encodedPassword);
    }

    private <T> T bounded(Supplier<T> hashing) {
        try {
            if (!checks.tryAcquire(longestWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new PasswordChecksBusyException("No password check free within " + longestWait);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new PasswordChecksBusyException("Interrupted while waiting for a password check");
        }
        try {
            return hashing.get();
        } finally {
            checks.release();
        }
    }
}
