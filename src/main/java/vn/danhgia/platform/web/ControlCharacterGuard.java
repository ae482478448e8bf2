package vn.danhgia.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.util.MultiValueMap;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.WebUtils;
import vn.danhgia.platform.ControlCharacters;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;

/**
 * Refuses a request whose form fields, query string, path or uploaded files' names hold a control character, before
 * any controller sees it: 400 naming the field, the error page for pages and problem+json for the API (the
 * exception goes through the same handlers as a controller's). JSON bodies are checked as they are read
 * ({@code ControlCharacterJson}).
 */
class ControlCharacterGuard implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        // Static resources have no refusal page to go to; the error dispatch only shows a refusal already made.
        if (!(handler instanceof HandlerMethod) || request.getDispatcherType() == DispatcherType.ERROR) {
            return true;
        }
        List<FieldViolation> violations = new ArrayList<>();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            Optional<FieldViolation> refused = ControlCharacters.checkText(name, name);
            for (String value : parameter.getValue()) {
                refused = refused.or(() -> ControlCharacters.checkText(name, value));
            }
            refused.ifPresent(violations::add);
        }
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> ControlCharacters.checkText(String.valueOf(name),
                    String.valueOf(value)).ifPresent(violations::add));
        }
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request,
                MultipartHttpServletRequest.class);
        if (multipart != null) {
            MultiValueMap<String, MultipartFile> files = multipart.getMultiFileMap();
            files.forEach((field, uploaded) -> uploaded.forEach(file -> ControlCharacters
                    .checkFileName(field, file.getOriginalFilename()).ifPresent(violations::add)));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return true;
    }
}
