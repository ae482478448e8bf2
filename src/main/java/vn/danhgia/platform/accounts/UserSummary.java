package vn.danhgia.platform.accounts;

import java.util.Set;
import org.springframework.modulith.NamedInterface;
import vn.danhgia.platform.Role;

/** An account as administrators see it in the list and the edit form; never its password or hash. */
@NamedInterface("accounts")
public record UserSummary(long id, String username, String displayName, Set<Role> roles, boolean enabled,
                          Long cadreId, String cadreCode, String email, long version) {

    public UserSummary {
        roles = Set.copyOf(roles);
    }
}
