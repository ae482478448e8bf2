package vn.danhgia.platform.web;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.platform.database.DatabaseFailures;

/**
 * Pages answer a refusal with the error page and a Vietnamese message saying why, never a stack trace. Controllers
 * that can show the refusal on their own form catch it themselves; this is the fallback. The JSON API has its own
 * handler, which runs first.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class RefusalPages {

    @ExceptionHandler(RecordNotFoundException.class)
    ModelAndView notFound() {
        return page(HttpStatus.NOT_FOUND, "platform.error.not-found", new Object[0]);
    }

    @ExceptionHandler(AccessRefusedException.class)
    ModelAndView refused(AccessRefusedException refused) {
        return page(HttpStatus.FORBIDDEN, refused.messageKey(), refused.arguments().toArray());
    }

    @ExceptionHandler(RuleRefusedException.class)
    ModelAndView ruleRefused(RuleRefusedException refused) {
        return page(HttpStatus.CONFLICT, refused.messageKey(), refused.arguments().toArray());
    }

    /** A wrong value in the address or a form without a form to show it on (a quarter 9 in a link): 400, its rule. */
    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalidInput(InvalidInputException invalid) {
        FieldViolation first = invalid.violations().get(0);
        return page(HttpStatus.BAD_REQUEST, first.messageKey(), first.arguments().toArray());
    }

    /** A form field the page never offers (a member row 99999 typed into the request): 400, not a stack trace. */
    @ExceptionHandler(InvalidPropertyException.class)
    ModelAndView unknownFormField() {
        return page(HttpStatus.BAD_REQUEST, "platform.error.message", new Object[] {HttpStatus.BAD_REQUEST.value()});
    }

    /** A record id, year or quarter in the address that is not a number ("/review/notices/KT/2038/2"): 400, saying so. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView notANumber(MethodArgumentTypeMismatchException wrong) {
        return page(HttpStatus.BAD_REQUEST, "forms2.notANumber", new Object[] {String.valueOf(wrong.getValue())});
    }

    /**
     * Someone else changed the record first: a stale version, or a lock on it the database could not give in time
     * (H2's lock timeout) or took back to break a deadlock (PostgreSQL). A lost race: 409, nothing was saved.
     */
    @ExceptionHandler(ConcurrencyFailureException.class)
    ModelAndView concurrentEdit() {
        return page(HttpStatus.CONFLICT, "platform.concurrent-edit", new Object[0]);
    }

    /**
     * A failed database call: someone created the same record a moment earlier (a unique key refused ours), 409; the
     * connection lost or the database unavailable, 503 with Retry-After. Anything else stays a fault (500).
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class, PersistenceException.class})
    ModelAndView databaseFailure(RuntimeException failure, HttpServletResponse response) {
        if (DatabaseFailures.isUniqueViolation(failure)) {
            return page(HttpStatus.CONFLICT, "platform.created-meanwhile", new Object[0]);
        }
        if (DatabaseFailures.isDatabaseUnavailable(failure)) {
            response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseFailures.RETRY_AFTER_SECONDS);
            return page(HttpStatus.SERVICE_UNAVAILABLE, "platform.database-unavailable", new Object[0]);
        }
        throw failure;
    }

    private static ModelAndView page(HttpStatus status, String messageKey, Object[] arguments) {
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("refusalKey", messageKey);
        page.addObject("refusalArguments", arguments);
        return page;
    }
}
