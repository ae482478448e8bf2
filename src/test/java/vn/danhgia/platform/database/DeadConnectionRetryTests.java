package vn.danhgia.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.ConfigurableTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Issue 11 §4: when the database cuts a connection (PostgreSQL's {@code pg_terminate_backend}, H2's
 * {@code ABORT_SESSION}), a call that can be repeated without doing anything twice is repeated once, and the caller
 * gets the second attempt's answer; one whose write may already be committed is not, and answers 503 with a message.
 * {@link SessionKiller} is a transactional bean made for the test that kills its own session on its first attempt.
 * <p>
 * A context and, on H2, a database of its own: H2 2.4 evaluates a check constraint with the session that created
 * it, so killing the session that ran Flyway leaves every check constraint failing ("Check constraint invalid"),
 * which must not happen to the database the other tests share. On PostgreSQL the kills reach only this context's
 * pool.
 */
@Tag("persistence")
@SpringBootTest(properties = "spring.datasource.url=${SPRING_DATASOURCE_URL:jdbc:h2:mem:dead-connections;"
        + "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1}")
@AutoConfigureMockMvc
@Import({DeadConnectionRetryTests.SessionKiller.class, DeadConnectionRetryTests.WritingApi.class,
        DeadConnectionRetryTests.WritingPage.class})
class DeadConnectionRetryTests {

    private static final String ROW = "dead-connection-test";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SessionKiller killer;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    LostConnectionRetry retry;

    @BeforeEach
    @AfterEach
    void clean() {
        killer.reset();
        jdbc.update("delete from shedlock where name like ?", ROW + "%");
    }

    @Test
    void theRetryLearnsFromTheTransactionManagerWhenAWriteReachesItsCommit() {
        assertThat(((ConfigurableTransactionManager) transactions).getTransactionExecutionListeners())
                .contains(retry);
    }

    @Test
    void aReadWhoseConnectionDiesIsRetriedOnceAndAnswersFromTheSecondAttempt() {
        int units = jdbc.queryForObject("select count(*) from org_unit", Integer.class);

        String answer = killer.readKillingTheFirstSession();

        assertThat(answer).isEqualTo("attempt 2: " + units + " units");
        assertThat(killer.attempts()).isEqualTo(2);
    }

