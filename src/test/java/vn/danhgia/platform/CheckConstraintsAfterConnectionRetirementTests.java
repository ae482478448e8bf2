package vn.danhgia.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 11 §1: H2 2.4.240 ties a {@code CHECK (… IN (…))} constraint to the session that created it (h2database
 * issues 4308, 4320, 4342), so once the pool retired the connection that ran the migrations, after its 30-minute
 * maximum lifetime, every write to such a table failed with "Check constraint invalid" caused by "The database has
 * been closed [90098]". Here the pool retires all its connections at once, the migration one among them, and then
 * every check constraint of the schema (read from information_schema, so a new one is covered without touching this
 * test) is evaluated by a write that passes it, in a transaction that is rolled back. On H2 the database is this
 * class's own in-memory one, so the constraints are created by this context's Flyway on a pooled connection; on
 * PostgreSQL (.ci/run) it is the configured server database.
 */
@Tag("persistence")
@SpringBootTest(properties = {"spring.datasource.url=${SPRING_DATASOURCE_URL:jdbc:h2:mem:check-constraints;"
        + "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1}",
        // A small pool, so the test can hold every one of its connections at once and so knows them all
        "spring.datasource.hikari.maximum-pool-size=3",
        // ...and a fixed one: the tests' usual single idle connection would let the pool retire the migration
        // connection by idleness before the test could find it among the pooled ones
        "spring.datasource.hikari.minimum-idle=3",
        "danhgia.demo.history.enabled=false",
        // The demo's emulation year registers Lương Thị Mai for 2026; this test writes her 2026 registration itself.
        "danhgia.demo.emulation.enabled=false"})
@ActiveProfiles("demo")
class CheckConstraintsAfterConnectionRetirementTests {

    /** Quý I/2090: a quarter no other test touches, in Phòng Kinh tế of the demo's Văn phòng UBND tỉnh Ninh Bình. */
    private static final int YEAR = 2090;
    private static final int QUARTER = 1;
    private static final OffsetDateTime AT = OffsetDateTime.of(2090, 3, 20, 9, 0, 0, 0, ZoneOffset.ofHours(7));

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    MigrationSession migration;

