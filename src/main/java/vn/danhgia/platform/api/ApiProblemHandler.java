package vn.danhgia.platform.api;

import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.platform.database.DatabaseFailures;

/**
 * Every error of the JSON API as RFC 9457 problem+json with a Vietnamese {@code detail} that names the field and the
 * rule, plus an {@code errors} list of {field, message}. Spring MVC's own errors get their detail from the
 * {@code problemDetail.*} keys of the api bundle.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private final MessageSource messages;
    private final JsonErrorTranslator jsonErrors = new JsonErrorTranslator();

    ApiProblemHandler(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputException invalid) {
        return badRequest(invalid.violations());
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound() {
        return problem(HttpStatus.NOT_FOUND, "api.problem.status.404", message("api.problem.not-found"));
    }

    @ExceptionHandler(AccessRefusedException.class)
    ResponseEntity<ProblemDetail> refused(AccessRefusedException refused) {
        return problem(HttpStatus.FORBIDDEN, "api.problem.status.403",
                message(refused.messageKey(), refused.arguments().toArray()));
    }

    @ExceptionHandler(RuleRefusedException.class)
    ResponseEntity<ProblemDetail> ruleRefused(RuleRefusedException refused) {
        return problem(HttpStatus.CONFLICT, "api.problem.rule-refused.title",
                message(refused.messageKey(), refused.arguments().toArray()));
    }

    /**
     * Someone else changed the record first: a stale version, or a lock on it the database could not give in time
     * (H2's lock timeout) or took back to break a deadlock (PostgreSQL). A lost race: 409, nothing was saved.
     */
    @ExceptionHandler(ConcurrencyFailureException.class)
    ResponseEntity<ProblemDetail> concurrentEdit() {
        return problem(HttpStatus.CONFLICT, "api.problem.rule-refused.title", message("platform.concurrent-edit"));
    }

    /**
     * A failed database call. Two sessions creating the same record at once: the database's unique key refuses the
     * second insert, a lost race like a stale version (409). The connection lost or the database unavailable: 503
     * with Retry-After, the call having been repeated already where that was safe. Anything else (another integrity
     * violation, a wrong query) is a fault and stays a 500.
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class, PersistenceException.class})
    ResponseEntity<ProblemDetail> databaseFailure(RuntimeException failure) {
        if (DatabaseFailures.isUniqueViolation(failure)) {
            return problem(HttpStatus.CONFLICT, "api.problem.rule-refused.title",
                    message("platform.created-meanwhile"));
        }
        if (DatabaseFailures.isDatabaseUnavailable(failure)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    message("platform.database-unavailable"));
            problem.setTitle(message("api.problem.database-unavailable.title"));
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, DatabaseFailures.RETRY_AFTER_SECONDS).body(problem);
        }
        throw failure;
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String titleKey, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(message(titleKey));
        return ResponseEntity.status(status).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        return ResponseEntity.badRequest().body(problemOf(List.of(jsonErrors.translate(unreadable))));
    }

    private ResponseEntity<ProblemDetail> badRequest(List<FieldViolation> violations) {
        return ResponseEntity.badRequest().body(problemOf(violations));
    }

    private ProblemDetail problemOf(List<FieldViolation> violations) {
        List<Map<String, String>> errors = violations.stream()
                .map(violation -> Map.of("field", violation.field(), "message", describe(violation)))
                .toList();
        String detail = String.join("; ", errors.stream()
                .map(error -> error.get("field").isEmpty() ? error.get("message")
                        : error.get("field") + ": " + error.get("message"))
                .toList());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle(message("api.problem.invalid-input.title"));
        problem.setProperty("errors", errors);
        return problem;
    }

    private String describe(FieldViolation violation) {
        return message(violation.messageKey(), violation.arguments().toArray());
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
