package vn.danhgia.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

/**
 * A lost database connection in a filter (signing in checks the login throttle in the database) never reaches the
 * controller advice: the servlet container forwards it to the error controller, which must answer 503 with the
 * message and Retry-After as the advice does, not 500. Other failures stay 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatabaseFailureOutsideControllersTests {

    @Autowired
    ApiErrorController errors;

    /** As the dispatcher sets it for a request in Vietnamese, the application's language. */
    @BeforeEach
    void vietnamese() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
    }

    @AfterEach
    void noLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aLostConnectionEscapingAFilterIs503OnPagesAndTheApi() {
        MockHttpServletResponse pageResponse = new MockHttpServletResponse();
        ModelAndView page = errors.errorHtml(forwarded(lostConnection()), pageResponse);
        assertThat(pageResponse.getStatus()).isEqualTo(503);
        assertThat(pageResponse.getHeader("Retry-After")).isEqualTo("10");
        assertThat(page.getModel()).containsEntry("status", 503)
                .containsEntry("refusalKey", "platform.database-unavailable");

        ResponseEntity<Map<String, Object>> api = errors.error(forwarded(lostConnection()));
        assertThat(api.getStatusCode().value()).isEqualTo(503);
        assertThat(api.getHeaders().getFirst("Retry-After")).isEqualTo("10");
        assertThat(api.getBody()).extractingByKey("detail").asString().startsWith("Không kết nối được cơ sở dữ liệu");
    }

    @Test
    void anyOtherFailureStaysA500() {
        ResponseEntity<Map<String, Object>> api = errors.error(forwarded(new IllegalStateException("bug")));
        assertThat(api.getStatusCode().value()).isEqualTo(500);
    }

    private static RuntimeException lostConnection() {
        return new DataAccessResourceFailureException("could not execute statement",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
    }

    /** The request as the container forwards a failure to /error. */
    private static MockHttpServletRequest forwarded(Throwable failure) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/error");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, failure);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/login");
        return request;
    }
}
