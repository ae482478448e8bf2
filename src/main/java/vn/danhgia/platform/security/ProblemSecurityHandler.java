package vn.danhgia.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 of the JSON API as problem+json (RFC 9457), with a Vietnamese detail.
 * The 401 challenges for a bearer token, never for a password, so no browser ever prompts for one and caches it. The
 * locale comes from the application's resolver because these answers are written by security filters, before the
 * dispatcher sets it.
 */
@Component
class ProblemSecurityHandler implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper jsonMapper;
    private final MessageSource messages;
    private final LocaleResolver localeResolver;

    ProblemSecurityHandler(JsonMapper jsonMapper, MessageSource messages, LocaleResolver localeResolver) {
        this.jsonMapper = jsonMapper;
        this.messages = messages;
        this.localeResolver = localeResolver;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        boolean tokenPresented = BearerTokenFilter.isBearer(request.getHeader("Authorization"));
        response.setHeader("WWW-Authenticate", tokenPresented
                ? "Bearer realm=\"danhgia\", error=\"invalid_token\"" : "Bearer realm=\"danhgia\"");
        write(request, response, HttpStatus.UNAUTHORIZED,
                tokenPresented ? "api.problem.invalid-token" : "api.problem.unauthorized");
    }

    /** A state-changing call sent by a page of another site. */
    void crossOrigin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "api.problem.cross-origin");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "api.problem.forbidden");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detailKey,
                       Object... arguments) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", messages.getMessage(detailKey, arguments, localeResolver.resolveLocale(request)));
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        jsonMapper.writeValue(response.getOutputStream(), problem);
    }
}
