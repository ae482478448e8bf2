package vn.danhgia.platform.database;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * What a failed database call means for the person who made the request, read from the exception and the SQLSTATE
 * of the JDBC error wherever Spring, Hibernate or the connection pool wrapped it, the same on H2 and PostgreSQL. The
 * one place that tells a lost race, a lost connection and an unavailable database from a fault.
 */
public final class DatabaseFailures {

    /** SQLSTATE unique_violation (SQL standard; H2 and PostgreSQL both use it). */
    private static final String UNIQUE_VIOLATION = "23505";
    /** SQLSTATE class connection_exception (SQL standard). */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    /** PostgreSQL admin_shutdown, crash_shutdown, cannot_connect_now: the server ended or refuses the session. */
    private static final Set<String> SERVER_ENDED_SESSION = Set.of("57P01", "57P02", "57P03");
    /**
     * What HikariCP's stand-in for a connection it has evicted as broken answers to every call, without a SQLSTATE.
     * The rollback after a lost connection meets it, and its failure is what the transaction manager throws.
     */
    private static final String POOL_EVICTED_CONNECTION = "Connection is closed";

    /**
     * Seconds a client is asked to wait before trying again when the database is unavailable: connections cut under
     * load came back within 1–7 s (issue 11 §4).
     */
    public static final String RETRY_AFTER_SECONDS = "10";

    private DatabaseFailures() {
    }

    /**
     * A unique key refused the row: someone else created the same record (a rating, a collective result) a moment
     * earlier. Other integrity violations (not null, check, foreign key) are not races but faults, and are not.
     */
    public static boolean isUniqueViolation(Throwable failure) {
        return chain(failure).stream().anyMatch(cause -> cause instanceof SQLException sql
                && UNIQUE_VIOLATION.equals(sql.getSQLState()));
    }

    /**
     * The connection the call was using died under it: the server ended the session ({@code pg_terminate_backend},
     * a restart, H2's {@code ABORT_SESSION}) or the network dropped it (SQLSTATE class 08, PostgreSQL 57P01–57P03,
     * the JDBC connection exceptions, Hibernate's {@link JDBCConnectionException}). The pool evicts such a connection,
     * so a second attempt gets a fresh one. Not when the pool itself gave up waiting for a connection: it has waited
     * its time already (see {@link #isDatabaseUnavailable}).
     */
    public static boolean isConnectionLost(Throwable failure) {
        List<Throwable> chain = chain(failure);
        if (poolTimedOut(chain)) {
            return false;
        }
        return chain.stream().anyMatch(cause -> cause instanceof JDBCConnectionException
                || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLException sql && (sql.getSQLState() == null
                ? POOL_EVICTED_CONNECTION.equals(sql.getMessage())
                : sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS)
                || SERVER_ENDED_SESSION.contains(sql.getSQLState())));
    }

    /**
     * The database could not serve the request: the connection was lost, none could be had from the pool in time,
     * no transaction could be begun, or the server reported a lack of resources. Answered 503, never 500.
     */
    public static boolean isDatabaseUnavailable(Throwable failure) {
        return isConnectionLost(failure) || chain(failure).stream().anyMatch(cause ->
                cause instanceof CannotCreateTransactionException
                        || cause instanceof DataAccessResourceFailureException
                        || cause instanceof TransientDataAccessResourceException
                        || cause instanceof SQLTransientConnectionException);
    }

    /**
     * HikariCP reports that no connection came free in time as a {@link SQLTransientConnectionException} wrapping
     * the driver's last error, if any; drivers report a lost connection with their own exceptions. So the first
     * SQLException of the chain being that one means the pool's verdict.
     */
    private static boolean poolTimedOut(List<Throwable> chain) {
        return chain.stream().filter(SQLException.class::isInstance).findFirst()
                .filter(SQLTransientConnectionException.class::isInstance).isPresent();
    }

    /**
     * The failure and its causes, outermost first, with the JDBC chain of next exceptions (batches) and the
     * application exception a failed rollback replaced.
     */
    private static List<Throwable> chain(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> found = new ArrayList<>();
        Deque<Throwable> pending = new ArrayDeque<>();
        if (failure != null) {
            pending.add(failure);
        }
        while (!pending.isEmpty()) {
            Throwable current = pending.poll();
            if (!seen.add(current)) {
                continue;
            }
            found.add(current);
            if (current.getCause() != null) {
                pending.add(current.getCause());
            }
            if (current instanceof SQLException sql && sql.getNextException() != null) {
                pending.add(sql.getNextException());
            }
            if (current instanceof TransactionSystemException rollback && rollback.getApplicationException() != null) {
                pending.add(rollback.getApplicationException());
            }
        }
        return found;
    }
}
