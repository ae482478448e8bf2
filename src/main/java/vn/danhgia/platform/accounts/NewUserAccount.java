package vn.danhgia.platform.accounts;

import java.util.Set;
import org.springframework.modulith.NamedInterface;
import vn.danhgia.platform.Role;

/**
 * An account an administrator creates: the username, the name shown (taken from the cadre when left empty), the code
 * of the cadre the account belongs to (none for people who are not evaluated here) and the roles it holds.
 */
@NamedInterface("accounts")
public record NewUserAccount(String username, String displayName, String cadreCode, String email, Set<Role> roles) {

    public NewUserAccount {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
