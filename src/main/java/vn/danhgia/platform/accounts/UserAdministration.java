package vn.danhgia.platform.accounts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
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
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.platform.TypedText;
import vn.danhgia.platform.VietnameseText;
import vn.danhgia.platform.security.SignedInSessions;

/**
 * Administrators manage accounts (quản trị người dùng): list and search them, create them with roles and the cadre
 * they belong to, change roles, the linked cadre and whether they may sign in, and reset passwords. Only the ADMIN
 * role may do any of it; every change is written to the audit trail (record type {@value #RECORD_TYPE}) with the
 * account's state before and after, never a password or its hash. Generated passwords are returned once.
 */
@NamedInterface("accounts")
@Service
public class UserAdministration {

    public static final String RECORD_TYPE = "USER_ACCOUNT";
    static final int PASSWORD_LENGTH = 16;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,100}");
    private static final int DISPLAY_NAME_LENGTH = 200;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final UserAccountRepository accounts;
    private final SignedInSessions sessions;
    private final PasswordEncoder passwordEncoder;
    private final CurrentActor currentActor;
    private final AuditTrail auditTrail;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final PersonalAccessTokens tokens;

    UserAdministration(UserAccountRepository accounts, PasswordEncoder passwordEncoder, CurrentActor currentActor,
                       AuditTrail auditTrail, JdbcTemplate jdbc, Clock clock, SignedInSessions sessions,
                       PersonalAccessTokens tokens) {
        this.sessions = sessions;
        this.tokens = tokens;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentActor = currentActor;
        this.auditTrail = auditTrail;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Accounts whose display name or username contains the query, with or without diacritics ("mai" finds "Lương
     * Thị Mai"), in the Vietnamese order of display names (by given name first).
     */
    @Transactional(readOnly = true)
    public Page<UserSummary> search(String query, Pageable page) {
        requireAdmin();
        String wanted = VietnameseText.searchKey(query);
        Map<Long, String> cadreCodes = cadreCodes();
        List<UserSummary> found = accounts.findAllWithRoles().stream()
                .filter(account -> wanted.isEmpty()
                        || VietnameseText.searchKey(account.getDisplayName()).contains(wanted)
                        || VietnameseText.searchKey(account.getUsername()).contains(wanted))
                .sorted(Comparator.comparing((UserAccount account) -> VietnameseText.nameSortKey(
                        account.getDisplayName())).thenComparing(UserAccount::getUsername))
                .map(account -> summary(account, cadreCodes))
                .toList();
        int from = (int) Math.min(page.getOffset(), found.size());
        int to = Math.min(from + page.getPageSize(), found.size());
        return new PageImpl<>(found.subList(from, to), page, found.size());
    }

    /** Refuses anyone but an administrator (for pages that show nothing stored yet, such as a blank form). */
    public void checkMayAdminister() {
        requireAdmin();
    }

    @Transactional(readOnly = true)
    public UserSummary account(long id) {
        requireAdmin();
        return summary(find(id), cadreCodes());
    }

    /** Creates the account with a generated password, returned only here. */
    @Transactional
    public IssuedPassword create(NewUserAccount request) {
        requireAdmin();
        List<FieldViolation> violations = new ArrayList<>();
        String username = request.username() == null ? "" : request.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            violations.add(FieldViolation.of("username", "platform.users.username.invalid"));
        } else if (accounts.existsByUsername(username)) {
            violations.add(FieldViolation.of("username", "platform.users.username.taken", username));
        }
        Optional<Cadre> cadre = linkedCadre(request.cadreCode(), null, violations);
        String displayName = TypedText.blankToNull(request.displayName());
        if (displayName == null && cadre.isPresent()) {
            displayName = cadre.get().fullName();
        }
        checkDisplayName(displayName, violations);
        String email = checkedEmail(request.email(), violations);
        checkRoles(request.roles(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String password = RandomPasswords.generate(PASSWORD_LENGTH);
        UserAccount account = new UserAccount(username, passwordEncoder.encode(password), displayName,
                request.roles(), clock.instant());
        account.linkCadre(cadre.map(Cadre::id).orElse(null));
        account.changeEmail(email);
        storeUnique(account);
        auditTrail.record(new AuditRecord("USER_CREATED", RECORD_TYPE, account.getId(),
                account.getCadreId().orElse(null), null, AccountState.of(account, cadre.map(Cadre::code))));
        return new IssuedPassword(account.getId(), username, password);
    }

    private static String checkedEmail(String typed, List<FieldViolation> violations) {
        String email = TypedText.blankToNull(typed);
        if (email != null && (email.length() > 255 || !EMAIL.matcher(email).matches())) {
            violations.add(FieldViolation.of("email", "platform.users.email.invalid"));
        }
        return email;
    }

    // The checks above read before writing; another administrator may have taken the username or linked the cadre
    // in between, which only the database's unique keys see.
    private void storeUnique(UserAccount account) {
        try {
            accounts.saveAndFlush(account);
        } catch (DataIntegrityViolationException taken) {
            throw new RuleRefusedException("platform.users.taken-meanwhile");
        }
    }

    /** Changes the name, linked cadre, roles and whether the account may sign in; refuses a stale version. */
    @Transactional
    public UserSummary update(long id, UserAccountChanges changes) {
        Actor admin = requireAdmin();
        UserAccount account = find(id);
        checkVersion(account, changes.version());
        List<FieldViolation> violations = new ArrayList<>();
        Optional<Cadre> cadre = linkedCadre(changes.cadreCode(), account.getId(), violations);
        String displayName = TypedText.blankToNull(changes.displayName());
        checkDisplayName(displayName, violations);
        String email = checkedEmail(changes.email(), violations);
        checkRoles(changes.roles(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (admin.accountId() == id && (!changes.enabled() || !changes.roles().contains(Role.ADMIN))) {
            throw new RuleRefusedException("platform.users.self-lockout");
        }
        Map<Long, String> codes = cadreCodes();
        AccountState before = AccountState.of(account, codeOf(account, codes));
        Set<Role> roles = EnumSet.copyOf(changes.roles());
        boolean rolesChanged = !account.getRoles().equals(roles);
        boolean enabledChanged = account.isEnabled() != changes.enabled();
        Long cadreId = cadre.map(Cadre::id).orElse(null);
        boolean detailsChanged = !displayName.equals(account.getDisplayName())
                || !Objects.equals(account.getCadreId().orElse(null), cadreId)
                || !Objects.equals(account.getEmail().orElse(null), email);
        account.rename(displayName);
        account.assignRoles(roles);
        account.enable(changes.enabled());
        account.linkCadre(cadreId);
        account.changeEmail(email);
        storeUnique(account);
        AccountState after = AccountState.of(account, cadre.map(Cadre::code));
        Long subject = cadreId != null ? cadreId : before.cadreId();
        if (rolesChanged) {
            audit("USER_ROLES_CHANGED", account, subject, before, after);
        }
        if (enabledChanged) {
            audit(changes.enabled() ? "USER_ENABLED" : "USER_DISABLED", account, subject, before, after);
        }
        if (detailsChanged) {
            audit("USER_UPDATED", account, subject, before, after);
        }
        if (rolesChanged || enabledChanged && !changes.enabled()) {
            sessions.end(account.getUsername());
        }
        return summary(account, cadreCodes());
    }

    /** Replaces the password with a generated one, returned only here; the old one stops working at once. */
    @Transactional
    public IssuedPassword resetPassword(long id, long version) {
        requireAdmin();
        UserAccount account = find(id);
        checkVersion(account, version);
        String password = RandomPasswords.generate(PASSWORD_LENGTH);
        AccountState state = AccountState.of(account, codeOf(account, cadreCodes()));
        account.replacePasswordHash(passwordEncoder.encode(password));
        accounts.saveAndFlush(account);
        audit("PASSWORD_RESET", account, account.getCadreId().orElse(null), state, state);
        sessions.end(account.getUsername());
        // A reset answers a password that may have leaked; what was created with it may have leaked too.
        tokens.revokeAllOf(account.getId());
        return new IssuedPassword(account.getId(), account.getUsername(), password);
    }

    private void audit(String action, UserAccount account, Long subject, AccountState before, AccountState after) {
        auditTrail.record(new AuditRecord(action, RECORD_TYPE, account.getId(), subject, before, after));
    }

    private Actor requireAdmin() {
        Actor actor = currentActor.get();
        if (!actor.has(Role.ADMIN)) {
            throw new AccessRefusedException("platform.users.admin-only");
        }
        return actor;
    }

    private UserAccount find(long id) {
        return accounts.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    private static void checkVersion(UserAccount account, long version) {
        if (account.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(UserAccount.class, account.getId());
        }
    }

    private static void checkDisplayName(String displayName, List<FieldViolation> violations) {
        if (displayName == null) {
            violations.add(FieldViolation.of("displayName", "platform.users.displayName.required"));
        } else if (displayName.length() > DISPLAY_NAME_LENGTH) {
            violations.add(FieldViolation.of("displayName", "platform.users.displayName.tooLong",
                    DISPLAY_NAME_LENGTH));
        }
    }

    private static void checkRoles(Set<Role> roles, List<FieldViolation> violations) {
        if (roles.isEmpty()) {
            violations.add(FieldViolation.of("roles", "platform.users.roles.required"));
        }
    }

    /** The cadre with the code, unless it is unknown or already has another account. */
    private Optional<Cadre> linkedCadre(String code, Long accountId, List<FieldViolation> violations) {
        String wanted = TypedText.blankToNull(code);
        if (wanted == null) {
            return Optional.empty();
        }
        // platform depends on no business module, so it reads the one row it needs itself.
        List<Cadre> found = jdbc.query("select id, code, full_name from org_cadre where code = ?",
                (row, n) -> new Cadre(row.getLong("id"), row.getString("code"), row.getString("full_name")), wanted);
        if (found.isEmpty()) {
            violations.add(FieldViolation.of("cadreCode", "platform.users.cadre.unknown", wanted));
            return Optional.empty();
        }
        Cadre cadre = found.get(0);
        Optional<UserAccount> holder = accounts.findByCadreId(cadre.id());
        if (holder.isPresent() && !holder.get().getId().equals(accountId)) {
            violations.add(FieldViolation.of("cadreCode", "platform.users.cadre.taken", wanted,
                    holder.get().getUsername()));
            return Optional.empty();
        }
        return Optional.of(cadre);
    }

    private Map<Long, String> cadreCodes() {
        Map<Long, String> codes = new HashMap<>();
        jdbc.query("select c.id, c.code from org_cadre c join user_account a on a.cadre_id = c.id",
                row -> {
                    codes.put(row.getLong("id"), row.getString("code"));
                });
        return codes;
    }

    private static Optional<String> codeOf(UserAccount account, Map<Long, String> codes) {
        return account.getCadreId().map(codes::get);
    }

    private static UserSummary summary(UserAccount account, Map<Long, String> codes) {
        return new UserSummary(account.getId(), account.getUsername(), account.getDisplayName(), account.getRoles(),
                account.isEnabled(), account.getCadreId().orElse(null), codeOf(account, codes).orElse(null),
                account.getEmail().orElse(null), account.getVersion());
    }

    private record Cadre(long id, String code, String fullName) {
    }

    /** What the audit trail keeps of an account: no password, no hash. */
    public record AccountState(String username, String displayName, List<Role> roles, boolean enabled, Long cadreId,
                        String cadreCode, String email) {

        static AccountState of(UserAccount account, Optional<String> cadreCode) {
            return new AccountState(account.getUsername(), account.getDisplayName(),
                    account.getRoles().stream().sorted().toList(), account.isEnabled(),
                    account.getCadreId().orElse(null), cadreCode.orElse(null), account.getEmail().orElse(null));
        }
    }
}
