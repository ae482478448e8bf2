package vn.danhgia.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a state-changing API call that a browser sends from another site: its {@code Origin} is not this
 * application's own (as the request reaches it, or the configured base URL), or its {@code Sec-Fetch-Site} says
 * cross-site. Programs send neither header and pass; a page cannot carry the caller's token anyway, so this is
 * defence in depth behind the bearer tokens.
 */
class SameOriginApiFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> SAME_SITE_FETCHES = Set.of("same-origin", "none");

    private final String configuredOrigin;
    private final ProblemSecurityHandler problems;

    SameOriginApiFilter(String baseUrl, ProblemSecurityHandler problems) {
        this.configuredOrigin = originOf(baseUrl);
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SAFE_METHODS.contains(request.getMethod()) || sameOrigin(request)) {
            chain.doFilter(request, response);
            return;
        }
        problems.crossOrigin(request, response);
    }

    private boolean sameOrigin(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !SAME_SITE_FETCHES.contains(fetchSite.strip().toLowerCase(Locale.ROOT))) {
            return false;
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            return true;
        }
        String presented = originOf(origin);
        return presented != null && (presented.equals(requestOrigin(request)) || presented.equals(configuredOrigin));
    }

    private static String requestOrigin(HttpServletRequest request) {
        return normalised(request.getScheme(), request.getServerName(), request.getServerPort());
    }

    /** scheme://host[:port] in lower case without the scheme's default port, or null for "null" and nonsense. */
    static String originOf(String url) {
        try {
            URI uri = URI.create(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            return normalised(uri.getScheme(), uri.getHost(), uri.getPort());
        } catch (IllegalArgumentException notAUrl) {
            return null;
        }
    }

    private static String normalised(String scheme, String host, int port) {
        String lowerScheme = scheme.toLowerCase(Locale.ROOT);
        boolean defaultPort = port == -1 || ("http".equals(lowerScheme) && port == 80)
                || ("https".equals(lowerScheme) && port == 443);
        return lowerScheme + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
