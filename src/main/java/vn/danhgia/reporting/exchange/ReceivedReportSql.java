package vn.danhgia.reporting.exchange;

import static vn.danhgia.reporting.exchange.UpwardReport.YEAR;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.danhgia.scheme.Quarter;

/**
 * The received reports' tables: one report per sending body and period, with its units and rows; a year's report is
 * stored as quarter 0 of its year with its counts per track and unit.
 */
@Repository
class ReceivedReportSql {

    private static final String SUMMARY = """
            select id, sender_code, sender_name, period_kind, period_year, period_quarter, generated_at, generated_by, not_announced, excellent, good,
                   completed, not_completed, total, rows_sha256, imported_by, imported_at, version
            from received_report""";

    /** A stored report with the version its header carries, for replacing it. */
    record Stored(ReceivedReportSummary summary, long version) {
    }

    private final JdbcTemplate jdbc;

    ReceivedReportSql(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The column value of the report's period: its quarter, or 0 for a year. */
    static int quarterColumn(UpwardReport.Period period) {
        return YEAR.equals(period.kind()) ? 0 : period.quarter();
    }

    Optional<Stored> find(String senderCode, int year, int quarter) {
        return jdbc.query(SUMMARY + " where sender_code = ? and period_year = ? and period_quarter = ?",
                (rs, row) -> new Stored(summary(rs), rs.getLong("version")), senderCode, year, quarter)
                .stream().findFirst();
    }

    /** The reports received for the quarter, by the sending body's code. */
    List<ReceivedReportSummary> ofQuarter(Quarter quarter) {
        return jdbc.query(SUMMARY + " where period_kind = 'QUARTER' and period_year = ? and period_quarter = ?"
                + " order by sender_code", (rs, row) -> summary(rs), quarter.year(), quarter.number());
    }

    /** The years' reports received for the year, by the sending body's code. */
    List<ReceivedReportSummary> ofYear(int year) {
        return jdbc.query(SUMMARY + " where period_kind = 'YEAR' and period_year = ? order by sender_code",
                (rs, row) -> summary(rs), year);
    }

    /** The year's counts per track over every body's report of the year, in the track's order. */
    List<UpwardReport.TrackCounts> trackTotals(int year) {
        return jdbc.query("""
                select t.track, sum(t.excellent) as excellent, sum(t.good) as good, sum(t.completed) as completed,
                       sum(t.not_completed) as not_completed, sum(t.total) as total
                from received_report_track_unit t join received_report r on r.id = t.report_id
                where r.period_kind = 'YEAR' and r.period_year = ?
                group by t.track order by t.track""", (rs, row) -> new UpwardReport.TrackCounts(rs.getString("track"),
                List.of(), new UpwardReport.LevelCounts(rs.getLong("excellent"), rs.getLong("good"),
                        rs.getLong("completed"), rs.getLong("not_completed"), rs.getLong("total"))), year);
    }

    long insert(UpwardReport report, String importedBy, Instant importedAt) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("""
                    insert into received_report (sender_code, sender_name, period_year, period_quarter,
                        format_version, generated_at, generated_by, not_announced, note, excellent, good, completed,
                        not_completed, total, rows_sha256, imported_by, imported_at, period_kind, version)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", new String[] {"id"});
            insert.setString(1, report.sender().code());
            insert.setString(2, report.sender().name());
            insert.setInt(3, report.period().year());
            insert.setInt(4, quarterColumn(report.period()));
            int next = header(insert, 5, report, importedBy, importedAt);
            insert.setString(next, report.yearly() ? YEAR : UpwardReport.QUARTER);
            return insert;
        }, key);
        long id = key.getKey().longValue();
        insertContent(id, report);
        return id;
    }

    /** Puts the newer report in place of the stored one; a concurrent change of the same report is refused. */
    void replace(Stored stored, UpwardReport report, String importedBy, Instant importedAt) {
        long id = stored.summary().id();
        int updated = jdbc.update(connection -> {
            var update = connection.prepareStatement("""
                    update received_report set sender_name = ?, format_version = ?, generated_at = ?,
                        generated_by = ?, not_announced = ?, note = ?, excellent = ?, good = ?, completed = ?,
                        not_completed = ?, total = ?, rows_sha256 = ?, imported_by = ?, imported_at = ?,
                        version = version + 1
                    where id = ? and version = ?""");
            update.setString(1, report.sender().name());
            int next = header(update, 2, report, importedBy, importedAt);
            update.setLong(next, id);
            update.setLong(next + 1, stored.version());
            return update;
        });
        if (updated != 1) {
            throw new OptimisticLockingFailureException("received_report " + id + " changed meanwhile");
        }
        jdbc.update("delete from received_report_row where report_id = ?", id);
        jdbc.update("delete from received_report_unit where report_id = ?", id);
        jdbc.update("delete from received_report_track_unit where report_id = ?", id);
        insertContent(id, report);
    }

    /** Sets the header's columns from format_version to imported_at, from {@code first}; returns the next index. */
    private static int header(PreparedStatement statement, int first, UpwardReport report,
                              String importedBy, Instant importedAt) throws SQLException {
        int i = first;
        statement.setInt(i++, report.version());
        statement.setObject(i++, OffsetDateTime.ofInstant(report.generatedAt(), ZoneOffset.UTC));
        statement.setString(i++, report.generatedBy() == null ? null : report.generatedBy().name());
        statement.setInt(i++, report.notYetAnnounced());
        statement.setString(i++, report.note());
        UpwardReport.LevelCounts totals = report.totals();
        statement.setLong(i++, totals.excellent());
        statement.setLong(i++, totals.good());
        statement.setLong(i++, totals.completed());
        statement.setLong(i++, totals.notCompleted());
        statement.setLong(i++, totals.total());
        statement.setString(i++, report.rowsSha256());
        statement.setString(i++, importedBy);
        statement.setObject(i++, OffsetDateTime.ofInstant(importedAt, ZoneOffset.UTC));
        return i;
    }

    private void insertContent(long id, UpwardReport report) {
        int[] unitOrder = {0};
        jdbc.batchUpdate("""
                insert into received_report_unit (report_id, sort_order, unit_code, unit_name, excellent, good,
                    completed, not_completed, total) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", report.units(), 500,
                (statement, unit) -> {
                    UpwardReport.LevelCounts counts = unit.counts();
                    statement.setLong(1, id);
                    statement.setInt(2, unitOrder[0]++);
                    statement.setString(3, unit.code());
                    statement.setString(4, unit.name());
                    statement.setLong(5, counts.excellent());
                    statement.setLong(6, counts.good());
                    statement.setLong(7, counts.completed());
                    statement.setLong(8, counts.notCompleted());
                    statement.setLong(9, counts.total());
                });
        int[] rowOrder = {0};
        jdbc.batchUpdate("""
                insert into received_report_row (report_id, sort_order, cadre_code, full_name, position_title,
                    unit_code, unit_name, self_proposed_level, decided_level, note)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", report.rows(), 500, (statement, row) -> {
                    statement.setLong(1, id);
                    statement.setInt(2, rowOrder[0]++);
                    statement.setString(3, row.cadreCode());
                    statement.setString(4, row.fullName());
                    statement.setString(5, row.position());
                    statement.setString(6, row.unitCode());
                    statement.setString(7, row.unitName());
                    statement.setString(8, row.selfProposedLevel());
                    statement.setString(9, row.level());
                    statement.setString(10, row.note());
                });
        if (report.tracks() == null) {
            return;
        }
        record TrackUnit(String track, UpwardReport.UnitCounts unit) {
        }
        List<TrackUnit> trackUnits = report.tracks().stream()
                .flatMap(track -> track.units().stream().map(unit -> new TrackUnit(track.track(), unit))).toList();
        int[] trackOrder = {0};
        jdbc.batchUpdate("""
                insert into received_report_track_unit (report_id, sort_order, track, unit_code, unit_name, excellent,
                    good, completed, not_completed, total) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", trackUnits, 500,
                (statement, trackUnit) -> {
                    UpwardReport.LevelCounts counts = trackUnit.unit().counts();
                    statement.setLong(1, id);
                    statement.setInt(2, trackOrder[0]++);
                    statement.setString(3, trackUnit.track());
                    statement.setString(4, trackUnit.unit().code());
                    statement.setString(5, trackUnit.unit().name());
                    statement.setLong(6, counts.excellent());
                    statement.setLong(7, counts.good());
                    statement.setLong(8, counts.completed());
                    statement.setLong(9, counts.notCompleted());
                    statement.setLong(10, counts.total());
                });
    }

    private static ReceivedReportSummary summary(ResultSet rs) throws SQLException {
        boolean year = YEAR.equals(rs.getString("period_kind"));
        return new ReceivedReportSummary(rs.getLong("id"), rs.getString("sender_code"), rs.getString("sender_name"),
                year ? null : new Quarter(rs.getInt("period_year"), rs.getInt("period_quarter")), rs.getObject("generated_at", OffsetDateTime.class).toInstant(), rs.getString("generated_by"),
                rs.getInt("not_announced"), new UpwardReport.LevelCounts(rs.getLong("excellent"), rs.getLong("good"),
                        rs.getLong("completed"), rs.getLong("not_completed"), rs.getLong("total")),
                rs.getString("rows_sha256"), rs.getString("imported_by"),
                rs.getObject("imported_at", OffsetDateTime.class).toInstant(), rs.getInt("period_year"));
    }
}
