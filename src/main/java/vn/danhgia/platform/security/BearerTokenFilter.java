package vn.danhgia.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.danhgia.platform.accounts.PersonalAccessTokens;
import vn.danhgia.platform.accounts.UserAccount;
import vn.danhgia.platform.accounts.UserAccountRepository;

/**
 * Signs an API request in with the personal access token it carries as {@code Authorization: Bearer}. The account is
 * read afresh on every request, so a disabled account or changed roles take effect at once; a token that is unknown,
 * revoked or expired is refused with 401. A request without the header goes on unauthenticated.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final PersonalAccessTokens tokens;
    private final UserAccountRepository accounts;
    private final AuthenticationEntryPoint refusal;

    BearerTokenFilter(PersonalAccessTokens tokens, UserAccountRepository accounts, AuthenticationEntryPoint refusal) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.refusal = refusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (!isBearer(header)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AccountPrincipal> principal = tokens.accountOf(header.substring(BEARER.length()).strip())
                .flatMap(accounts::findById)
                .filter(UserAccount::isEnabled)
                .map(AccountUserDetailsService::principalOf);
        if (principal.isEmpty()) {
            SecurityContextHolder.clearContext();
            refusal.commence(request, response, new BadCredentialsException("Unknown, revoked or expired token"));
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal.get(), null,
                principal.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }

    /** Whether the Authorization header presents a bearer token (the scheme's name is case-insensitive). */
    static boolean isBearer(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }
}
