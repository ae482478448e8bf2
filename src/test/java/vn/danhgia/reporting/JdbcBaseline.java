package vn.danhgia.reporting;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The baseline of issue 15 §1: the rows a user's morning writes, by plain JDBC, with nothing else around them. One
 * submission through the application is two transactions that save the sheet (the "save" button, then the save the
 * "submit" button does first) and one that submits it; each changes the self-assessment's row (its content or status
 * and its version), the task rows when the figures change, and adds an entry to the audit trail with the record
 * before and after (the texts are those the application wrote for one real submission of the same run, so the rows
 * have the same size); the application then raises the version once more (the forced increment of the optimistic
 * lock, at commit), and so does the baseline. Written (a) as JDBC batches in one transaction per thousand submissions and (b) as the
 * application does, three transactions per submission, from as many threads as there are virtual users, each with a
 * connection of its own, but never more than {@link #MOST_CONNECTIONS}: PostgreSQL's default max_connections is 100,
 * and the nodes' pools still hold theirs (the fault scenario's stopped node too, until it has closed).
 */
final class JdbcBaseline {

    private static final int BATCH = 1_000;
    static final int MOST_CONNECTIONS = 50;

    private final String url;
    private final String user;
    private final String password;

    JdbcBaseline(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    Figures run(List<DeadlineDayLoad.Draft> batch, List<DeadlineDayLoad.Draft> threaded, int threads) {
        try {
            Texts texts = texts();
            long start = System.nanoTime();
            try (Connection connection = connect()) {
                connection.setAutoCommit(false);
                for (int from = 0; from < batch.size(); from += BATCH) {
                    writeBatch(connection, batch.subList(from, Math.min(batch.size(), from + BATCH)), texts);
                    connection.commit();
                }
            }
            double batchSeconds = (System.nanoTime() - start) / 1e9;
            ConcurrentLinkedQueue<DeadlineDayLoad.Draft> queue = new ConcurrentLinkedQueue<>(threaded);
            AtomicReference<Exception> failure = new AtomicReference<>();
            List<Thread> workers = new ArrayList<>();
            start = System.nanoTime();
            threads = Math.min(threads, MOST_CONNECTIONS);
            for (int i = 0; i < threads; i++) {
                Thread worker = new Thread(() -> writeOneByOne(queue, texts, failure), "jdbc-" + i);
                worker.start();
                workers.add(worker);
            }
            for (Thread worker : workers) {
                worker.join();
            }
            double threadedSeconds = (System.nanoTime() - start) / 1e9;
            if (failure.get() != null) {
                throw new IllegalStateException(failure.get());
            }
            return new Figures(batch.size(), batch.size() / batchSeconds, threaded.size(),
                    threaded.size() / threadedSeconds, threads);
        } catch (SQLException | InterruptedException failed) {
            throw new IllegalStateException(failed);
        }
    }

    private void writeBatch(Connection connection, List<DeadlineDayLoad.Draft> drafts, Texts texts)
            throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement save = connection.prepareStatement(SAVE);
             PreparedStatement tasks = connection.prepareStatement(TASKS);
             PreparedStatement touch = connection.prepareStatement(TOUCH);
             PreparedStatement submit = connection.prepareStatement(SUBMIT);
             PreparedStatement audit = connection.prepareStatement(AUDIT)) {
            for (DeadlineDayLoad.Draft draft : drafts) {
                save.setLong(1, draft.id());
                save.addBatch();
                tasks.setLong(1, draft.id());
                tasks.addBatch();
                for (int bump = 0; bump < 4; bump++) {
                    touch.setLong(1, draft.id());
                    touch.addBatch();
                }
                submit.setTimestamp(1, now);
                submit.setLong(2, draft.id());
                submit.addBatch();
                for (Step step : Step.values()) {
                    audit(audit, draft, step.action, texts, now);
                    audit.addBatch();
                }
            }
            save.executeBatch();
            tasks.executeBatch();
            touch.executeBatch();
            submit.executeBatch();
            audit.executeBatch();
        }
    }

    private void writeOneByOne(ConcurrentLinkedQueue<DeadlineDayLoad.Draft> queue, Texts texts,
                               AtomicReference<Exception> failure) {
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            for (DeadlineDayLoad.Draft draft = queue.poll(); draft != null; draft = queue.poll()) {
                Timestamp now = Timestamp.from(Instant.now());
                for (Step step : Step.values()) {
                    String change = step.sql;
                    try (PreparedStatement read = connection.prepareStatement(READ);
                         PreparedStatement write = connection.prepareStatement(change);
                         PreparedStatement audit = connection.prepareStatement(AUDIT)) {
                        read.setLong(1, draft.id());
                        try (ResultSet version = read.executeQuery()) {
                            version.next();
                        }
                        int parameter = 1;
                        if (change.equals(SUBMIT)) {
                            write.setTimestamp(parameter++, now);
                        }
                        write.setLong(parameter, draft.id());
                        write.executeUpdate();
                        if (step.tasks) {
                            try (PreparedStatement tasks = connection.prepareStatement(TASKS)) {
                                tasks.setLong(1, draft.id());
                                tasks.executeUpdate();
                            }
                        }
                        audit(audit, draft, step.action, texts, now);
                        audit.executeUpdate();
                        try (PreparedStatement bump = connection.prepareStatement(TOUCH)) {
                            bump.setLong(1, draft.id());
                            bump.executeUpdate();
                        }
                    }
                    connection.commit();
                }
            }
        } catch (SQLException failed) {
            failure.compareAndSet(null, failed);
        }
    }

    private static void audit(PreparedStatement audit, DeadlineDayLoad.Draft draft, String action, Texts texts,
                              Timestamp now) throws SQLException {
        audit.setTimestamp(1, now);
        audit.setString(2, DeadlineDayLoad.username(draft.cadreCode()));
        audit.setString(3, draft.cadreCode());
        audit.setString(4, action);
        audit.setLong(5, draft.id());
        audit.setLong(6, draft.cadreId());
        audit.setString(7, texts.before());
        audit.setString(8, texts.after());
    }

    /** The before and after texts of one submission the application wrote in this run. */
    private Texts texts() throws SQLException {
        try (Connection connection = connect(); PreparedStatement read = connection.prepareStatement(
                "select before_state, after_state from audit_entry where action = 'SELF_ASSESSMENT_SUBMITTED'"
                        + " order by id desc limit 1"); ResultSet row = read.executeQuery()) {
            return row.next() ? new Texts(row.getString(1), row.getString(2)) : new Texts("{}", "{}");
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private static final String READ = "select version, status from self_assessment where id = ? for update";
    private static final String SAVE = "update self_assessment set self_comment = 'Hoàn thành đầy đủ nhiệm vụ được"
            + " giao trong quý, đúng tiến độ.', version = version + 1 where id = ?";
    private static final String TASKS = "update self_assessment_task set done_quantity = planned_quantity,"
            + " quality = 1, timeliness = 1, leadership = 1 where assessment_id = ?";
    private static final String TOUCH = "update self_assessment set version = version + 1 where id = ?";
    private static final String SUBMIT = "update self_assessment set status = 'SUBMITTED', submitted_at = ?,"
            + " submitted_total = 100, submitted_late = false, version = version + 1 where id = ?";
    private static final String AUDIT = "insert into audit_entry (occurred_at, actor_account_id, actor_username,"
            + " actor_name, action, record_type, record_id, subject_cadre_id, before_state, after_state)"
            + " values (?, null, ?, ?, ?, 'SELF_ASSESSMENT', ?, ?, ?, ?)";

    /** The three transactions of one submission: save, the submit button's save, submit. */
    private enum Step {
        SAVE_EDIT(SAVE, "SELF_ASSESSMENT_SAVED", true),
        SAVE_BEFORE_SUBMIT(TOUCH, "SELF_ASSESSMENT_SAVED", false),
        SUBMIT_SHEET(SUBMIT, "SELF_ASSESSMENT_SUBMITTED", false);

        private final String sql;
        private final String action;
        private final boolean tasks;

        Step(String sql, String action, boolean tasks) {
            this.sql = sql;
            this.action = action;
            this.tasks = tasks;
        }
    }

    private record Texts(String before, String after) {
    }

    /** Submissions per second each way. */
    record Figures(int batchCount, double batchRate, int threadedCount, double threadedRate, int threads) {

        String describe(double httpRate) {
            return String.format(Locale.ROOT, "  plain JDBC, same rows: batch %,d submissions at %.1f per s (HTTP"
                            + " reaches %.1f %%); one transaction each from %d threads %,d at %.1f per s (HTTP %.1f %%)",
                    batchCount, batchRate, 100 * httpRate / batchRate, threads, threadedCount, threadedRate,
                    100 * httpRate / threadedRate);
        }
    }
}
