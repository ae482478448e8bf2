package vn.danhgia.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danhgia.decision.RatingStatus;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.decision.RatingPeriod;
import vn.danhgia.publication.ComplaintService;
import vn.danhgia.publication.ComplaintStatus;
import vn.danhgia.publication.ComplaintView;
import vn.danhgia.publication.RatingKind;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Phòng Kinh tế's year 2095: the quarters gathered, the suggestion with its reasons, the authority's decision (Chánh
 * Văn phòng, thamquyen) under the seeds' rules, announcement, a complaint by Lương Thị Mai through the one complaint
 * workflow (the inspection committee, kiemtra, answers), lock, and the history.
 */
@DemoDataTest
class YearlyRatingServiceTests {

    static final int YEAR = YearlyRatingFixture.YEAR;

    @Autowired
    YearlyRatings ratings;

    @Autowired
    MutableClock clock;

    @Autowired
    ComplaintService complaints;

    @Autowired
    TestActors actors;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    YearlyRatingFixture fixture;
    Actor authority;
    Actor personnel;

    @BeforeEach
    void setUp() {
        fixture = new YearlyRatingFixture(context);
        fixture.clean(YEAR);
        authority = actors.account("thamquyen");
        personnel = actors.account("tochuc");
        clock.setDate(YearlyRatingFixture.day(12, 14));
        fixture.quarters("NB013", YEAR, RatingLevel.GOOD, RatingLevel.GOOD, RatingLevel.EXCELLENT);
        fixture.quarters("NB014", YEAR, RatingLevel.GOOD, RatingLevel.EXCELLENT, RatingLevel.GOOD);
        fixture.quarters("NB015", YEAR, RatingLevel.EXCELLENT, RatingLevel.EXCELLENT, RatingLevel.NOT_COMPLETED);
        // The quarters' submitted self-assessments: the year's points are their mean under Nghị định 335.
        for (int quarter = 1; quarter <= 3; quarter++) {
            fixture.submitted("NB013", YEAR, quarter, "85", 4, 1, 0);
            fixture.submitted("NB014", YEAR, quarter, "85", 4, 1, 0);
            fixture.submitted("NB015", YEAR, quarter, "92", 4, 1, 0);
        }
        TestActors.runAs(personnel, () -> ratings.gather(fixture.unit(), YEAR));
    }

