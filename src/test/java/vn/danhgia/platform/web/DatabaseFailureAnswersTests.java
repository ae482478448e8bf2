package vn.danhgia.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.ServletException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * How a failed database call is answered, whichever page or API operation made it: the same checks for every
 * record, so they are tested once here on requests that fail on purpose.
 */
@WebMvcTest({DatabaseFailureAnswersTests.FailingPage.class, DatabaseFailureAnswersTests.FailingApi.class})
@Import({WebTestConfiguration.class, DatabaseFailureAnswersTests.FailingPage.class,
        DatabaseFailureAnswersTests.FailingApi.class})
@WithMockUser
class DatabaseFailureAnswersTests {

    private static final String CREATED_MEANWHILE = "vừa tạo đúng hồ sơ này trước";
    private static final String DATABASE_UNAVAILABLE = "Không kết nối được cơ sở dữ liệu";
    private static final String SAVED_MEANWHILE = "Hồ sơ vừa được người khác";

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"unique-at-flush", "unique-in-jdbc"})
    void aUniqueKeyRefusingTheSecondCreationIsA409ProblemOverTheApi(String failure) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/failing/" + failure)
                .accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(response.getContentAsString()).contains(CREATED_MEANWHILE).doesNotContain("Exception", "23505");
    }

    @ParameterizedTest
    @ValueSource(strings = {"unique-at-flush", "unique-in-jdbc"})
    void aUniqueKeyRefusingTheSecondCreationIsA409PageWithTheRule(String failure) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/failing/" + failure)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentAsString()).contains(CREATED_MEANWHILE).doesNotContain("Exception", "23505");
    }

    /**
     * Two sessions on the same record: the one that waited too long for the other's lock (H2 gives up after 2 s) or
     * that the database picked to break a deadlock lost a race too, and is told so like a stale version.
     */
    @ParameterizedTest
    @ValueSource(strings = {"h2-lock-timeout", "postgres-deadlock"})
    void aLockThatCouldNotBeHadIsA409WithTheRule(String failure) throws Exception {
        MockHttpServletResponse api = mvc.perform(get("/api/v1/failing/" + failure)
                .accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(409);
        assertThat(api.getContentAsString()).contains(SAVED_MEANWHILE).doesNotContain("Exception");
        MockHttpServletResponse page = mvc.perform(get("/failing/" + failure)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(409);
        assertThat(page.getContentAsString()).contains(SAVED_MEANWHILE).doesNotContain("Exception");
    }

    /** Not null, foreign key and check violations are the application's faults, not a lost race: no 409. */
    @ParameterizedTest
    @ValueSource(strings = {"not-null", "foreign-key", "check"})
    void otherIntegrityViolationsAreNotTakenForARace(String failure) {
        for (String path : new String[] {"/api/v1/failing/", "/failing/"}) {
            assertThatThrownBy(() -> mvc.perform(get(path + failure)))
                    .isInstanceOf(ServletException.class)
                    .hasRootCauseInstanceOf(SQLException.class);
        }
    }

    /** Issue 11 §4: connections cut under load answered 500; whatever the wrapping, it is 503 with a message. */
    @ParameterizedTest
    @ValueSource(strings = {"postgres-ended-session", "h2-aborted-session", "commit-lost", "pool-timed-out",
            "no-transaction", "hibernate-untranslated"})
    void aLostConnectionOrAnUnavailableDatabaseIs503WithRetryAfter(String failure) throws Exception {
        MockHttpServletResponse api = mvc.perform(get("/api/v1/failing/" + failure)
                .accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(503);
        assertThat(api.getHeader("Retry-After")).isEqualTo("10");
        assertThat(api.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(api.getContentAsString()).contains(DATABASE_UNAVAILABLE).doesNotContain("Exception", "SQL");

        MockHttpServletResponse page = mvc.perform(get("/failing/" + failure)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(503);
        assertThat(page.getHeader("Retry-After")).isEqualTo("10");
        assertThat(page.getContentAsString()).contains(DATABASE_UNAVAILABLE).doesNotContain("Exception", "SQL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bad-sql"})
    void aWrongQueryStaysAFault(String failure) {
        for (String path : new String[] {"/api/v1/failing/", "/failing/"}) {
            assertThatThrownBy(() -> mvc.perform(get(path + failure))).isInstanceOf(ServletException.class);
        }
    }

    static RuntimeException failure(String kind) {
        return switch (kind) {
            case "postgres-ended-session" -> new DataAccessResourceFailureException("could not execute statement",
                    new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
            case "h2-aborted-session" -> new JpaSystemException(new RuntimeException("Unable to rollback",
                    new SQLNonTransientConnectionException("Database is already closed", "90121")));
            case "commit-lost" -> new TransactionSystemException("Could not commit JPA transaction",
                    new SQLException("An I/O error occurred while sending to the backend.", "08006"));
            case "pool-timed-out" -> new CannotCreateTransactionException("Could not open JPA EntityManager",
                    new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed "
                            + "out after 30000ms", "08001", new SQLException("Connection refused", "08001")));
            case "no-transaction" -> new CannotCreateTransactionException("Could not open JPA EntityManager",
                    new SQLException("Connection is closed"));
            case "hibernate-untranslated" -> new JDBCConnectionException("could not prepare statement",
                    new SQLException("This connection has been closed.", "08003"));
            case "h2-lock-timeout" -> new CannotAcquireLockException("could not execute statement",
                    new SQLException("Timeout trying to lock table \"quarter_rating\"", "HYT00", 50200));
            case "postgres-deadlock" -> new CannotAcquireLockException("could not execute statement",
                    new SQLException("deadlock detected", "40P01"));
            case "bad-sql" -> new BadSqlGrammarException("query", "select * from no_such_table",
                    new SQLException("Table \"no_such_table\" not found", "42S02"));
            case "unique-at-flush" -> new DataIntegrityViolationException("could not execute statement",
                    new RuntimeException("constraint violation", new SQLException("Unique index or primary key "
                            + "violation: uk_quarter_rating_live", "23505")));
            case "unique-in-jdbc" -> new DuplicateKeyException("insert into collective_result",
                    new SQLException("duplicate key value violates unique constraint", "23505"));
            case "not-null" -> new DataIntegrityViolationException("not null",
                    new SQLException("null value in column", "23502"));
            case "foreign-key" -> new DataIntegrityViolationException("foreign key",
                    new SQLException("violates foreign key constraint", "23503"));
            case "check" -> new DataIntegrityViolationException("check",
                    new SQLException("violates check constraint", "23514"));
            default -> new IllegalArgumentException(kind);
        };
    }

    @Controller
    static class FailingPage {

        @GetMapping("/failing/{kind}")
        String fail(@PathVariable String kind) {
            throw failure(kind);
        }
    }

    @RestController
    static class FailingApi {

        @GetMapping("/api/v1/failing/{kind}")
        String fail(@PathVariable String kind) {
            throw failure(kind);
        }
    }
}
