package vn.danhgia.annual.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danhgia.annual.KeyCadresConsolidation;
import vn.danhgia.annual.NewReviewMeeting;
import vn.danhgia.annual.ReviewItemStatus;
import vn.danhgia.annual.ReviewMeetingKind;
import vn.danhgia.annual.ReviewMeetingView;
import vn.danhgia.annual.ReviewMeetings;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.Actor;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Seed 003 §2.2–2.3 on the demo office (Văn phòng UBND tỉnh Ninh Bình), year 2094: the departments hold their review
 * meetings, then the key cadres' conference of the office's leadership collective consolidates their results, per
 * department the counts per proposed level and the list, so the head of the office decides on one page.
 */
@DemoDataTest
class KeyCadresConferenceTests {

    static final int YEAR = 2094;

    @Autowired
    ReviewMeetings meetings;

    @Autowired
    OrganizationQueries organization;

    @Autowired
    TestActors actors;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    Actor tochuc;

    @BeforeEach
    void setUp() {
        clock.setDate(LocalDate.of(YEAR, 12, 10));
        tochuc = actors.account("tochuc");
        WardCell.clean(jdbc, YEAR);
    }

    @AfterEach
    void clean() {
        WardCell.clean(jdbc, YEAR);
    }

    ReviewMeetingView open(String unitCode, ReviewMeetingKind kind) {
        long unit = organization.unitByCode(unitCode).orElseThrow().id().value();
        return TestActors.runAs(tochuc, () -> meetings.open(new NewReviewMeeting(unit, YEAR, kind,
                LocalDate.of(YEAR, 12, 12), "Phòng họp số 1", null, null)));
    }

    @Test
    void theConferenceCountsEachDepartmentsProposalsAndListsThem() {
        ReviewMeetingView economy = open("VPUB-NB.KT", ReviewMeetingKind.DEPARTMENT);
        assertThat(economy.items()).isNotEmpty().allSatisfy(item -> assertThat(item.collective()).isFalse());
        for (ReviewMeetingView.Item item : economy.items()) {
            ReviewMeetingView current = economy;
            int present = (int) current.presentVotingMembers();
            ReviewMeetingView voted = TestActors.runAs(tochuc, () -> meetings.recordVote(current.id(),
                    current.version(), item.id(), Map.of(RatingLevel.GOOD, present)));
            economy = TestActors.runAs(tochuc, () -> meetings.closeItem(voted.id(), voted.version(), item.id()));
        }
        ReviewMeetingView general = open("VPUB-NB.TH", ReviewMeetingKind.DEPARTMENT);
        ReviewMeetingView conference = open("VPUB-NB.LD", ReviewMeetingKind.KEY_CADRES);

        KeyCadresConsolidation consolidation = TestActors.runAs(tochuc,
                () -> meetings.consolidation(conference.id()));

        KeyCadresConsolidation.Department kt = consolidation.departments().stream()
                .filter(d -> d.meetingId() == economyId(consolidation, "Phòng Kinh tế")).findFirst().orElseThrow();
        assertThat(kt.count(RatingLevel.GOOD)).isEqualTo(economy.items().size());
        assertThat(kt.withoutLevel()).isZero();
        assertThat(kt.lines()).allSatisfy(line -> {
            assertThat(line.status()).isEqualTo(ReviewItemStatus.CLOSED);
            assertThat(line.level()).contains(RatingLevel.GOOD);
        });
        KeyCadresConsolidation.Department th = consolidation.departments().stream()
                .filter(d -> d.meetingId() == general.id()).findFirst().orElseThrow();
        assertThat(th.withoutLevel()).isEqualTo(general.items().size());
        assertThat(consolidation.total(RatingLevel.GOOD)).isEqualTo(economy.items().size());
        // Seed 003 §2.3: Ban cán sự đảng, Đảng ủy các cơ quan tỉnh and Sở Nội vụ must attend the conference.
        assertThat(conference.missingSuperiors()).hasSize(3);
    }

    private static long economyId(KeyCadresConsolidation consolidation, String name) {
        return consolidation.departments().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow()
                .meetingId();
    }
}