    @AfterEach
    void clean() {
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

    YearlyRatingView decide(YearlyRatingView rating, RatingLevel level, String reason) {
        return TestActors.runAs(authority, () -> ratings.decide(rating.id(), rating.version(), level, reason));
    }

    @Test
    void gatheringTakesTheYearsQuartersAndExplainsTheSuggestion() {
        YearlyBoard board = TestActors.runAs(authority, () -> ratings.board(fixture.unit(), YEAR));
        // The collective, three civil servants, three party members.
        assertThat(board.ratings()).hasSize(7);
        YearlyRatingView mai = rating("NB014", YearlyTrack.STATE);
        assertThat(mai.quarterLevels()).isEqualTo("Q1=GOOD;Q2=EXCELLENT;Q3=GOOD");
        assertThat(mai.suggestedLevel()).isEqualTo(RatingLevel.GOOD);
        assertThat(mai.facts().points()).isEqualByComparingTo("85");
        assertThat(mai.facts().pointsSource()).isEqualTo(FactSource.QUARTERS);
        assertThat(mai.suggestionReasons()).extracting(YearlyReason::messageKey).containsExactly(
                "rule.annual-legal-basis", "rule.points-band", "annual.rating.reason.excellentQuarters");
        // Seed 002 §5: one NOT_COMPLETED quarter rules out EXCELLENT for the year, however many EXCELLENT quarters
        // and points (92).
        YearlyRatingView bao = rating("NB015", YearlyTrack.STATE);
        assertThat(bao.suggestedLevel()).isEqualTo(RatingLevel.GOOD);
        assertThat(bao.suggestionReasons()).extracting(YearlyReason::messageKey)
                .contains("rule.year-quarter-not-completed");
        // Gathering again adds nothing.
        assertThat(TestActors.runAs(personnel, () -> ratings.gather(fixture.unit(), YEAR)).ratings()).hasSize(7);
        assertThat(audit(mai.id())).containsExactly("YEARLY_RATING_GATHERED");
    }

    @Test
    void headIsDecidedAfterTheCollectiveAndNeverAboveIt() {
        // Seed 004 §VII.2: "không cao hơn mức xếp loại của tập thể"; the collective comes first (seed 003 §I.2).
        YearlyRatingView phong = rating("NB013", YearlyTrack.STATE);
        assertThatThrownBy(() -> decide(phong, RatingLevel.GOOD, null)).isInstanceOfSatisfying(
                RuleRefusedException.class, refused ->
                        assertThat(refused.messageKey()).isEqualTo("annual.rating.refusal.collectiveFirst"));
        decide(collective(), RatingLevel.GOOD, null);
        assertThatThrownBy(() -> decide(rating("NB013", YearlyTrack.STATE), RatingLevel.EXCELLENT, "Vượt 40%"))
                .isInstanceOfSatisfying(RuleRefusedException.class, refused ->
                        assertThat(refused.messageKey()).isEqualTo("annual.rating.refusal.headAboveCollective"));
        YearlyRatingView decided = decide(rating("NB013", YearlyTrack.STATE), RatingLevel.GOOD, null);
        assertThat(decided.decidedLevel()).isEqualTo(RatingLevel.GOOD);
        assertThat(decided.capLevel()).isEqualTo(RatingLevel.GOOD);
        assertThat(audit(decided.id())).endsWith("YEARLY_RATING_DECIDED");
    }

    @Test
    void aLevelAboveTheSuggestionNeedsAWrittenReason() {
        YearlyRatingView mai = rating("NB014", YearlyTrack.STATE);
        assertThatThrownBy(() -> decide(mai, RatingLevel.EXCELLENT, "  ")).isInstanceOfSatisfying(
                InvalidInputException.class, invalid -> {
                    assertThat(invalid.violations().get(0).field()).isEqualTo("reason");
                    assertThat(invalid.violations().get(0).messageKey())
                            .isEqualTo("annual.rating.reasonRequiredAboveSuggestion");
                });
        assertThat(rating("NB014", YearlyTrack.STATE).status()).isEqualTo(RatingStatus.GATHERED);
        assertThat(decide(mai, RatingLevel.EXCELLENT, "Chủ trì đề án được UBND tỉnh công nhận").decidedLevel())
                .isEqualTo(RatingLevel.EXCELLENT);
    }

    @Test
    void smallUnitHasOneExcellentPlaceAndTheSecondIsRefused() {
        // Three leaders, all GOOD or better: one EXCELLENT (seed 000 §III.3.1, "được chọn 01").
        decide(rating("NB014", YearlyTrack.STATE), RatingLevel.EXCELLENT, "Chủ trì đề án");
        assertThatThrownBy(() -> decide(rating("NB015", YearlyTrack.STATE), RatingLevel.EXCELLENT, "Vượt mức"))
                .isInstanceOfSatisfying(RuleRefusedException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("annual.rating.refusal.quotaFull");
                    assertThat(refused.arguments()).containsSubsequence(1);
                });
    }

    @Test
    void partyLevelRestsOnTheWorkplaceProposalUntilItIsDecided() {
        YearlyRatingView party = rating("NB014", YearlyTrack.PARTY);
        // Seed 003 §I.2: the civil-servant rating first; without even a proposal there is nothing to rest on.
        assertThatThrownBy(() -> decide(party, RatingLevel.GOOD, null)).isInstanceOfSatisfying(
                RuleRefusedException.class, refused ->
                        assertThat(refused.messageKey()).isEqualTo("annual.rating.refusal.stateFirst"));
        YearlyRatingView state = rating("NB014", YearlyTrack.STATE);
        TestActors.runAs(actors.account("truongphong"), () -> ratings.propose(state.id(), state.version(),
                RatingLevel.GOOD, "Đề xuất của Phòng Kinh tế"));
        // Seed 004 §VII.1: "căn cứ mức xếp loại do cơ quan, đơn vị nơi công tác đề xuất".
        YearlyRatingView provisional = decide(rating("NB014", YearlyTrack.PARTY), RatingLevel.GOOD, null);
        assertThat(provisional.provisional()).isTrue();
        assertThat(provisional.restingOnLevel()).isEqualTo(RatingLevel.GOOD);
        decide(rating("NB014", YearlyTrack.STATE), RatingLevel.GOOD, null);
        YearlyRatingView confirmed = rating("NB014", YearlyTrack.PARTY);
        assertThat(confirmed.provisional()).isFalse();
        assertThat(confirmed.decidedLevel()).isEqualTo(RatingLevel.GOOD);
        assertThat(audit(confirmed.id())).endsWith("YEARLY_RATING_DECIDED", "YEARLY_RATING_CONFIRMED");
    }

