package vn.danhgia.platform;

import java.util.Set;

/** What an administrator may change on an account, with the version of the account they edited. */
public record UserAccountChanges(String displayName, String cadreCode, String email, Set<Role> roles, boolean enabled,
                                 long version) {

    public UserAccountChanges {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
