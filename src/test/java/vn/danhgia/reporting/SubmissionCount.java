package vn.danhgia.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danhgia.scheme.Quarter;

/**
 * The counting after a run (issue 15 §1, §5): every cadre whose submission a user saw go through (or the baseline
 * wrote) has exactly one self-assessment for the quarter, SUBMITTED, with its time, its total and the edit it was
 * submitted with, and exactly one submit entry in the audit trail; every other one is still a DRAFT with no submit
 * entry; no cadre has two; the unit head was told of each. What is off is returned, one line each.
 */
final class SubmissionCount {

    private final JdbcTemplate jdbc;
    private final Quarter quarter;
    private final String prefix;

    SubmissionCount(JdbcTemplate jdbc, Quarter quarter, String prefix) {
        this.jdbc = jdbc;
        this.quarter = quarter;
        this.prefix = prefix;
    }

    List<String> check(Set<Long> submittedByUsers, Set<Long> overHttp, Set<Long> gaveUp, List<String> lines) {
        List<Row> rows = jdbc.query("""
                select s.cadre_id, s.status, s.submitted_at is not null, s.submitted_total is not null,
                       (select count(*) from self_assessment_task t where t.assessment_id = s.id),
                       (select count(*) from self_assessment_task t where t.assessment_id = s.id
                          and t.done_quantity = 0),
                       s.self_comment is not null,
                       (select count(*) from audit_entry a where a.record_type = 'SELF_ASSESSMENT'
                          and a.record_id = s.id and a.action like 'SELF_ASSESSMENT_SUBMITTED%')
                from self_assessment s join org_cadre c on c.id = s.cadre_id
                where s.period_year = ? and s.period_quarter = ? and c.code like ?""",
                (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4), rs.getInt(5),
                        rs.getInt(6), rs.getBoolean(7), rs.getInt(8)),
                quarter.year(), quarter.number(), prefix + "-0%");
        long cadres = rows.stream().mapToLong(Row::cadre).distinct().count();
        long submitted = rows.stream().filter(Row::isSubmitted).count();
        long drafts = rows.stream().filter(r -> r.status().equals("DRAFT")).count();
        Set<Long> stored = new java.util.HashSet<>();
        rows.stream().filter(Row::isSubmitted).forEach(r -> stored.add(r.cadre()));
        long lost = submittedByUsers.stream().filter(cadre -> !stored.contains(cadre)).count();
        long unclaimed = rows.stream().filter(r -> r.isSubmitted() && !submittedByUsers.contains(r.cadre())
                && !gaveUp.contains(r.cadre())).count();
        long landedAfterGivingUp = rows.stream().filter(r -> r.isSubmitted() && gaveUp.contains(r.cadre())).count();
        long notSubmitted = gaveUp.size() - landedAfterGivingUp;
        long halfSubmitted = rows.stream().filter(r -> r.isSubmitted()
                && (!r.hasTime() || !r.hasTotal() || r.undoneTasks() > 0 || !r.commented())).count();
        long halfDrafts = rows.stream().filter(r -> !r.isSubmitted() && (r.hasTime() || r.hasTotal())).count();
        int tasksMin = rows.stream().mapToInt(Row::tasks).min().orElse(0);
        int tasksMax = rows.stream().mapToInt(Row::tasks).max().orElse(0);
        long auditOff = rows.stream().filter(r -> r.submitEntries() != (r.isSubmitted() ? 1 : 0)).count();
        lines.add(String.format(Locale.ROOT, "  counted: %,d self-assessments of %,d cadres: %,d submitted (%,d"
                        + " expected), %,d drafts; lost %d, duplicated %d, submitted by nobody %d, half-written %d,"
                        + " audit off %d, given up %d (of which landed %d); task rows per sheet %d..%d", rows.size(),
                cadres, submitted, submittedByUsers.size(), drafts, lost, rows.size() - cadres, unclaimed,
                halfSubmitted + halfDrafts, auditOff, gaveUp.size(), landedAfterGivingUp, tasksMin, tasksMax));
        // The unit head is told of each submission over HTTP (StepNotices, after the commit, in a transaction of its
        // own; the baseline writes no notice); a department head's own goes to the agency's head, who has no account.
        Set<Long> told = new java.util.HashSet<>(jdbc.queryForList("""
                select s.cadre_id from self_assessment s join org_cadre c on c.id = s.cadre_id
                where s.period_year = ? and s.period_quarter = ? and c.code like ?
                  and (exists (select 1 from notification n where n.link = '/assessment/self-assessments/' || s.id)
                       or exists (select 1 from org_appointment a join org_position p on p.id = a.position_id
                                  where a.cadre_id = s.cadre_id and p.position_rank = 'HEAD'
                                    and a.kind <> 'CONCURRENT'))""", Long.class,
                quarter.year(), quarter.number(), prefix + "-0%"));
        long untold = overHttp.stream().filter(cadre -> !told.contains(cadre)).count();
        lines.add(String.format(Locale.ROOT, "  notices: %,d of the %,d submissions over HTTP left their unit head"
                + " untold", untold, overHttp.size()));
        List<String> failures = new ArrayList<>();
        failIf(failures, untold, "submissions whose unit head was never told (the notice was lost)");
        failIf(failures, lost, "submissions the users saw go through but not stored");
        failIf(failures, rows.size() - cadres, "cadres with more than one self-assessment");
        failIf(failures, unclaimed, "submitted self-assessments nobody submitted");
        failIf(failures, halfSubmitted + halfDrafts, "half-written self-assessments");
        failIf(failures, auditOff, "self-assessments without exactly one submit entry (or with one as drafts)");
        failIf(failures, notSubmitted, "cadres whose user gave up");
        failIf(failures, tasksMin == tasksMax ? 0 : 1, "sheets with a different number of task rows");
        return failures;
    }

    private static void failIf(List<String> failures, long count, String what) {
        if (count != 0) {
            failures.add(count + " " + what);
        }
    }

    private record Row(long cadre, String status, boolean hasTime, boolean hasTotal, int tasks, int undoneTasks,
                       boolean commented, int submitEntries) {

        boolean isSubmitted() {
            return status.equals("SUBMITTED");
        }
    }
}
