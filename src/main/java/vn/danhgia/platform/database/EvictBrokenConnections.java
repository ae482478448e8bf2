package vn.danhgia.platform.database;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;

/**
 * Tells HikariCP to drop a connection that failed as lost ({@link DatabaseFailures#isConnectionLost}), so that it is
 * never lent again. Hikari already does so for PostgreSQL's SQLSTATEs; H2 reports an aborted session as 90121, which
 * Hikari would keep in the pool and hand to the next request, the retry included. Named in
 * {@code spring.datasource.hikari.exception-override-class-name}.
 */
public class EvictBrokenConnections implements SQLExceptionOverride {

    // java.lang.Override spelled out: the interface's nested enum Override hides the annotation's simple name here.
    @java.lang.Override
    public Override adjudicate(SQLException failure) {
        return DatabaseFailures.isConnectionLost(failure) ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
    }
}
