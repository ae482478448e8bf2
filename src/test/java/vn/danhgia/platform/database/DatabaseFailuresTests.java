package vn.danhgia.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** How failures are told apart: a lost connection is repeated, a pool that waited in vain is not, neither is a fault. */
class DatabaseFailuresTests {

    @Test
    void aSessionTheServerEndedIsALostConnection() {
        assertThat(DatabaseFailures.isConnectionLost(new DataAccessResourceFailureException("x",
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(DatabaseFailures.isConnectionLost(new JpaSystemException(new RuntimeException(
                new SQLNonTransientConnectionException("Database is already closed", "90121"))))).isTrue();
        assertThat(DatabaseFailures.isConnectionLost(new JpaSystemException(new RuntimeException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed"))))).isTrue();
    }

    @Test
    void theApplicationsFailureBehindAFailedRollbackIsRead() {
        TransactionSystemException rollback = new TransactionSystemException("Could not roll back");
        rollback.initApplicationException(new DataIntegrityViolationException("x",
                new SQLException("duplicate key value violates unique constraint", "23505")));
        assertThat(DatabaseFailures.isUniqueViolation(rollback)).isTrue();
    }

    @Test
    void aPoolThatWaitedInVainIsUnavailableButNotRepeated() {
        CannotCreateTransactionException timedOut = new CannotCreateTransactionException("Could not open",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out "
                        + "after 30000ms", "08001", new SQLException("Connection refused", "08001")));
        assertThat(DatabaseFailures.isConnectionLost(timedOut)).isFalse();
        assertThat(DatabaseFailures.isDatabaseUnavailable(timedOut)).isTrue();
    }

    @Test
    void faultsAreNeitherLostNorUnavailable() {
        DataIntegrityViolationException notNull = new DataIntegrityViolationException("x",
                new SQLException("null value in column", "23502"));
        assertThat(DatabaseFailures.isConnectionLost(notNull)).isFalse();
        assertThat(DatabaseFailures.isDatabaseUnavailable(notNull)).isFalse();
        assertThat(DatabaseFailures.isUniqueViolation(notNull)).isFalse();
        assertThat(DatabaseFailures.isDatabaseUnavailable(new IllegalStateException("x"))).isFalse();
    }
}
