package vn.danhgia.support;

import java.util.EnumSet;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.accounts.UserAccount;
import vn.danhgia.platform.accounts.UserAccountRepository;
import vn.danhgia.platform.security.AccountPrincipal;

/**
 * People to sign in as in tests: the demo accounts (canbo, truongphong, tochuc, thamquyen, hoidong, kiemtra, admin)
 * or any demo cadre with the roles a test gives them.
 */
public class TestActors {

    private final UserAccountRepository accounts;
    private final OrganizationQueries organization;

    public TestActors(UserAccountRepository accounts, OrganizationQueries organization) {
        this.accounts = accounts;
        this.organization = organization;
    }

    /** The stored account with this username, as the services will see it. */
    public Actor account(String username) {
        UserAccount account = accounts.findByUsername(username).orElseThrow();
        return new Actor(account.getId(), account.getUsername(), account.getDisplayName(), account.getCadreId(),
                account.getRoles());
    }

    /** A made-up account for the demo cadre with the code, holding the roles (CADRE is always added). */
    public Actor cadre(String cadreCode, Role... roles) {
        var cadre = organization.cadreByCode(cadreCode).orElseThrow();
        EnumSet<Role> held = EnumSet.of(Role.CADRE, roles);
        return new Actor(-cadre.id().value(), "test-" + cadreCode, cadre.fullName(),
                java.util.Optional.of(cadre.id().value()), held);
    }

    /** Signs the request in as the person, pages and API alike (without going through a password or a token). */
    public static RequestPostProcessor as(Actor actor) {
        return SecurityMockMvcRequestPostProcessors.user(AccountPrincipal.of(actor));
    }

    /** Runs the code as the person outside a request (service-level tests). */
    public static <T> T runAs(Actor actor, java.util.function.Supplier<T> work) {
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        AccountPrincipal principal = AccountPrincipal.of(actor);
        context.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                principal, null, principal.getAuthorities()));
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
        }
    }
}