    @Test
    void aWriteWhoseConnectionDiesBeforeItsCommitIsRetriedOnceAndStoredOnce() {
        killer.writeKillingTheFirstSessionBeforeCommit(ROW + "-before");

        assertThat(killer.attempts()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = ?", Integer.class,
                ROW + "-before")).isEqualTo(1);
    }

    @Test
    void aWriteWhoseConnectionDiesAtItsCommitIsNotRetriedAndAnswers503() throws Exception {
        MockHttpServletResponse api = mvc.perform(post("/api/v1/dead-connection").with(user("admin"))
                .accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();

        assertThat(killer.attempts()).as("a write that reached its commit is never repeated").isEqualTo(1);
        assertThat(api.getStatus()).isEqualTo(503);
        assertThat(api.getHeader("Retry-After")).isNotBlank();
        assertThat(api.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(api.getContentAsString(StandardCharsets.UTF_8))
                .contains("Không kết nối được cơ sở dữ liệu").doesNotContain("Exception", "SQL");
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = ?", Integer.class,
                ROW + "-at-commit")).as("committed or not, never twice").isLessThanOrEqualTo(1);

        killer.reset();
        MockHttpServletResponse page = mvc.perform(post("/dead-connection").with(user("admin")).with(csrf()))
                .andReturn().getResponse();
        assertThat(killer.attempts()).isEqualTo(1);
        assertThat(page.getStatus()).isEqualTo(503);
        assertThat(page.getHeader("Retry-After")).isNotBlank();
        assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("Không kết nối được cơ sở dữ liệu");
    }

    @Test
    void aFailureThatIsNotTheConnectionsIsNotRetried() {
        assertThatThrownBy(() -> killer.failWithoutKilling()).isInstanceOf(DataAccessException.class);
        assertThat(killer.attempts()).isEqualTo(1);
    }

    @RestController
    static class WritingApi {

        private final SessionKiller killer;

        WritingApi(SessionKiller killer) {
            this.killer = killer;
        }

        @PostMapping("/api/v1/dead-connection")
        String write() {
            killer.writeKillingTheSessionAtCommit(ROW + "-at-commit");
            return "saved";
        }
    }

    @Controller
    static class WritingPage {

        private final SessionKiller killer;

        WritingPage(SessionKiller killer) {
            this.killer = killer;
        }

        @PostMapping("/dead-connection")
        String write() {
            killer.writeKillingTheSessionAtCommit(ROW + "-at-commit-page");
            return "redirect:/";
        }
    }

    /** Kills the database session its transaction runs on, the first time it is called. */
    static class SessionKiller {

        private final JdbcTemplate jdbc;
        private final DataSource dataSource;
        private final AtomicInteger attempts = new AtomicInteger();

        SessionKiller(JdbcTemplate jdbc, DataSource dataSource) {
            this.jdbc = jdbc;
            this.dataSource = dataSource;
        }

        int attempts() {
            return attempts.get();
        }

        void reset() {
            attempts.set(0);
        }

        @Transactional(readOnly = true)
        public String readKillingTheFirstSession() {
            int attempt = attempts.incrementAndGet();
            if (attempt == 1) {
                killOwnSession();
            }
            return "attempt " + attempt + ": " + jdbc.queryForObject("select count(*) from org_unit", Integer.class)
                    + " units";
        }

        @Transactional
        public void writeKillingTheFirstSessionBeforeCommit(String name) {
            int attempt = attempts.incrementAndGet();
            insert(name);
            if (attempt == 1) {
                killOwnSession();
                insert(name + "-never");
            }
        }

        @Transactional
        public void writeKillingTheSessionAtCommit(String name) {
            attempts.incrementAndGet();
            insert(name);
            String session = sessionId();
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    killFromAnotherConnection(session);
                }
            });
        }

        @Transactional(readOnly = true)
        public void failWithoutKilling() {
            attempts.incrementAndGet();
            jdbc.queryForObject("select count(*) from no_such_table", Integer.class);
        }

        private void insert(String name) {
            jdbc.update("insert into shedlock (name, lock_until, locked_at, locked_by) values (?, ?, ?, 'test')",
                    name, Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));
        }

        boolean postgres() {
            return "PostgreSQL".equals(jdbc.execute((ConnectionCallback<String>) connection ->
                    connection.getMetaData().getDatabaseProductName()));
        }

        /** On PostgreSQL the statement itself fails as its backend ends; on H2 the next one does. */
        private void killOwnSession() {
            if (postgres()) {
                jdbc.queryForObject("select pg_terminate_backend(pg_backend_pid())", Boolean.class);
            } else {
                jdbc.execute("call abort_session(session_id())");
            }
        }

        private String sessionId() {
            return String.valueOf(jdbc.queryForObject(postgres() ? "select pg_backend_pid()" : "select session_id()",
                    Integer.class));
        }

        /** From a connection of its own, and waits until the session is gone, so the commit finds it dead. */
        private void killFromAnotherConnection(String session) {
            boolean postgres = postgres();
            try (Connection other = dataSource.getConnection()) {
                try (PreparedStatement kill = other.prepareStatement(postgres ? "select pg_terminate_backend(?)"
                        : "call abort_session(?)")) {
                    kill.setInt(1, Integer.parseInt(session));
                    kill.execute();
                }
                if (postgres) {
                    Instant giveUp = Instant.now().plus(Duration.ofSeconds(10));
                    while (alive(other, session) && Instant.now().isBefore(giveUp)) {
                        Thread.sleep(20);
                    }
                }
            } catch (SQLException | InterruptedException failed) {
                throw new IllegalStateException("could not kill session " + session, failed);
            }
        }

        private static boolean alive(Connection other, String pid) throws SQLException {
            try (PreparedStatement query = other.prepareStatement("select count(*) from pg_stat_activity "
                    + "where pid = ?")) {
                query.setInt(1, Integer.parseInt(pid));
                try (ResultSet found = query.executeQuery()) {
                    found.next();
                    return found.getInt(1) > 0;
                }
            }
        }
    }
}