    @Test
    void partyLevelIsReopenedWhenTheWorkplaceDecidesOtherwise() {
        YearlyRatingView state = rating("NB015", YearlyTrack.STATE);
        TestActors.runAs(actors.account("truongphong"), () -> ratings.propose(state.id(), state.version(),
                RatingLevel.GOOD, null));
        decide(rating("NB015", YearlyTrack.PARTY), RatingLevel.GOOD, null);
        decide(rating("NB015", YearlyTrack.STATE), RatingLevel.COMPLETED, null);
        YearlyRatingView party = rating("NB015", YearlyTrack.PARTY);
        assertThat(party.status()).isEqualTo(RatingStatus.GATHERED);
        assertThat(party.decidedLevel()).isNull();
        assertThat(audit(party.id())).endsWith("YEARLY_RATING_REOPENED");
    }

    @Test
    void onlyTheAnnualAuthorityDecides() {
        YearlyRatingView mai = rating("NB014", YearlyTrack.STATE);
        // Trưởng phòng Kinh tế holds the AUTHORITY role, but for units below his own, not his own department.
        assertThatThrownBy(() -> TestActors.runAs(actors.account("truongphong"), () -> ratings.decide(mai.id(),
                mai.version(), RatingLevel.GOOD, null))).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> TestActors.runAs(actors.account("canbo"), () -> ratings.propose(mai.id(),
                mai.version(), RatingLevel.EXCELLENT, null))).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void announcedComplainedUpheldReRatedThenLockedAfterTheWindow() {
        decide(collective(), RatingLevel.GOOD, null);
        YearlyRatingView mai = decide(rating("NB014", YearlyTrack.STATE), RatingLevel.COMPLETED, null);
        assertThat(TestActors.runAs(authority, () -> ratings.announce(fixture.unit(), YEAR))).isEqualTo(2);
        Actor canbo = actors.account("canbo");
        YearlyRatingView announced = TestActors.runAs(canbo, () -> ratings.get(mai.id()));
        assertThat(announced.status()).isEqualTo(RatingStatus.ANNOUNCED);
        // Announced 14/12/2095 with the scheme's window of 15 days: in time until 29/12/2095.
        assertThat(announced.lastComplaintDay()).isEqualTo(YearlyRatingFixture.day(12, 29));
        // Read-only once announced.
        assertThatThrownBy(() -> decide(announced, RatingLevel.GOOD, null)).isInstanceOfSatisfying(
                RuleRefusedException.class, refused ->
                        assertThat(refused.messageKey()).isEqualTo("annual.rating.refusal.readOnly"));
        assertThatThrownBy(() -> TestActors.runAs(authority, () -> ratings.lock(fixture.unit(), YEAR)))
                .isInstanceOfSatisfying(RuleRefusedException.class, refused ->
                        assertThat(refused.messageKey()).isEqualTo("annual.rating.refusal.windowOpen"));
        // Issue 13 §1: the one complaint workflow. She files; the authority does not answer (seed 000 §IV.4: the
        // inspection committee "xem xét, giải quyết khiếu nại về kết quả đánh giá, xếp loại"), the committee assigns
        // and its member answers.
        Actor kiemtra = actors.account("kiemtra");
        long tuan = fixture.cadre("NB003");
        ComplaintView complaint = TestActors.runAs(canbo, () -> complaints.file(RatingKind.YEARLY, mai.id(),
                "Tôi đã hoàn thành vượt mức 40% nhiệm vụ năm."));
        assertThat(complaint.period()).isEqualTo(RatingPeriod.year(YEAR));
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.FILED);
        assertThat(TestActors.runAs(authority, () -> ratings.board(fixture.unit(), YEAR)).complaints())
                .extracting(ComplaintView::id).containsExactly(complaint.id());
        assertThatThrownBy(() -> TestActors.runAs(authority, () -> complaints.assign(complaint.id(),
                complaint.version(), tuan))).isInstanceOf(AccessRefusedException.class);
        ComplaintView assigned = TestActors.runAs(kiemtra, () -> complaints.assign(complaint.id(),
                complaint.version(), tuan));
        ComplaintView upheld = TestActors.runAs(kiemtra, () -> complaints.answer(assigned.id(), assigned.version(),
                true, "Đủ căn cứ; xếp loại lại."));
        assertThat(upheld.status()).isEqualTo(ComplaintStatus.UPHELD);
        YearlyRatingView cancelled = TestActors.runAs(canbo, () -> ratings.get(mai.id()));
        assertThat(cancelled.status()).isEqualTo(RatingStatus.CANCELLED);
        assertThat(cancelled.cancelReason()).contains("Khiếu nại số " + complaint.id()).contains("xếp loại lại");
        YearlyRatingView again = rating("NB014", YearlyTrack.STATE);
        assertThat(again.id()).isNotEqualTo(mai.id());
        assertThat(again.status()).isEqualTo(RatingStatus.GATHERED);
        decide(again, RatingLevel.GOOD, null);
        assertThat(TestActors.runAs(authority, () -> ratings.announce(fixture.unit(), YEAR))).isEqualTo(1);
        // A second complaint, about the new rating, still unanswered when the window has passed: the lock waits.
        ComplaintView second = TestActors.runAs(canbo, () -> complaints.file(RatingKind.YEARLY, again.id(),
                "Đề nghị xem xét lại lần hai."));
        clock.setDate(YearlyRatingFixture.day(12, 30));
        assertThatThrownBy(() -> TestActors.runAs(canbo, () -> complaints.file(RatingKind.YEARLY, again.id(),
                "Muộn"))).isInstanceOfSatisfying(RuleRefusedException.class, refused ->
                        assertThat(refused.messageKey()).isEqualTo("review.complaint.refusal.windowClosed"));
        clock.setDate(java.time.LocalDate.of(YEAR + 1, 1, 5));
        assertThatThrownBy(() -> TestActors.runAs(authority, () -> ratings.lock(fixture.unit(), YEAR)))
                .isInstanceOfSatisfying(RuleRefusedException.class, refused ->
                        assertThat(refused.messageKey()).isEqualTo("annual.rating.refusal.complaintOpen"));
        ComplaintView secondAssigned = TestActors.runAs(kiemtra, () -> complaints.assign(second.id(),
                second.version(), tuan));
        TestActors.runAs(kiemtra, () -> complaints.answer(second.id(), secondAssigned.version(), false,
                "Không có căn cứ mới."));
        assertThat(TestActors.runAs(authority, () -> ratings.lock(fixture.unit(), YEAR))).isEqualTo(2);
        assertThat(rating("NB014", YearlyTrack.STATE).status()).isEqualTo(RatingStatus.LOCKED);
        assertThat(jdbc.queryForList("select action from audit_entry where record_type = 'COMPLAINT' and record_id = ?"
                + " order by id", String.class, complaint.id())).containsExactly("COMPLAINT_FILED",
                "COMPLAINT_ASSIGNED", "COMPLAINT_UPHELD");
        assertThat(audit(mai.id())).containsSubsequence("YEARLY_RATING_DECIDED", "YEARLY_RATING_ANNOUNCED",
                "YEARLY_RATING_CANCELLED");
    }

    @Test
    void historyShowsTheYearBesideTheQuartersAndAlertsAcrossTheYearBoundary() {
        // Hà Quốc Bảo: NOT_COMPLETED in quarter III and for the year: two consecutive periods (seed 002 §5).
        decide(rating("NB015", YearlyTrack.STATE), RatingLevel.NOT_COMPLETED, null);
        YearlyHistory history = TestActors.runAs(authority, () -> ratings.history(fixture.cadre("NB015")));
        assertThat(history.years()).extracting(YearlyRatingView::decidedLevel).contains(RatingLevel.NOT_COMPLETED);
        assertThat(history.quarters().rows()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(history.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.messageKey()).isEqualTo("annual.rating.alert");
            assertThat(alert.arguments().get(0)).isEqualTo(2);
        });
        assertThat(TestActors.runAs(authority, () -> ratings.history(fixture.cadre("NB014"))).alerts()).isEmpty();
    }

    List<String> audit(long id) {
        return jdbc.queryForList("select action from audit_entry where record_type = 'YEARLY_RATING' and record_id = ?"
                + " order by id", String.class, id);
    }
}
