package vn.danhgia.annual;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danhgia.decision.RatingStatus;
import vn.danhgia.platform.Actor;
import vn.danhgia.publication.ComplaintService;
import vn.danhgia.publication.ComplaintView;
import vn.danhgia.publication.RatingKind;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Issue 13 §7, the yearly announcement: each rated person is told their level and the last day to complain, once per
 * rating. Phòng Kinh tế's year 2048: Lương Thị Mai (NB014, canbo) rated COMPLETED, complains, is rated again GOOD;
 * announced 14/12/2048 under the scheme's window of 15 days.
 */
@DemoDataTest
class YearlyRatingNoticesTests {

    static final int YEAR = 2048;

    @Autowired
    YearlyRatings ratings;
    @Autowired
    MutableClock clock;
    @Autowired
    TestActors actors;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    ApplicationEventPublisher events;

    YearlyRatingFixture fixture;
    @Autowired
    ComplaintService complaints;

    Actor authority;

    @BeforeEach
    void setUp() {
        fixture = new YearlyRatingFixture(context);
        clean();
        authority = actors.account("thamquyen");
        clock.setDate(java.time.LocalDate.of(YEAR, 12, 14));
        fixture.quarters("NB014", YEAR, RatingLevel.GOOD, RatingLevel.EXCELLENT, RatingLevel.GOOD);
        TestActors.runAs(actors.account("tochuc"), () -> ratings.gather(fixture.unit(), YEAR));
    }

    @AfterEach
    void clean() {
        jdbc.update("delete from notification where message_key like 'notification.yearlyRatingAnnounced.%'"
                + " and arguments like ?", YEAR + "\n%");
        fixture.clean(YEAR);
    }

    YearlyRatingView rating(String code, YearlyTrack track) {
        long cadre = fixture.cadre(code);
        return TestActors.runAs(authority, () -> ratings.board(fixture.unit(), YEAR)).ratings().stream()
                .filter(r -> r.track() == track && r.cadreId() != null && r.cadreId() == cadre
                        && r.status() != RatingStatus.CANCELLED)
                .findFirst().orElseThrow();
    }

    YearlyRatingView collective() {
        return TestActors.runAs(authority, () -> ratings.board(fixture.unit(), YEAR)).ratings().stream()
                .filter(r -> r.track() == YearlyTrack.COLLECTIVE).findFirst().orElseThrow();
    }

    YearlyRatingView decide(YearlyRatingView rating, RatingLevel level) {
        return TestActors.runAs(authority, () -> ratings.decide(rating.id(), rating.version(), level, null));
    }

    List<Map<String, Object>> notices() {
        return jdbc.queryForList("""
                select ua.username, n.message_key, n.arguments, n.link from notification n
                join user_account ua on ua.id = n.account_id
                where n.dedup_key like 'YEARLY_RATING_ANNOUNCED:%' and n.arguments like ? order by n.id""",
                YEAR + "\n%");
    }

    @Test
    void eachRatedPersonIsToldTheirLevelAndTheLastDayToComplainOncePerRating() {
        decide(collective(), RatingLevel.GOOD);
        YearlyRatingView mai = decide(rating("NB014", YearlyTrack.STATE), RatingLevel.COMPLETED);
        TestActors.runAs(authority, () -> ratings.announce(fixture.unit(), YEAR));

        // The collective tells nobody; Mai learns her level and the window's last day, 14/12 + 15 days.
        assertThat(notices()).singleElement().satisfies(notice -> {
            assertThat(notice.get("username")).isEqualTo("canbo");
            assertThat(notice.get("message_key")).isEqualTo("notification.yearlyRatingAnnounced.STATE.COMPLETED");
            assertThat(notice.get("arguments")).isEqualTo(YEAR + "\n29/12/" + YEAR + "\nLương Thị Mai");
            assertThat(notice.get("link")).isEqualTo("/annual/history/" + fixture.cadre("NB014"));
        });

        // The same announcement told again tells nobody again.
        events.publishEvent(new YearlyRatingsAnnounced(fixture.unit(), YEAR, List.of(mai.id(), collective().id())));
        assertThat(notices()).hasSize(1);

        // Upheld complaint: the replacement, decided and announced on 20/12, is told to Mai alone, with its new window.
        ComplaintView complaint = TestActors.runAs(actors.account("canbo"), () -> complaints.file(RatingKind.YEARLY,
                mai.id(), "Tôi đã hoàn thành vượt mức nhiệm vụ năm."));
        Actor kiemtra = actors.account("kiemtra");
        ComplaintView assigned = TestActors.runAs(kiemtra, () -> complaints.assign(complaint.id(),
                complaint.version(), fixture.cadre("NB003")));
        TestActors.runAs(kiemtra, () -> complaints.answer(assigned.id(), assigned.version(), true, "Xếp loại lại."));
        clock.setDate(java.time.LocalDate.of(YEAR, 12, 20));
        decide(rating("NB014", YearlyTrack.STATE), RatingLevel.GOOD);
        TestActors.runAs(authority, () -> ratings.announce(fixture.unit(), YEAR));
        assertThat(notices()).extracting(notice -> notice.get("message_key"), notice -> notice.get("arguments"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("notification.yearlyRatingAnnounced.STATE.COMPLETED",
                                YEAR + "\n29/12/" + YEAR + "\nLương Thị Mai"),
                        org.assertj.core.groups.Tuple.tuple("notification.yearlyRatingAnnounced.STATE.GOOD",
                                YEAR + "\n04/01/" + (YEAR + 1) + "\nLương Thị Mai"));
    }
}
