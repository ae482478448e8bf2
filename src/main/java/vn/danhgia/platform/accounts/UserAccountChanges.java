package vn.danhgia.platform.accounts;

import java.util.Set;
import org.springframework.modulith.NamedInterface;
import vn.danhgia.platform.Role;

/** What an administrator may change on an account, with the version of the account they edited. */
@NamedInterface("accounts")
public record UserAccountChanges(String displayName, String cadreCode, String email, Set<Role> roles, boolean enabled,
                                 long version) {

    public UserAccountChanges {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
