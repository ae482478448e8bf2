package vn.danhgia.publication;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import vn.danhgia.decision.RatingFixture;
import vn.danhgia.decision.RatingStatus;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Announcement of Phòng Kinh tế's quarter I/2031 (seed 002 §4 Bước 6: "Thông báo công khai kết quả đánh giá, xếp
 * loại"; seed 000 §III.4 "thông báo kết quả đánh giá, xếp loại chất lượng hằng quý"), see {@link RatingFixture}.
 */
@DemoDataTest
class AnnouncementServiceTests {

    static final Quarter Q1 = new Quarter(2031, 1);

    @Autowired
    AnnouncementService announcements;

    @Autowired
    MutableClock clock;

    @Autowired
    TestActors actors;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    RatingFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new RatingFixture(context);
        clean();
        clock.setDate(LocalDate.of(2031, 3, 20));
    }

    @AfterEach
    void clean() {
        fixture.clean(Q1);
    }

    UnitAnnouncementView announceAs(Actor actor) {
        return TestActors.runAs(actor, () -> announcements.announce(fixture.unitId(), 2031, 1));
    }

    @Test
    void announcementIsRefusedWhileARatingIsProposedOrProposedUpwardsNamingWho() {
        long phong = fixture.decided("NB013", Q1, RatingLevel.GOOD);
        long mai = fixture.proposed("NB014", Q1, RatingLevel.GOOD);
        long bao = fixture.proposedUpward("NB015", Q1, RatingLevel.COMPLETED);

        assertThatThrownBy(() -> announceAs(actors.account("tochuc")))
                .isInstanceOfSatisfying(RuleRefusedException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("review.announcement.notAllDecided");
                    assertThat(refused.arguments()).containsExactly("Lương Thị Mai (NB014)", "Hà Quốc Bảo (NB015)");
                });
        assertThat(fixture.status(phong)).isEqualTo(RatingStatus.DECIDED);
        assertThat(fixture.status(mai)).isEqualTo(RatingStatus.PROPOSED);
        assertThat(fixture.status(bao)).isEqualTo(RatingStatus.PROPOSED_UPWARD);
        assertThat(notices()).isZero();
    }

    @Test
    void announcedRatingsAreLockedAuditedAndEachCadreIsNotified() {
        long phong = fixture.decided("NB013", Q1, RatingLevel.GOOD);
        long mai = fixture.decided("NB014", Q1, RatingLevel.EXCELLENT);
        fixture.decided("NB015", Q1, RatingLevel.COMPLETED);

        UnitAnnouncementView view = announceAs(actors.account("thamquyen"));

        assertThat(view.announced()).extracting(UnitAnnouncementView.AnnouncedRow::cadreCode)
                .containsExactly("NB013", "NB014", "NB015");
        assertThat(fixture.status(mai)).isEqualTo(RatingStatus.ANNOUNCED);
        long version = fixture.version(mai);
        assertThat(fixture.decideAgain(mai, RatingLevel.GOOD)).isInstanceOf(RuleRefusedException.class);
        assertThat(fixture.level(mai)).isEqualTo("EXCELLENT");
        assertThat(fixture.version(mai)).isEqualTo(version);
        // canbo (NB014) and truongphong (NB013) have accounts; NB015 has none, so no notice for him.
        assertThat(notices()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from notification n join user_account a on a.id = n.account_id"
                + " where a.username = 'canbo' and n.dedup_key = ?", Long.class,
                "RATING_ANNOUNCED:rating " + mai + ":account " + actors.account("canbo").accountId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'RATING_ANNOUNCED'"
                + " and record_id in (?, ?) and before_state like '%DECIDED%' and after_state like '%ANNOUNCED%'",
                Long.class, phong, mai)).isEqualTo(2);
        assertThatThrownBy(() -> announceAs(actors.account("tochuc")))
                .isInstanceOfSatisfying(RuleRefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("review.announcement.already"));
    }

    @Test
    void theUnitsCadresSeeTheAnnouncedListWithoutStatusesOfOthers() {
        fixture.decided("NB013", Q1, RatingLevel.GOOD);
        fixture.decided("NB014", Q1, RatingLevel.GOOD);
        Actor mai = actors.account("canbo");
        UnitAnnouncementView before = TestActors.runAs(mai,
                () -> announcements.announcement(fixture.unitId(), 2031, 1));
        assertThat(before.announced()).isEmpty();
        assertThat(before.pending()).isEmpty();
        assertThat(before.mayAnnounce()).isFalse();

        announceAs(actors.account("tochuc"));

        UnitAnnouncementView after = TestActors.runAs(mai,
                () -> announcements.announcement(fixture.unitId(), 2031, 1));
        assertThat(after.announced()).extracting(UnitAnnouncementView.AnnouncedRow::posts)
                .allSatisfy(posts -> assertThat(posts).isNotBlank());
        assertThat(after.announced().get(1).fullName()).isEqualTo("Lương Thị Mai");
        assertThat(after.announced().get(1).level()).isEqualTo(RatingLevel.GOOD);
        assertThat(TestActors.runAs(mai, announcements::myResults)).singleElement()
                .satisfies(result -> {
                    assertThat(result.status()).isEqualTo(RatingStatus.ANNOUNCED);
                    // Window of 15 days after 20/03/2031 (the seeds give none; shipped default of the scheme).
                    assertThat(result.lastComplaintDay()).isEqualTo(LocalDate.of(2031, 4, 4));
                    assertThat(result.mayComplain()).isTrue();
                });
    }

    @Test
    void onlyKeepersAnnounceOthersAreRefusedOrToldNothingExists() {
        long mai = fixture.decided("NB014", Q1, RatingLevel.GOOD);
        // The unit's head as such sees the unit but does not decide for it (truongphong's own account also holds the
        // authority over his deputies, seed 000 §III.1.2, and so may announce).
        assertThatThrownBy(() -> announceAs(actors.cadre("NB013", Role.UNIT_HEAD)))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> announceAs(actors.account("canbo"))).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> announceAs(actors.account("kiemtra"))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> announceAs(actors.cadre("NB036"))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> TestActors.runAs(actors.account("tochuc"),
                () -> announcements.announce(999999, 2031, 1))).isInstanceOf(RecordNotFoundException.class);
        assertThat(fixture.status(mai)).isEqualTo(RatingStatus.DECIDED);
    }

    long notices() {
        return jdbc.queryForObject("select count(*) from notification where message_key = 'notification.ratingAnnounced'"
                + " and dedup_key like 'RATING_ANNOUNCED:rating %' and account_id in"
                + " (select id from user_account where username in ('canbo', 'truongphong'))"
                + " and dedup_key in (select 'RATING_ANNOUNCED:rating ' || r.id || ':account ' || a.id"
                + " from quarter_rating r join user_account a on a.cadre_id = r.cadre_id"
                + " where r.period_year = 2031 and r.period_quarter = 1)", Long.class);
    }
}
