package vn.danhgia.platform;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The signed-in person as the services see them: their account, the cadre record the account belongs to (none for a
 * pure administrator account) and their roles. A person may hold several roles.
 */
public record Actor(long accountId, String username, String displayName, Optional<Long> cadreId, Set<Role> roles) {

    public Actor {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isCadre(long cadre) {
        return cadreId.isPresent() && cadreId.get() == cadre;
    }
}