    @Test
    void everyCheckConstraintTakesAValidWriteAfterThePoolRetiredTheMigrationConnection() throws Exception {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        List<Object> pooled = sessionsOfEveryPooledConnection(pool);
        assertThat(migration.session).as("the session that ran the migrations").isNotNull();
        assertThat(pooled).as("the connection that ran the migrations went back to the pool").contains(migration.session);

        pool.getHikariPoolMXBean().softEvictConnections();
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (countOpen(pooled) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(countOpen(pooled)).as("sessions of the retired connections still open").isZero();

        List<CheckConstraint> constraints = checkConstraints();
        assertThat(constraints).extracting(CheckConstraint::name)
                .as("check constraints read from information_schema")
                .contains("ck_org_unit_kind", "ck_work_plan_status", "ck_vote_level", "ck_received_report_row_levels");

        TransactionTemplate rolledBack = new TransactionTemplate(transactions);
        rolledBack.executeWithoutResult(status -> {
            status.setRollbackOnly();
            recordQuarterOfLuongThiMai();
            for (CheckConstraint constraint : constraints) {
                int rows = jdbc.sql("update " + quoted(constraint.table()) + " set " + quoted(constraint.column())
                        + " = " + quoted(constraint.column())).update();
                assertThat(rows).as("rows of %s written under %s (a new table needs a row in the story)",
                        constraint.table(), constraint.name()).isPositive();
            }
        });
    }

    /**
     * The quarter of Lương Thị Mai (NB014, Phó Trưởng phòng Kinh tế), one row in each table the demo leaves empty: her
     * catalogue, plan, self-assessment, appraisal, council vote by her head Trịnh Đình Phong (NB013), rating,
     * complaint and dossier; Hà Quốc Bảo's (NB015) deferral and exemption; a report received from below. Every insert
     * passes its table's checks.
     */
    private void recordQuarterOfLuongThiMai() {
        long unit = id("select id from org_unit where code = 'VPUB-NB.KT'");
        long mai = id("select id from org_cadre where code = 'NB014'");
        long phong = id("select id from org_cadre where code = 'NB013'");
        long bao = id("select id from org_cadre where code = 'NB015'");
        String scheme = "NB-VP-UBND-2026";

        long catalog = insert("""
                insert into catalog_version (unit_id, version_number, status, standard_points, title, drafted_by,
                    drafted_at, version)
                values (?, (select coalesce(max(version_number), 0) + 1 from catalog_version where unit_id = ?),
                    'DRAFT', 10, 'Danh mục sản phẩm chuẩn Phòng Kinh tế năm 2090', 'tochuc', ?, 0)""",
                unit, unit, AT);
        long item = insert("""
                insert into catalog_item (version_id, item_number, task, product_type, points)
                values (?, 1, 'Tham mưu báo cáo tình hình kinh tế – xã hội quý', 'Báo cáo', 10)""", catalog);
        long plan = insert("""
                insert into work_plan (cadre_id, unit_id, plan_year, plan_quarter, scheme_code, status, created_at,
                    version)
                values (?, ?, ?, ?, ?, 'APPROVED', ?, 0)""", mai, unit, YEAR, QUARTER, scheme, AT);
        long amendment = insert("""
                insert into work_plan_amendment (plan_id, amendment_number, reason, status, created_at)
                values (?, 1, 'Nhiệm vụ phát sinh trong quý', 'SUBMITTED', ?)""", plan, AT);
        long task = insert("""
                insert into work_plan_task (plan_id, amendment_id, axis_number, sort_order, title, catalog_item_id,
                    coefficient, planned_quantity)
                values (?, ?, 1, 1, 'Báo cáo kinh tế – xã hội quý I', ?, 1, 1)""", plan, amendment, item);
        long assessment = insert("""
                insert into self_assessment (cadre_id, unit_id, period_year, period_quarter, scheme_code, plan_id,
                    status, proposed_level, created_at, version)
                values (?, ?, ?, ?, ?, ?, 'SUBMITTED', 'GOOD', ?, 0)""", mai, unit, YEAR, QUARTER, scheme, plan, AT);
        long assessedTask = insert("""
                insert into self_assessment_task (assessment_id, plan_task_id, axis_number, sort_order, title,
                    coefficient, planned_quantity, done_quantity, quality, timeliness, leadership)
                values (?, ?, 1, 1, 'Báo cáo kinh tế – xã hội quý I', 1, 1, 1, 1, 1, 1)""", assessment, task);
        insert("""
                insert into self_assessment_evidence (assessment_id, task_id, original_name, content_type, size_bytes,
                    sha256, storage_key, uploaded_by, uploaded_at)
                values (?, ?, 'bao-cao-quy-i.pdf', 'application/pdf', 2048, ?, ?, 'canbo', ?)""",
                assessment, assessedTask, "ef".repeat(32), "ef/" + "ef".repeat(32), AT);
        long appraisal = insert("""
                insert into appraisal (self_assessment_id, cadre_id, status, proposed_level, version)
                values (?, ?, 'COMPLETED', 'GOOD', 0)""", assessment, mai);
        update("""
                insert into appraisal_task (appraisal_id, self_assessment_task_id, done_quantity, response_level)
                values (?, ?, 1, 'BASICALLY_MEETS')""", appraisal, assessedTask);
        long council = insert("""
                insert into council (unit_id, period_year, period_quarter, quorum_members, created_by, version)
                values (?, ?, ?, 2, 'tochuc', 0)""", unit, YEAR, QUARTER);
        update("insert into council_member (council_id, cadre_id, role) values (?, ?, 'CHAIR')", council, phong);
        long session = insert("""
                insert into vote_session (council_id, opened_at, status, version)
                values (?, ?, 'OPEN', 0)""", council, AT);
        update("""
                insert into vote (session_id, voter_cadre_id, subject_cadre_id, level)
                values (?, ?, ?, 'GOOD')""", session, phong, mai);
        long rating = insert("""
                insert into quarter_rating (cadre_id, live_cadre_id, unit_id, period_year, period_quarter, status,
                    head_proposed_level, decided_level, discrepancy, version)
                values (?, ?, ?, ?, ?, 'ANNOUNCED', 'GOOD', 'GOOD', false, 0)""", mai, mai, unit, YEAR, QUARTER);
        insert("""
                insert into collective_result (unit_id, period_year, period_quarter, targets_assigned, targets_done,
                    targets_excused, collective_level, recorded_by, recorded_at, version)
                values (?, ?, ?, 10, 9, 0, 'GOOD', 'thamquyen', ?, 0)""", unit, YEAR, QUARTER, AT);
        insert("""
                insert into complaint (rating_kind, rating_id, cadre_id, unit_id, period_kind, period_year,
                    period_quarter, complaint_text, filed_by, filed_at, status, version)
                values ('QUARTERLY', ?, ?, ?, 'QUARTER', ?, ?, 'Đề nghị xem xét lại mức xếp loại', 'canbo', ?, 'FILED',
                    0)""", rating, mai, unit, YEAR, QUARTER, AT);
        insert("""
                insert into dossier_document (unit_id, period_year, period_quarter, cadre_id, kind, original_name,
                    content_type, size_bytes, sha256, storage_key, uploaded_by, uploaded_at)
                values (?, ?, ?, ?, 'MINUTES', 'bien-ban-hoi-dong.pdf', 'application/pdf', 1024, ?, ?, 'tochuc', ?)""",
                unit, YEAR, QUARTER, mai, "ab".repeat(32), "ab/" + "ab".repeat(32), AT);
        insert("""
                insert into rating_deferral (cadre_id, period_year, period_quarter, kind, note, detected, marked_by,
                    marked_at, version)
                values (?, ?, 2, 'TRAINING', 'Học lớp cao cấp lý luận chính trị', false, 'tochuc', ?, 0)""",
                bao, YEAR, AT);
        insert("""
                insert into rating_exemption (cadre_id, period_year, kind, rating_period, note, marked_by, marked_at,
                    version)
                values (?, ?, 'PARTY_COMMITTEE_ONLY', 'YEAR', 'Cấp ủy viên không giữ chức vụ chuyên môn', 'tochuc',
                    ?, 0)""", bao, YEAR, AT);
        insert("""
                insert into deadline_extension (cadre_id, step, period_year, period_quarter, last_day, late_from,
                    reason, granted_by, granted_at, version)
                values (?, 'SELF_ASSESSMENT', ?, ?, ?, ?, 'Đi công tác nước ngoài đến hết hạn nộp', 'truongphong',
                    ?, 0)""", mai, YEAR, QUARTER, java.time.LocalDate.of(2090, 4, 20), AT, AT);
        long yearly = insert("""
                insert into yearly_rating (subject_kind, track, cadre_id, unit_id, rating_year, live_key, status,
                    heads_unit, cap_exempt, disciplined, suggested_level, decided_level, provisional, version)
                values ('CADRE', 'STATE', ?, ?, ?, ?, 'ANNOUNCED', false, false, false, 'GOOD', 'GOOD', false, 0)""",
                mai, unit, YEAR, "C" + mai + ":STATE");
        insert("""
                insert into complaint (rating_kind, rating_id, cadre_id, unit_id, period_kind, period_year,
                    period_quarter, complaint_text, filed_by, filed_at, status, version)
                values ('YEARLY', ?, ?, ?, 'YEAR', ?, null, 'Đề nghị xem xét lại mức xếp loại năm', 'canbo', ?,
                    'FILED', 0)""", yearly, mai, unit, YEAR, AT);
        long report = insert("""
                insert into received_report (sender_code, sender_name, period_year, period_quarter, format_version,
                    generated_at, not_announced, excellent, good, completed, not_completed, total, rows_sha256,
                    imported_by, imported_at, version)
                values ('UBND-HOALU', 'UBND huyện Hoa Lư', ?, ?, 1, ?, 0, 0, 1, 0, 0, 1, ?, 'tochuc', ?, 0)""",
                YEAR, QUARTER, AT, "cd".repeat(32), AT);
        update("""
                insert into received_report_row (report_id, sort_order, cadre_code, full_name, unit_code, unit_name,
                    decided_level)
                values (?, 1, 'HL001', 'Đinh Văn Hòa', 'UBND-HOALU', 'UBND huyện Hoa Lư', 'GOOD')""", report);
        // A year's report from below (issue 13 §7): quarter 0 of the year, its counts per track and unit.
        long yearReport = insert("""
                insert into received_report (sender_code, sender_name, period_kind, period_year, period_quarter,
                    format_version, generated_at, not_announced, excellent, good, completed, not_completed, total,
                    rows_sha256, imported_by, imported_at, version)
                values ('UBND-HOALU', 'UBND huyện Hoa Lư', 'YEAR', ?, 0, 1, ?, 0, 0, 1, 0, 0, 1, ?, 'tochuc', ?, 0)""",
                YEAR, AT, "ef".repeat(32), AT);
        update("""
                insert into received_report_track_unit (report_id, sort_order, track, unit_code, unit_name, excellent,
                    good, completed, not_completed, total)
                values (?, 0, 'STATE', 'UBND-HOALU', 'UBND huyện Hoa Lư', 0, 1, 0, 0, 1)""", yearReport);
        long selfReview = insert("""
                insert into self_review (subject_key, cadre_id, unit_id, review_year, form, status, proposed_level,
                    created_at, version)
                values (?, ?, ?, ?, 'MAU_2B', 'DRAFT', 'GOOD', ?, 0)""", "C" + mai, mai, unit, YEAR, AT);
        update("""
                insert into self_review_score (self_review_id, item_code, points)
                values (?, '1', 18)""", selfReview);
        // Her year-end dossier (seed 003 §2.1 a): the self-review uploaded, the suggestions not applicable; the unit's
        // package sent.
        long dossier = insert("""
                insert into annual_dossier (holder, subject_id, unit_id, period_year, version)
                values ('INDIVIDUAL', ?, ?, 2026, 0)""", mai, unit);
        update("""
                insert into annual_dossier_entry (dossier_id, item, entry, original_name, content_type, size_bytes,
                    sha256, storage_key, recorded_by, recorded_at)
                values (?, 'SELF_REVIEW', 'UPLOADED', 'Bản kiểm điểm.pdf', 'application/pdf', 100, ?, ?, 'canbo', ?)""",
                dossier, "a".repeat(64), "aa/" + "a".repeat(64), AT);
        update("""
                insert into annual_dossier_entry (dossier_id, item, entry, reason, recorded_by, recorded_at)
                values (?, 'REVIEW_SUGGESTIONS', 'NOT_APPLICABLE', 'Không có gợi ý', 'tochuc', ?)""", dossier, AT);
        update("""
                insert into annual_dossier_package (unit_id, period_year, file_name, size_bytes, sha256, storage_key,
                    dossier_count, sent_by, sent_at)
                values (?, 2026, 'ho-so-2026-VPUB-NB.KT.zip', 100, ?, ?, 1, 'tochuc', ?)""", unit, "b".repeat(64),
                "bb/" + "b".repeat(64), AT);
        // Her emulation year (seed 003 §III–IV): registered, an initiative with its evidence, the unit's review
        // meeting nominating her for Chiến sĩ thi đua cơ sở, the dossier sent and the recognition decision entered.
        update("""
                insert into emulation_registration (holder, subject_id, unit_id, emulation_year, target_title,
                    registered_on, late, source, recorded_by, recorded_at, version)
                values ('INDIVIDUAL', ?, ?, 2026, 'GRASSROOTS_EMULATION_FIGHTER', DATE '2026-01-20', false, 'FORM',
                    'canbo', ?, 0)""", mai, unit, AT);
        long achievement = insert("""
                insert into emulation_achievement (holder, subject_id, unit_id, kind, name, recognition_level,
                    recognised_year, recorded_by, recorded_at, version)
                values ('INDIVIDUAL', ?, ?, 'INITIATIVE', 'Số hóa hồ sơ một cửa', 'GRASSROOTS', 2026, 'tochuc', ?, 0)""",
                mai, unit, AT);
        update("""
                insert into emulation_achievement_file (achievement_id, original_name, size_bytes, sha256,
                    storage_key, recorded_by, recorded_at)
                values (?, 'Quyết định công nhận sáng kiến.pdf', 100, ?, ?, 'tochuc', ?)""", achievement,
                "c".repeat(64), "cc/" + "c".repeat(64), AT);
        long review = insert("""
                insert into emulation_review (unit_id, review_year, status, council_members, opened_by, opened_at,
                    version)
                values (?, 2026, 'CLOSED', 7, 'truongphong', ?, 0)""", unit, AT);
        update("""
                insert into emulation_nomination (review_id, holder, subject_id, title, eligible, votes_for,
                    votes_against, outcome, version)
                values (?, 'INDIVIDUAL', ?, 'GRASSROOTS_EMULATION_FIGHTER', true, 6, 1, 'CHOSEN', 0)""", review, mai);
        update("""
                insert into emulation_dossier (unit_id, dossier_year, review_id, status, late, version)
                values (?, 2026, ?, 'SENT', false, 0)""", unit, review);
        long decision = insert("""
                insert into emulation_decision (decision_year, number, signed_on, authority, recorded_by, recorded_at,
                    version)
                values (2026, '125/QĐ-VP', DATE '2026-12-28', 'Chánh Văn phòng UBND tỉnh', 'tochuc', ?, 0)""", AT);
        update("""
                insert into emulation_award (holder, subject_id, unit_id, award_year, title, source, decision_id,
                    recorded_by, recorded_at, version)
                values ('INDIVIDUAL', ?, ?, 2026, 'GRASSROOTS_EMULATION_FIGHTER', 'DECISION', ?, 'tochuc', ?, 0)""",
                mai, unit, decision, AT);
        // The emulation thresholds an administrator stored for the Ninh Bình office's calendar (issue 14 §3).
        update("""
                insert into emulation_settings (calendar_id, advanced_worker_min_level, min_months_worked,
                    max_working_days_off, fighter_share_percent, fighter_share_rounding, provincial_fighter_chain,
                    national_fighter_chain, certificate_good_years, provincial_merit_excellent_years,
                    provincial_merit_initiatives, prime_minister_merit_excellent_years,
                    prime_minister_merit_initiatives, advanced_collective_percent, advanced_collective_more_than,
                    excellent_collective_percent, excellent_collective_more_than, collective_discipline_bar,
                    late_registration_blocks, title_vote_percent, title_vote_more_than, fighter_vote_percent,
                    fighter_vote_more_than, high_fighter_vote_percent, high_fighter_vote_more_than, version)
                select id, 'GOOD', 10, 40, 15, 'DOWN', 3, 2, 2, 2, 2, 5, 5, 50, true, 70, false, 'WARNING', true, 50,
                    true, 70, false, 90, false, 0
                from annual_calendar where code = 'NB-VP-UBND-ANNUAL'""");
        update("""
                insert into audit_entry (occurred_at, actor_username, actor_name, action, record_type, record_id,
                    subject_cadre_id, subject_disclosure)
                values (?, 'tochuc', 'Lê Văn Hùng', 'APPRAISAL_OPENED', 'APPRAISAL', ?, ?, 'NEVER')""", AT, appraisal,
                mai);
    }

    private long id(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private long insert(String sql, Object... params) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    private void update(String sql, Object... params) {
        assertThat(jdbc.sql(sql).params(params).update()).isEqualTo(1);
    }

    /** The session of each of the pool's connections, all borrowed at once so that none is counted twice. */
    private static List<Object> sessionsOfEveryPooledConnection(HikariDataSource pool) throws SQLException {
        List<Connection> borrowed = new ArrayList<>();
        List<Object> sessions = new ArrayList<>();
        try {
            for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
                Connection connection = pool.getConnection();
                borrowed.add(connection);
                sessions.add(session(connection));
            }
        } finally {
            for (Connection connection : borrowed) {
                connection.close();
            }
        }
        return sessions;
    }

    private static Object session(Connection connection) throws SQLException {
        String sql = isH2(connection) ? "select session_id()" : "select pg_backend_pid()";
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getObject(1);
        }
    }

