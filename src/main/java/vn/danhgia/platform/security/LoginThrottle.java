package vn.danhgia.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Limits password checks (OWASP ASVS 2.2.1) in the database, so every application instance shares the counts:
 * <ul>
 *   <li>per account and client address: {@code attemptsPerAddress} checks in a window, then that address waits for
 *   the window to end. Another address is not affected, so nobody can lock an account for everyone;</li>
 *   <li>per account from addresses it has never signed in from: {@code attemptsFromNewAddresses} checks in a window
 *   all together, which slows a guesser spread over many addresses while the owner's known addresses go on.</li>
 * </ul>
 * A check is reserved before the password is compared (an atomic conditional update), so parallel attempts never
 * exceed the limit; a successful sign-in frees the address's count. Unknown usernames are counted like known ones,
 * so the answers tell nobody which accounts exist; names are counted without case and surrounding space.
 */
@Component
class LoginThrottle {

    private static final int USERNAME_LENGTH = 100;
    private static final Duration KNOWN_ADDRESS_KEPT = Duration.ofDays(180);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int attemptsPerAddress;
    private final int attemptsFromNewAddresses;
    private final Duration window;

    LoginThrottle(JdbcTemplate jdbc, Clock clock,
                  @Value("${danhgia.login.attempts-per-address:5}") int attemptsPerAddress,
                  @Value("${danhgia.login.attempts-from-new-addresses:20}") int attemptsFromNewAddresses,
                  @Value("${danhgia.login.window:15m}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.attemptsPerAddress = attemptsPerAddress;
        this.attemptsFromNewAddresses = attemptsFromNewAddresses;
        this.window = window;
    }

    /** A reserved password check, to be handed back when it succeeds. */
    record Admission(String username, ClientAddress address, boolean fromNewAddress) {
    }

    /**
     * Reserves one password check for the username from the client address, or refuses it with
     * {@link LoginThrottledException} saying when the next one is possible.
     */
    Admission admit(String username, String remoteAddress) {
        Instant now = clock.instant();
        String account = key(username);
        ClientAddress address = ClientAddress.of(remoteAddress);
        reserve("address:" + address.value() + ":" + account, attemptsPerAddress, now);
        boolean newAddress = !address.known() || !known(account, address.value());
        if (newAddress) {
            reserve("account:" + account, attemptsFromNewAddresses, now);
        }
        return new Admission(account, address, newAddress);
    }

    /** The password was right: the address's count starts again, the address becomes known to the account. */
    void succeeded(Admission admission) {
        Instant now = clock.instant();
        jdbc.update("delete from login_throttle where throttle_key = ?",
                "address:" + admission.address().value() + ":" + admission.username());
        if (admission.fromNewAddress()) {
            // The owner's own sign-in does not use up what the account allows from new addresses.
            jdbc.update("update login_throttle set attempts = attempts - 1 where throttle_key = ? and attempts > 0",
                    "account:" + admission.username());
        }
        if (admission.address().known()) {
            remember(admission.username(), admission.address().value(), now);
        }
    }

    /** An address not known to the server ("unknown") never becomes one the account may skip the account limit from. */
    private void remember(String account, String address, Instant now) {
        if (jdbc.update("update login_known_address set last_success = ? where username = ? and address = ?",
                at(now), account, address) == 0) {
            try {
                jdbc.update("insert into login_known_address (username, address, last_success) values (?, ?, ?)",
                        account, address, at(now));
            } catch (DuplicateKeyException parallelSignIn) {
                // Recorded by a parallel sign-in from the same address.
            }
        }
        jdbc.update("delete from login_known_address where last_success < ?", at(now.minus(KNOWN_ADDRESS_KEPT)));
    }

    private void reserve(String key, int limit, Instant now) {
        // A parallel sign-in may delete the row between two statements (a success frees its address): then the
        // reservation is simply tried again, a bounded number of times.
        for (int tries = 0; tries < 3; tries++) {
            if (counted(key, limit, now) || opened(key, now)) {
                return;
            }
            if (counted(key, limit, now)) {
                return;
            }
            List<OffsetDateTime> start = jdbc.queryForList(
                    "select window_start from login_throttle where throttle_key = ?", OffsetDateTime.class, key);
            if (!start.isEmpty()) {
                throw new LoginThrottledException(start.get(0).toInstant().plus(window), now);
            }
        }
        throw new LoginThrottledException(now.plus(window), now);
    }

    /** Opens the key's first window with this attempt, unless a parallel attempt has opened one (or it is full). */
    private boolean opened(String key, Instant now) {
        try {
            jdbc.update("delete from login_throttle where window_start <= ?", at(now.minus(window)));
            jdbc.update("insert into login_throttle (throttle_key, window_start, attempts) values (?, ?, 1)", key,
                    at(now));
            return true;
        } catch (DuplicateKeyException windowAlreadyOpen) {
            return false;
        }
    }

    /** Counts the attempt in the key's window (a new window when the last has ended), unless it is full. */
    private boolean counted(String key, int limit, Instant now) {
        OffsetDateTime ended = at(now.minus(window));
        return jdbc.update("""
                update login_throttle
                   set attempts = case when window_start <= ? then 1 else attempts + 1 end,
                       window_start = case when window_start <= ? then ? else window_start end
                 where throttle_key = ? and (window_start <= ? or attempts < ?)""",
                ended, ended, at(now), key, ended, limit) == 1;
    }

    private boolean known(String account, String address) {
        return !jdbc.queryForList("select 1 from login_known_address where username = ? and address = ?",
                Integer.class, account, address).isEmpty();
    }

    private static String key(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return key.length() > USERNAME_LENGTH ? key.substring(0, USERNAME_LENGTH) : key;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
