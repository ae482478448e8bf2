package vn.danhgia.platform.security;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;

/** The signed-in account as Spring Security holds it; carries what {@link Actor} needs without another query. */
public class AccountPrincipal extends User {

    /** Sessions are kept in the database and read by every node: nodes of two releases must read each other's. */
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String displayName;
    private final Long cadreId;
    private final Set<Role> roles;

    public AccountPrincipal(long accountId, String username, String passwordHash, boolean enabled, String displayName,
                            Long cadreId, Set<Role> roles, Collection<? extends GrantedAuthority> authorities) {
        super(username, passwordHash, enabled, true, true, true, authorities);
        this.accountId = accountId;
        this.displayName = displayName;
        this.cadreId = cadreId;
        this.roles = Set.copyOf(roles);
    }

    /** A principal for tests and tools that sign a person in without a stored password. */
    public static AccountPrincipal of(Actor actor) {
        return new AccountPrincipal(actor.accountId(), actor.username(), "{noop}-", true, actor.displayName(),
                actor.cadreId().orElse(null), actor.roles(), AccountUserDetailsService.authoritiesOf(actor.roles()));
    }

    public Actor actor() {
        return new Actor(accountId, getUsername(), displayName, Optional.ofNullable(cadreId), roles);
    }

    public String getDisplayName() {
        return displayName;
    }

    // User's equals/hashCode compare usernames, which is what session registries need.
    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
