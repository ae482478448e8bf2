package vn.danhgia.platform.accounts;

import java.time.Clock;
import java.util.Set;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.platform.Role;

/** Creates accounts; the raw password never leaves this method except as its hash. */
@NamedInterface("accounts")
@Service
public class UserAccountService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    UserAccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** Creates the account unless the username is taken; returns whether it was created. */
    @Transactional
    public boolean createIfAbsent(String username, String rawPassword, String displayName, Set<Role> roles) {
        return createIfAbsent(username, rawPassword, displayName, roles, null);
    }

    /** As above, for the account of a cadre (cadreId may be null for an account that belongs to nobody evaluated). */
    @Transactional
    public boolean createIfAbsent(String username, String rawPassword, String displayName, Set<Role> roles,
                                  Long cadreId) {
        if (accounts.existsByUsername(username)) {
            return false;
        }
        UserAccount account = new UserAccount(username, passwordEncoder.encode(rawPassword), displayName, roles,
                clock.instant());
        account.linkCadre(cadreId);
        accounts.save(account);
        return true;
    }

    @Transactional(readOnly = true)
    public boolean anyAccountExists() {
        return accounts.count() > 0;
    }
}
