package vn.danhgia.platform.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;

/**
 * Errors raised before a controller is chosen (an unknown path, a wrong method) or escaping it: under /api they are
 * answered as problem+json like every other API error; pages keep Boot's error view.
 */
@Controller
class ApiErrorController extends BasicErrorController {

    private final MessageSource messages;

    ApiErrorController(ErrorAttributes errorAttributes, WebProperties webProperties,
                       List<ErrorViewResolver> errorViewResolvers, MessageSource messages) {
        super(errorAttributes, webProperties.getError(), errorViewResolvers);
        this.messages = messages;
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) {
            return new ResponseEntity<>(status);
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "" : uri.toString();
        String detail = messages.getMessage("api.problem.status." + status.value(), null,
                messages.getMessage("api.problem.status.other", null, LocaleContextHolder.getLocale()),
                LocaleContextHolder.getLocale());
        Map<String, Object> problem = Map.of("type", "about:blank", "title", status.getReasonPhrase(),
                "status", status.value(), "detail", detail, "instance", path);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
