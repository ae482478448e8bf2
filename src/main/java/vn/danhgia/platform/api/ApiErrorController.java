package vn.danhgia.platform.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors raised before a controller is chosen (an unknown path, a wrong method) or escaping it: under /api they are
 * answered as problem+json like every other API error; pages keep Boot's error view. Asked for directly, {@code /error}
 * is a page that does not exist (404).
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
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        treatDirectRequestAsNotFound(request);
        return super.errorHtml(request, response);
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        treatDirectRequestAsNotFound(request);
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

    /**
     * {@code /error} typed into the address bar, not forwarded by the servlet container after an error, carries no
     * status; Boot would answer it 500 (and "999" in the page). There is no such page to show: 404, like any other.
     */
    private static void treatDirectRequestAsNotFound(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpStatus.NOT_FOUND.value());
            request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
        }
    }
}
