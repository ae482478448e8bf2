package vn.danhgia.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per username in the database, so every application instance sees the same count: after
 * {@value #MAX_FAILURES} failures within {@link #WINDOW} the username is locked for {@link #LOCK}, whatever password is
 * tried next. Unknown usernames are counted like known ones, so the lock tells nobody which accounts exist.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);
    private static final int USERNAME_LENGTH = 100;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    LoginThrottle(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The end of the username's lock, if it is locked now. */
    Optional<Instant> lockedUntil(String username) {
        Instant now = clock.instant();
        OffsetDateTime until = jdbc.queryForObject(
                "select max(locked_until) from login_attempt where username = ? and locked_until > ?",
                OffsetDateTime.class, key(username), at(now));
        return Optional.ofNullable(until).map(OffsetDateTime::toInstant);
    }

    /** Records a failed attempt; the one that reaches the limit starts the lock. */
    void failed(String username) {
        Instant now = clock.instant();
        String key = key(username);
        jdbc.update("delete from login_attempt where attempted_at <= ? and (locked_until is null or locked_until <= ?)",
                at(now.minus(WINDOW)), at(now));
        Integer earlier = jdbc.queryForObject(
                "select count(*) from login_attempt where username = ? and attempted_at > ?", Integer.class, key,
                at(now.minus(WINDOW)));
        boolean locks = earlier != null && earlier + 1 >= MAX_FAILURES;
        jdbc.update("insert into login_attempt (username, attempted_at, locked_until) values (?, ?, ?)", key, at(now),
                locks ? at(now.plus(LOCK)) : null);
    }

    /** A successful sign-in forgets the username's failures. */
    void succeeded(String username) {
        jdbc.update("delete from login_attempt where username = ?", key(username));
    }

    Instant now() {
        return clock.instant();
    }

    private static String key(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return key.length() > USERNAME_LENGTH ? key.substring(0, USERNAME_LENGTH) : key;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
