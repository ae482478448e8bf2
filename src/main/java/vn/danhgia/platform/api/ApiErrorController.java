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
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;
import vn.danhgia.platform.database.DatabaseFailures;

/**
 * Errors raised before a controller is chosen (an unknown path, a wrong method) or escaping it: under /api they are
 * answered as problem+json like every other API error; pages keep Boot's error view. Asked for directly, {@code /error}
 * is a page that does not exist (404); a database that could not be reached is 503, as in the controller advice.
 */
@Controller
class ApiErrorController extends BasicErrorController {

    private final ErrorAttributes errorAttributes;
    private final MessageSource messages;

    ApiErrorController(ErrorAttributes errorAttributes, WebProperties webProperties,
                       List<ErrorViewResolver> errorViewResolvers, MessageSource messages) {
        super(errorAttributes, webProperties.getError(), errorViewResolvers);
        this.errorAttributes = errorAttributes;
        this.messages = messages;
    }

    @Override
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        treatDirectRequestAsNotFound(request);
        boolean databaseUnavailable = treatDatabaseFailureAsUnavailable(request);
        ModelAndView page = super.errorHtml(request, response);
        if (databaseUnavailable) {
            response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseFailures.RETRY_AFTER_SECONDS);
            page.addObject("refusalKey", "platform.database-unavailable");
            page.addObject("refusalArguments", new Object[0]);
        }
        return page;
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        treatDirectRequestAsNotFound(request);
        if (treatDatabaseFailureAsUnavailable(request)) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, DatabaseFailures.RETRY_AFTER_SECONDS)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem(request, HttpStatus.SERVICE_UNAVAILABLE, messages.getMessage(
                            "platform.database-unavailable", null, LocaleContextHolder.getLocale())));
        }
        HttpStatus status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) {
            return new ResponseEntity<>(status);
        }
        String detail = messages.getMessage("api.problem.status." + status.value(), null,
                messages.getMessage("api.problem.status.other", null, LocaleContextHolder.getLocale()),
                LocaleContextHolder.getLocale());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(request, status, detail));
    }

    private static Map<String, Object> problem(HttpServletRequest request, HttpStatus status, String detail) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return Map.of("type", "about:blank", "title", status.getReasonPhrase(), "status", status.value(),
                "detail", detail, "instance", uri == null ? "" : uri.toString());
    }

    /**
     * A database failure that escaped before any controller (a filter: signing in reads the login throttle) gets
     * here instead of to the controller advice; like there, a lost connection or an unavailable database is 503.
     */
    private boolean treatDatabaseFailureAsUnavailable(HttpServletRequest request) {
        Throwable failure = errorAttributes.getError(new ServletWebRequest(request));
        if (failure != null && DatabaseFailures.isDatabaseUnavailable(failure)) {
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpStatus.SERVICE_UNAVAILABLE.value());
            return true;
        }
        return false;
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