    private static boolean isH2(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().equals("H2");
    }

    private long countOpen(List<Object> sessions) throws SQLException {
        boolean h2;
        try (Connection connection = dataSource.getConnection()) {
            h2 = isH2(connection);
        }
        String sql = h2 ? "select count(*) from information_schema.sessions where session_id in (:sessions)"
                : "select count(*) from pg_stat_activity where pid in (:sessions)";
        return jdbc.sql(sql).param("sessions", sessions).query(Long.class).single();
    }

    /**
     * The schema's check constraints with their table and one column they read. PostgreSQL before 18 also lists its
     * NOT NULL constraints as CHECK in table_constraints, but not in constraint_column_usage, so the join leaves them
     * out; from 18 on they are named …_not_null.
     */
    private List<CheckConstraint> checkConstraints() {
        return jdbc.sql("""
                        select tc.table_name, tc.constraint_name, min(ccu.column_name) as column_name
                        from information_schema.table_constraints tc
                        join information_schema.constraint_column_usage ccu
                          on ccu.constraint_schema = tc.constraint_schema and ccu.constraint_name = tc.constraint_name
                        where tc.constraint_type = 'CHECK' and tc.table_schema = current_schema()
                          and tc.constraint_name not like '%\\_not\\_null' escape '\\'
                        group by tc.table_name, tc.constraint_name
                        order by tc.table_name, tc.constraint_name""")
                .query((row, n) -> new CheckConstraint(row.getString(1), row.getString(2), row.getString(3)))
                .list();
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    record CheckConstraint(String table, String name, String column) {
    }

    /** Notes the database session of the connection Flyway migrated on, to show that it is among those retired. */
    static class MigrationSession implements Callback {

        volatile Object session;

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.AFTER_MIGRATE;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            try {
                session = session(context.getConnection());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public String getCallbackName() {
            return "migration-session";
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Migrations {

        @Bean
        MigrationSession migrationSession() {
            return new MigrationSession();
        }
    }
}
