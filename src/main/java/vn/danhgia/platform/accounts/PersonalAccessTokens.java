package vn.danhgia.platform.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.AuditRecord;
import vn.danhgia.platform.AuditTrail;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.TypedText;

/**
 * Personal access tokens (khóa truy cập API): what a program sends as {@code Authorization: Bearer} to use the JSON
 * API as the person who created it. A person creates, lists and revokes their own tokens; an administrator lists and
 * revokes anyone's. A token carries 256 random bits and always expires; only its SHA-256 is stored, so it is shown
 * once. Creation and revocation are written to the audit trail (record type {@value #RECORD_TYPE}).
 */
@Service
public class PersonalAccessTokens {

    public static final String RECORD_TYPE = "ACCESS_TOKEN";
    public static final int NAME_LENGTH = 100;
    public static final int MAX_VALID_DAYS = 365;
    public static final int DEFAULT_VALID_DAYS = 90;
    static final String TOKEN_PREFIX = "dg_";
    private static final int SHOWN_PREFIX_LENGTH = 10;
    private static final int RANDOM_BYTES = 32;
    private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String COLUMNS =
            "id, account_id, name, token_prefix, created_at, expires_at, last_used_at, revoked_at";

    private final JdbcTemplate jdbc;
    private final CurrentActor currentActor;
    private final UserAccountRepository accounts;
    private final AuditTrail auditTrail;
    private final Clock clock;

    PersonalAccessTokens(JdbcTemplate jdbc, CurrentActor currentActor, UserAccountRepository accounts,
                         AuditTrail auditTrail, Clock clock) {
        this.jdbc = jdbc;
        this.currentActor = currentActor;
        this.accounts = accounts;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** Creates a token for the signed-in person's own account, valid for the given number of days. */
    @Transactional
    public IssuedAccessToken issue(String typedName, Integer validDays) {
        Actor actor = currentActor.get();
        String name = TypedText.blankToNull(typedName);
        List<FieldViolation> violations = new ArrayList<>();
        if (name == null) {
            violations.add(FieldViolation.of("name", "platform.tokens.name.required"));
        } else if (name.length() > NAME_LENGTH) {
            violations.add(FieldViolation.of("name", "platform.tokens.name.tooLong", NAME_LENGTH));
        }
        if (validDays == null || validDays < 1 || validDays > MAX_VALID_DAYS) {
            violations.add(FieldViolation.of("validDays", "platform.tokens.validDays.range", MAX_VALID_DAYS));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
        Instant now = clock.instant();
        Instant expires = now.plus(Duration.ofDays(validDays));
        String prefix = token.substring(0, SHOWN_PREFIX_LENGTH);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("insert into personal_access_token (account_id, name, "
                    + "token_hash, token_prefix, created_at, expires_at) values (?, ?, ?, ?, ?, ?)", new String[] {"id"});
            insert.setLong(1, actor.accountId());
            insert.setString(2, name);
            insert.setString(3, hash(token));
            insert.setString(4, prefix);
            insert.setObject(5, at(now));
            insert.setObject(6, at(expires));
            return insert;
        }, key);
        long id = key.getKey().longValue();
        auditTrail.record(new AuditRecord("ACCESS_TOKEN_CREATED", RECORD_TYPE, id, actor.cadreId().orElse(null), null,
                state(name, prefix, expires, null)));
        return new IssuedAccessToken(id, name, token);
    }

    /** The signed-in person's tokens, newest first. */
    @Transactional(readOnly = true)
    public List<AccessTokenView> mine() {
        return ofOwner(currentActor.get().accountId());
    }

    /** Anyone's tokens, for administrators. */
    @Transactional(readOnly = true)
    public List<AccessTokenView> ofAccount(long accountId) {
        requireAdmin();
        return ofOwner(accountId);
    }

    /** Revokes the token at once; the owner and administrators may, anyone else is told it does not exist. */
    @Transactional
    public void revoke(long tokenId) {
        Actor actor = currentActor.get();
        AccessTokenView token = find(tokenId)
                .filter(found -> found.accountId() == actor.accountId() || actor.has(Role.ADMIN))
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, tokenId));
        if (token.revokedAt() != null) {
            return;
        }
        Instant now = clock.instant();
        jdbc.update("update personal_access_token set revoked_at = ? where id = ? and revoked_at is null",
                at(now), tokenId);
        Long subject = accounts.findById(token.accountId()).flatMap(UserAccount::getCadreId).orElse(null);
        auditTrail.record(new AuditRecord("ACCESS_TOKEN_REVOKED", RECORD_TYPE, tokenId, subject,
                state(token.name(), token.prefix(), token.expiresAt(), null),
                state(token.name(), token.prefix(), token.expiresAt(), now)));
    }

    /** Revokes every active token of the account (an administrator's password reset), each in the audit trail. */
    void revokeAllOf(long accountId) {
        for (long tokenId : jdbc.queryForList("select id from personal_access_token where account_id = ? "
                + "and revoked_at is null", Long.class, accountId)) {
            revoke(tokenId);
        }
    }

    /** The account a presented token signs in, if the token is known, not revoked and not expired. */
    @Transactional
    public Optional<Long> accountOf(String presented) {
        if (presented == null || !presented.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String hash = hash(presented);
        List<Long> owners = jdbc.queryForList("select account_id from personal_access_token where token_hash = ? "
                + "and revoked_at is null and expires_at > ?", Long.class, hash, at(now));
        if (owners.isEmpty()) {
            return Optional.empty();
        }
        jdbc.update("update personal_access_token set last_used_at = ? where token_hash = ? "
                + "and (last_used_at is null or last_used_at < ?)", at(now), hash, at(now.minus(LAST_USE_PRECISION)));
        return Optional.of(owners.get(0));
    }

    private List<AccessTokenView> ofOwner(long accountId) {
        return jdbc.query("select " + COLUMNS + " from personal_access_token where account_id = ? order by id desc",
                PersonalAccessTokens::view, accountId);
    }

    private Optional<AccessTokenView> find(long tokenId) {
        return jdbc.query("select " + COLUMNS + " from personal_access_token where id = ?", PersonalAccessTokens::view,
                tokenId).stream().findFirst();
    }

    private void requireAdmin() {
        if (!currentActor.get().has(Role.ADMIN)) {
            throw new AccessRefusedException("platform.users.admin-only");
        }
    }

    private static AccessTokenView view(ResultSet row, int number) throws SQLException {
        return new AccessTokenView(row.getLong("id"), row.getLong("account_id"), row.getString("name"),
                row.getString("token_prefix"), instant(row, "created_at"), instant(row, "expires_at"),
                instant(row, "last_used_at"), instant(row, "revoked_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Map<String, Object> state(String name, String prefix, Instant expires, Instant revoked) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("prefix", prefix);
        state.put("expiresAt", expires.toString());
        state.put("revokedAt", revoked == null ? null : revoked.toString());
        return state;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** SHA-256 is enough for 256 random bits: there is no dictionary to guess from, unlike a password. */
    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java platform has SHA-256", impossible);
        }
    }
}
