package vn.danhgia.platform.security;

import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.accounts.UserAccount;
import vn.danhgia.platform.accounts.UserAccountRepository;

/**
 * Loads accounts for the password check. Deliberately not a bean: the only way in is the throttled provider that
 * wraps it (SecurityConfiguration), so Spring Security never builds a second, unthrottled one from it.
 */
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    AccountUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username)
                .map(AccountUserDetailsService::principalOf)
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    static AccountPrincipal principalOf(UserAccount account) {
        return new AccountPrincipal(account.getId(), account.getUsername(), account.getPasswordHash(),
                account.isEnabled(), account.getDisplayName(), account.getCadreId().orElse(null), account.getRoles(),
                authoritiesOf(account.getRoles()));
    }

    static List<GrantedAuthority> authoritiesOf(Set<Role> roles) {
        return roles.stream().<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
    }
}
