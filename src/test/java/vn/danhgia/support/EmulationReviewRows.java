package vn.danhgia.support;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danhgia.organization.OrganizationQueries;

/**
 * Review meetings (họp bình xét) and their nominations written straight into the tables (V78), as the review part of
 * issue 14 leaves them, for the tests of what follows the meeting: the dossier, its documents and the decision. Also
 * removes everything emulation holds for a range of years, children first.
 */
public class EmulationReviewRows {

    private final JdbcClient jdbc;
    private final OrganizationQueries organization;

    public EmulationReviewRows(JdbcClient jdbc, OrganizationQueries organization) {
        this.jdbc = jdbc;
        this.organization = organization;
    }

    public long unit(String code) {
        return organization.unitByCode(code).orElseThrow().id().value();
    }

    public long cadre(String code) {
        return organization.cadreByCode(code).orElseThrow().id().value();
    }

    /** A review meeting of the unit for the year, closed on the day, with its record. */
    public long closedReview(String unitCode, int year, int councilMembers, String chair, String secretary,
                             String minutes) {
        OffsetDateTime closedAt = OffsetDateTime.of(year, 12, 12, 10, 0, 0, 0, ZoneOffset.ofHours(7));
        jdbc.sql("""
                        insert into emulation_review (unit_id, review_year, status, held_on, council_members, chair,
                            secretary, minutes, opened_by, opened_at, closed_by, closed_at, version)
                        values (:unit, :year, 'CLOSED', :held, :members, :chair, :secretary, :minutes, 'truongphong',
                            :opened, 'truongphong', :closed, 0)""")
                .param("unit", unit(unitCode)).param("year", year).param("held", closedAt.toLocalDate())
                .param("members", councilMembers).param("chair", chair).param("secretary", secretary)
                .param("minutes", minutes).param("opened", closedAt.minusHours(2)).param("closed", closedAt)
                .update();
        return reviewOf(unitCode, year);
    }

    /** A review meeting still open: nothing it chose counts yet. */
    public long openReview(String unitCode, int year) {
        jdbc.sql("""
                        insert into emulation_review (unit_id, review_year, status, opened_by, opened_at, version)
                        values (:unit, :year, 'OPEN', 'truongphong', :opened, 0)""")
                .param("unit", unit(unitCode)).param("year", year)
                .param("opened", OffsetDateTime.of(year, 12, 10, 9, 0, 0, 0, ZoneOffset.ofHours(7))).update();
        return reviewOf(unitCode, year);
    }

    public void close(long reviewId) {
        jdbc.sql("update emulation_review set status = 'CLOSED', closed_by = 'truongphong', closed_at = opened_at"
                + " where id = :id").param("id", reviewId).update();
    }

    /** A person nominated in the meeting with the council's vote and the outcome (CHOSEN, REFUSED, PENDING). */
    public long nominate(long reviewId, String cadreCode, String title, boolean eligible, Integer votesFor,
                         Integer votesAgainst, String outcome) {
        return nominate(reviewId, "INDIVIDUAL", cadre(cadreCode), title, eligible, votesFor, votesAgainst, outcome);
    }

    public long nominate(long reviewId, String holder, long subjectId, String title, boolean eligible,
                         Integer votesFor, Integer votesAgainst, String outcome) {
        jdbc.sql("""
                        insert into emulation_nomination (review_id, holder, subject_id, title, eligible, votes_for,
                            votes_against, outcome, version)
                        values (:review, :holder, :subject, :title, :eligible, :for, :against, :outcome, 0)""")
                .param("review", reviewId).param("holder", holder).param("subject", subjectId).param("title", title)
                .param("eligible", eligible).param("for", votesFor).param("against", votesAgainst)
                .param("outcome", outcome).update();
        return jdbc.sql("select id from emulation_nomination where review_id = :review and holder = :holder"
                        + " and subject_id = :subject and title = :title")
                .param("review", reviewId).param("holder", holder).param("subject", subjectId).param("title", title)
                .query(Long.class).single();
    }

    /** An initiative or research of the person on record, recognised at the level in the year. */
    public void achievement(String cadreCode, String unitCode, String kind, String name, String level, int year) {
        jdbc.sql("""
                        insert into emulation_achievement (holder, subject_id, unit_id, kind, name, recognition_level,
                            recognised_year, recorded_by, recorded_at, version)
                        values ('INDIVIDUAL', :subject, :unit, :kind, :name, :level, :year, 'tochuc', :at, 0)""")
                .param("subject", cadre(cadreCode)).param("unit", unit(unitCode)).param("kind", kind)
                .param("name", name).param("level", level).param("year", year)
                .param("at", OffsetDateTime.of(year, 6, 1, 9, 0, 0, 0, ZoneOffset.ofHours(7))).update();
    }

    /** A title of an earlier year, imported. */
    public void pastAward(String cadreCode, String unitCode, int year, String title) {
        jdbc.sql("""
                        insert into emulation_award (holder, subject_id, unit_id, award_year, title, source,
                            decision_ref, recorded_by, recorded_at, version)
                        values ('INDIVIDUAL', :subject, :unit, :year, :title, 'IMPORT', 'QĐ cũ', 'tochuc', :at, 0)""")
                .param("subject", cadre(cadreCode)).param("unit", unit(unitCode)).param("year", year)
                .param("title", title)
                .param("at", OffsetDateTime.of(year, 12, 30, 9, 0, 0, 0, ZoneOffset.ofHours(7))).update();
    }

    /** Removes the emulation records of the years, children before parents. */
    public void clean(int fromYear, int toYear) {
        jdbc.sql("delete from emulation_award where award_year between :from and :to or decision_id in"
                + " (select id from emulation_decision where decision_year between :from and :to)")
                .param("from", fromYear).param("to", toYear).update();
        jdbc.sql("delete from emulation_decision_item where decision_id in"
                + " (select id from emulation_decision where decision_year between :from and :to)")
                .param("from", fromYear).param("to", toYear).update();
        jdbc.sql("delete from emulation_dossier where dossier_year between :from and :to")
                .param("from", fromYear).param("to", toYear).update();
        jdbc.sql("delete from emulation_decision where decision_year between :from and :to")
                .param("from", fromYear).param("to", toYear).update();
        jdbc.sql("delete from emulation_nomination where review_id in"
                + " (select id from emulation_review where review_year between :from and :to)")
                .param("from", fromYear).param("to", toYear).update();
        jdbc.sql("delete from emulation_review where review_year between :from and :to")
                .param("from", fromYear).param("to", toYear).update();
        jdbc.sql("delete from emulation_achievement where recognised_year between :from and :to")
                .param("from", fromYear).param("to", toYear).update();
    }

    private long reviewOf(String unitCode, int year) {
        return jdbc.sql("select id from emulation_review where unit_id = :unit and review_year = :year")
                .param("unit", unit(unitCode)).param("year", year).query(Long.class).single();
    }
}
