package vn.danhgia.platform.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.danhgia.platform.ActingAs;
import vn.danhgia.platform.Actor;

/** Puts the person in the security context for the work, and puts back what was there afterwards. */
@Component
class SecurityContextActingAs implements ActingAs {

    @Override
    public <T> T run(Actor actor, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext acting = SecurityContextHolder.createEmptyContext();
        AccountPrincipal principal = AccountPrincipal.of(actor);
        acting.setAuthentication(new UsernamePasswordAuthenticationToken(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(acting);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
