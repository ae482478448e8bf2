package vn.danhgia.platform;

import java.util.Set;

/**
 * An account an administrator creates: the username, the name shown (taken from the cadre when left empty), the code
 * of the cadre the account belongs to (none for people who are not evaluated here) and the roles it holds.
 */
public record NewUserAccount(String username, String displayName, String cadreCode, String email, Set<Role> roles) {

    public NewUserAccount {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
