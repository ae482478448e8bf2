package vn.danhgia.platform.database;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * What a failed database call means for the person who made the request, read from the SQLSTATE of the JDBC error
 * wherever Spring, Hibernate or the pool wrapped it, the same on H2 and PostgreSQL.
 */
public final class DatabaseFailures {

    /** SQLSTATE unique_violation (SQL standard; H2 and PostgreSQL both use it). */
    private static final String UNIQUE_VIOLATION = "23505";

    private DatabaseFailures() {
    }

    /**
     * A unique key refused the row: someone else created the same record (a rating, a collective result) a moment
     * earlier. Other integrity violations (not null, check, foreign key) are not races but faults, and are not.
     */
    public static boolean isUniqueViolation(Throwable failure) {
        for (SQLException sql : sqlExceptionsIn(failure)) {
            if (UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Every SQLException in the cause chain, following the JDBC chain of next exceptions too (batches). */
    private static List<SQLException> sqlExceptionsIn(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<SQLException> found = new ArrayList<>();
        Deque<Throwable> pending = new ArrayDeque<>();
        if (failure != null) {
            pending.add(failure);
        }
        while (!pending.isEmpty()) {
            Throwable current = pending.poll();
            if (!seen.add(current)) {
                continue;
            }
            if (current instanceof SQLException sql) {
                found.add(sql);
                if (sql.getNextException() != null) {
                    pending.add(sql.getNextException());
                }
            }
            if (current.getCause() != null) {
                pending.add(current.getCause());
            }
        }
        return found;
    }
}
