package vn.danhgia.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Every request that reaches the management server (its own port, management.server.port), whatever its path. Spring
 * Boot applies the application's security filter chains to that server too; this picks its requests out so that none
 * of them falls through to the form login meant for people.
 */
final class ManagementServerRequests implements RequestMatcher {

    private static final String MANAGEMENT = "management";

    @Override
    public boolean matches(HttpServletRequest request) {
        WebApplicationContext context = WebApplicationContextUtils.getWebApplicationContext(request.getServletContext());
        return context != null && WebServerApplicationContext.hasServerNamespace(context, MANAGEMENT);
    }
}
