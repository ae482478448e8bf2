package vn.danhgia.reporting;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.Assert;

/**
 * On PostgreSQL, has the rest of the caller's transaction planned for the values bound, in memory, in one process. A
 * scope of many units is bound as one array; the plan PostgreSQL keeps for a statement prepared again and again is made
 * for any array and tests each row against it element by element, and, guessing a few rows, nests loops and sorts on
 * disk: 100 ms for the dashboard's kept trend of an agency of 1,001 units against 20 ms with custom plans, 310 ms
 * for the progress board's counts of 20,000 cadres against 40 ms. H2 plans each statement for its values anyway.
 */
@Component
public class CustomPlans {

    private final JdbcClient jdbc;
    private final boolean postgres;

    CustomPlans(JdbcClient jdbc, DataSource dataSource) throws MetaDataAccessException {
        this.jdbc = jdbc;
        this.postgres = "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource,
                DatabaseMetaData::getDatabaseProductName));
    }

    /**
     * For read-only transactions: the settings last until the transaction ends (outside one they would do nothing),
     * so every later statement of the caller's, the dashboard's source-row baseline included, runs with them.
     */
    public void forTheRestOfTheTransaction() {
        Assert.state(TransactionSynchronizationManager.isActualTransactionActive(),
                "custom plans are set for a transaction; none is active");
        if (postgres) {
            // set_config(…, true) is SET LOCAL: the settings in one round trip. Without parallel workers: for reads of
            // one quarter of a province (tens of milliseconds) each worker built its own hash of 20,000 cadres.
            jdbc.sql("select set_config('plan_cache_mode', 'force_custom_plan', true),"
                    + " set_config('work_mem', '16MB', true),"
                    + " set_config('max_parallel_workers_per_gather', '0', true)").query().singleRow();
        }
    }
}
