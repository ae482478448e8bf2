package vn.danhgia.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitId;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.quota.QuotaOutcome;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Decisions by the competent authority (seed 002 §4 Bước 4–5, §6; seed 000 §III.1, §III.3) on the demo office in
 * 2031. Thắng (NB001, thamquyen) sits in the Đảng ủy and the office's leadership, which decide for the four deputy
 * chiefs (NB002–NB005, one peer group in one unit of five leaders: 20 % of 4 = 0,8 → 1 place) and for the heads of
 * departments. Phong (NB013, truongphong) heads Phòng Kinh tế and its Chi bộ, which decide for his deputies Mai
 * (NB014) and Bảo (NB015) (seed 000 §III.1.2).
 */
@DemoDataTest
class DecisionServiceTests {

    @Autowired
    DecisionService decisions;

    @Autowired
    MutableClock clock;

    @Autowired
    TestActors actors;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganizationQueries organization;

    @Autowired
    AccessScopes access;

    DecisionFixture fixture;
    Actor thang;
    Actor phong;

    @BeforeEach
    void setUp() {
        fixture = new DecisionFixture(jdbc, organization, access);
        clean();
        clock.setDate(LocalDate.of(2031, 3, 18));
        thang = actors.cadre("NB001", Role.AUTHORITY, Role.UNIT_HEAD);
        phong = actors.cadre("NB013", Role.AUTHORITY, Role.UNIT_HEAD);
    }

    @AfterEach
    void clean() {
        fixture.clean();
    }

    @Test
    @DisplayName("Seed 000 §III.3.1, seed 002 §6.1: more eligible than places — the one ranked outside is refused "
            + "naming the places, the one ranked first is decided EXCELLENT")
    void quotaConflictRefusesTheOneOutsideThePlaces() {
        fixture.appraised("NB003", DecisionFixture.Q1, 1);
        fixture.appraised("NB004", DecisionFixture.Q1, 3);
        fixture.appraised("NB005", DecisionFixture.Q1, 0);
        CadreId tuan = fixture.cadre("NB003");
        CadreId long_ = fixture.cadre("NB004");

        DecisionBoard board = TestActors.runAs(thang, () -> decisions.board(DecisionFixture.Q1));
        DecisionBoard.PeerGroup deputies = board.groups().stream()
                .filter(group -> group.rows().stream().anyMatch(row -> row.cadre().equals(tuan))).findFirst()
                .orElseThrow();
        assertThat(deputies.places()).isEqualTo(1);
        assertThat(deputies.qualified()).isEqualTo(3);
        assertThat(row(deputies, long_).quotaOutcome()).isEqualTo(QuotaOutcome.AWARDED);
        assertThat(row(deputies, tuan).quotaOutcome()).isEqualTo(QuotaOutcome.OUTSIDE_PLACES);

        assertThatThrownBy(() -> TestActors.runAs(thang, () -> decisions.decide(tuan, DecisionFixture.Q1, null,
                "EXCELLENT", null, null)))
                .isInstanceOfSatisfying(RuleRefusedException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("review.decision.refusal.quotaOutside");
                    assertThat(refusal.arguments()).containsExactly(1, 3, 2);
                });
        assertThat(fixture.stored("NB003", DecisionFixture.Q1)).isEqualTo("[]");

        RatingView decided = TestActors.runAs(thang, () -> decisions.decide(long_, DecisionFixture.Q1, null,
                "EXCELLENT", "Nổi trội trong quý", null));
        assertThat(decided.status()).isEqualTo(RatingStatus.DECIDED);
        assertThat(decided.decidedLevel()).isEqualTo(RatingLevel.EXCELLENT);
        assertThat(decided.quotaRank()).isEqualTo(1);
        assertThat(decided.quotaGroup()).endsWith("/DEPUTY");

        RatingView good = TestActors.runAs(thang, () -> decisions.decide(tuan, DecisionFixture.Q1, null, "GOOD",
                null, null));
        assertThat(good.decidedLevel()).isEqualTo(RatingLevel.GOOD);
    }

    @Test
    @DisplayName("Seed 000 §III.3.1: equal at the cut — the authority chooses among the tied, then the place is taken")
    void tieAtTheCutIsSettledByTheAuthority() {
        fixture.appraised("NB003", DecisionFixture.Q2, 2);
        fixture.appraised("NB005", DecisionFixture.Q2, 2);
        fixture.appraised("NB004", DecisionFixture.Q2, 0);
        CadreId tuan = fixture.cadre("NB003");
        CadreId nguyet = fixture.cadre("NB005");
        DecisionBoard board = TestActors.runAs(thang, () -> decisions.board(DecisionFixture.Q2));
        DecisionBoard.PeerGroup deputies = board.groups().stream()
                .filter(group -> group.rows().stream().anyMatch(row -> row.cadre().equals(tuan))).findFirst()
                .orElseThrow();
        assertThat(row(deputies, tuan).quotaOutcome()).isEqualTo(QuotaOutcome.TIED_AT_CUT);
        assertThat(row(deputies, nguyet).quotaOutcome()).isEqualTo(QuotaOutcome.TIED_AT_CUT);

        RatingView chosen = TestActors.runAs(thang, () -> decisions.decide(nguyet, DecisionFixture.Q2, null,
                "EXCELLENT", "Chọn trong số bằng điểm", null));
        assertThat(chosen.decidedLevel()).isEqualTo(RatingLevel.EXCELLENT);

        assertThatThrownBy(() -> TestActors.runAs(thang, () -> decisions.decide(tuan, DecisionFixture.Q2, null,
                "EXCELLENT", null, null)))
                .isInstanceOfSatisfying(RuleRefusedException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("review.decision.refusal.quotaFull");
                    assertThat(refusal.arguments()).containsExactly(1, 3, 1);
                });
    }

    @Test
    @DisplayName("Seed 000 §III.3.1: two EXCELLENT decisions for the one place at the same moment — only one holds it")
    void concurrentExcellentDecisionsNeverExceedThePlaces() throws Exception {
        fixture.appraised("NB003", DecisionFixture.Q3, 2);
        fixture.appraised("NB005", DecisionFixture.Q3, 2);
        fixture.appraised("NB004", DecisionFixture.Q3, 0);
        List<CadreId> tied = List.of(fixture.cadre("NB003"), fixture.cadre("NB005"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> outcomes = new ArrayList<>();
            for (CadreId cadre : tied) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        return TestActors.runAs(thang, () -> decisions.decide(cadre, DecisionFixture.Q3, null,
                                "EXCELLENT", null, null));
                    } catch (RuntimeException refused) {
                        return refused;
                    }
                }));
            }
            start.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> outcome : outcomes) {
                results.add(outcome.get(60, TimeUnit.SECONDS));
            }
            assertThat(results).filteredOn(RatingView.class::isInstance).hasSize(1);
            assertThat(results).filteredOn(result -> !(result instanceof RatingView))
                    .singleElement().isInstanceOfSatisfying(RuleRefusedException.class, refusal ->
                            assertThat(refusal.messageKey()).isEqualTo("review.decision.refusal.quotaFull"));
        } finally {
            pool.shutdownNow();
        }
        long excellent = tied.stream().filter(cadre -> decisions.liveRating(cadre, DecisionFixture.Q3)
                .filter(RatingView::holdsExcellentPlace).isPresent()).count();
        assertThat(excellent).isEqualTo(1);
    }

    @Test
    @DisplayName("Seed 000 §III.3.1: a unit of fewer than 5 leaders, all GOOD or better, gets 1 place")
    void smallUnitAllGoodGetsOnePlace() {
        fixture.appraised("NB014", DecisionFixture.Q1, 1);
        fixture.appraised("NB015", DecisionFixture.Q1, 0);
        CadreId mai = fixture.cadre("NB014");
        DecisionBoard board = TestActors.runAs(phong, () -> decisions.board(DecisionFixture.Q1));
        DecisionBoard.PeerGroup deputies = board.groups().stream()
                .filter(group -> group.rows().stream().anyMatch(row -> row.cadre().equals(mai))).findFirst()
                .orElseThrow();
        assertThat(deputies.qualified()).isEqualTo(2);
        assertThat(deputies.places()).isEqualTo(1);
        assertThat(deputies.quotaReasons()).extracting(reason -> reason.code()).contains("quota-small-unit");

        RatingView decided = TestActors.runAs(phong, () -> decisions.decide(mai, DecisionFixture.Q1, null,
                "EXCELLENT", null, null));
        assertThat(decided.decidedLevel()).isEqualTo(RatingLevel.EXCELLENT);
    }

    @Test
    @DisplayName("Seed 002 §6.1 leaves a head out of their own collective's quota; heads of different units decided "
            + "together are peers (seed 000 §III.3.1) and need a place")
    void headsOfDifferentUnitsShareTheirGroupsPlaces() {
        fixture.appraised("NB013", DecisionFixture.Q1, 3);
        fixture.appraised("NB016", DecisionFixture.Q1, 3);
        CadreId phongId = fixture.cadre("NB013");
        DecisionBoard board = TestActors.runAs(thang, () -> decisions.board(DecisionFixture.Q1));
        DecisionBoard.Row head = board.groups().stream().flatMap(group -> group.rows().stream())
                .filter(row -> row.cadre().equals(phongId)).findFirst().orElseThrow();
        assertThat(head.quotaOutcome()).isEqualTo(QuotaOutcome.OUTSIDE_PLACES);

        String before = fixture.stored("NB013", DecisionFixture.Q1);
        assertThatThrownBy(() -> TestActors.runAs(thang, () -> decisions.decide(phongId, DecisionFixture.Q1, null,
                "EXCELLENT", null, null)))
                .isInstanceOfSatisfying(RuleRefusedException.class, refusal ->
                        assertThat(refusal.messageKey()).isEqualTo("review.decision.refusal.quotaOutside"));
        assertThat(fixture.stored("NB013", DecisionFixture.Q1)).isEqualTo(before);
        assertThat(TestActors.runAs(thang, () -> decisions.decide(phongId, DecisionFixture.Q1, null, "GOOD",
                null, null)).decidedLevel()).isEqualTo(RatingLevel.GOOD);
    }

    @Test
    @DisplayName("Seed 002 §6.3: a collective at 69,9 % fails its head and bars its deputies from EXCELLENT; 70 % does not")
    void collectiveBelowSeventyPercent() {
        fixture.appraised("NB013", DecisionFixture.Q1, 0);
        fixture.appraised("NB014", DecisionFixture.Q1, 1);
        fixture.appraised("NB015", DecisionFixture.Q1, 0);
        CadreId phongId = fixture.cadre("NB013");
        CadreId mai = fixture.cadre("NB014");
        CollectiveView below = TestActors.runAs(thang, () -> decisions.recordCollective(fixture.unit("VPUB-NB.KT"),
                DecisionFixture.Q1, null, 1000, 699, 0, null, null));

        assertThatThrownBy(() -> TestActors.runAs(thang, () -> decisions.decide(phongId, DecisionFixture.Q1, null,
                "COMPLETED", null, null)))
                .isInstanceOfSatisfying(RuleRefusedException.class, refusal ->
                        assertThat(refusal.messageKey()).isEqualTo("review.decision.refusal.collectiveHead"));
        assertThatThrownBy(() -> TestActors.runAs(phong, () -> decisions.decide(mai, DecisionFixture.Q1, null,
                "EXCELLENT", null, null)))
                .isInstanceOfSatisfying(RuleRefusedException.class, refusal ->
                        assertThat(refusal.messageKey()).isEqualTo("review.decision.refusal.collectiveNoExcellent"));
        assertThat(TestActors.runAs(thang, () -> decisions.decide(phongId, DecisionFixture.Q1, null,
                "NOT_COMPLETED", "Tập thể dưới 70%", null)).decidedLevel()).isEqualTo(RatingLevel.NOT_COMPLETED);

        CollectiveView seventy = TestActors.runAs(thang, () -> decisions.recordCollective(
                fixture.unit("VPUB-NB.KT"), DecisionFixture.Q1, below.version(), 1000, 700, 0, null, null));
        assertThat(seventy.completionPercent()).isEqualByComparingTo("70");
        RatingView head = decisions.liveRating(phongId, DecisionFixture.Q1).orElseThrow();
        assertThat(TestActors.runAs(thang, () -> decisions.decide(phongId, DecisionFixture.Q1, head.version(),
                "GOOD", null, null)).decidedLevel()).isEqualTo(RatingLevel.GOOD);
        assertThat(TestActors.runAs(phong, () -> decisions.decide(mai, DecisionFixture.Q1, null, "EXCELLENT", null,
                null)).decidedLevel()).isEqualTo(RatingLevel.EXCELLENT);
    }

    @Test
    @DisplayName("Two sessions correcting the collective's figures from the same version: the second is refused (409)")
    void twoSessionsRecordingTheCollectiveFromTheSameVersion() {
        UnitId unit = fixture.unit("VPUB-NB.KT");
        CollectiveView first = TestActors.runAs(thang, () -> decisions.recordCollective(unit, DecisionFixture.Q1,
                null, 100, 80, 0, null, null));
        CollectiveView corrected = TestActors.runAs(thang, () -> decisions.recordCollective(unit,
                DecisionFixture.Q1, first.version(), 100, 90, 0, null, null));
        assertThat(corrected.done()).isEqualTo(90);
        for (Long stale : new Long[] {first.version(), null}) {
            assertThatThrownBy(() -> TestActors.runAs(thang, () -> decisions.recordCollective(unit,
                    DecisionFixture.Q1, stale, 100, 50, 0, null, null)))
                    .isInstanceOf(OptimisticLockingFailureException.class);
        }
        assertThat(jdbc.queryForObject("select targets_done from collective_result where unit_id = ? and period_year = 2031"
                + " and period_quarter = 1", Integer.class, unit.value())).isEqualTo(90);
    }

    @Test
    @DisplayName("Seed 004 §VII.2, seed 002 §6.1: the head is never above the collective's level")
    void headAboveCollectiveLevelIsRefused() {
        fixture.appraised("NB013", DecisionFixture.Q1, 0);
        CadreId phongId = fixture.cadre("NB013");
        TestActors.runAs(thang, () -> decisions.recordCollective(fixture.unit("VPUB-NB.KT"), DecisionFixture.Q1,
                null, 10, 10, 0, null, "COMPLETED"));
        assertThatThrownBy(() -> TestActors.runAs(thang, () -> decisions.decide(phongId, DecisionFixture.Q1, null,
                "GOOD", null, null)))
                .isInstanceOfSatisfying(RuleRefusedException.class, refusal ->
                        assertThat(refusal.messageKey()).isEqualTo("review.decision.refusal.headAboveCollective"));
        assertThat(TestActors.runAs(thang, () -> decisions.decide(phongId, DecisionFixture.Q1, null, "COMPLETED",
                null, null)).decidedLevel()).isEqualTo(RatingLevel.COMPLETED);
    }

    @Test
    @DisplayName("Seed 002 §6.1: undone tasks — refused without a concrete force-majeure reason, accepted and stored with it")
    void forceMajeureNeedsItsReason() {
        fixture.appraised("NB015", DecisionFixture.Q1, 0, false, "GOOD");
        CadreId bao = fixture.cadre("NB015");
        assertThatThrownBy(() -> TestActors.runAs(phong, () -> decisions.decide(bao, DecisionFixture.Q1, null,
                "GOOD", null, "  ")))
                .isInstanceOfSatisfying(RuleRefusedException.class, refusal ->
                        assertThat(refusal.messageKey()).isEqualTo("review.decision.refusal.notAllDone"));
        assertThat(fixture.stored("NB015", DecisionFixture.Q1)).isEqualTo("[]");

        RatingView decided = TestActors.runAs(phong, () -> decisions.decide(bao, DecisionFixture.Q1, null, "GOOD",
                null, "Bão số 3 làm gián đoạn khảo sát thực địa tháng 9"));
        assertThat(decided.decidedLevel()).isEqualTo(RatingLevel.GOOD);
        assertThat(decided.forceMajeureReason()).isEqualTo("Bão số 3 làm gián đoạn khảo sát thực địa tháng 9");
    }

    @Test
    @DisplayName("Seed 002 §6.2: a decision below the head's proposal records the discrepancy the head answers for")
    void decisionBelowTheHeadsProposalRecordsTheDiscrepancy() {
        fixture.appraised("NB015", DecisionFixture.Q1, 0);
        CadreId bao = fixture.cadre("NB015");
        RatingView proposed = TestActors.runAs(phong, () -> decisions.propose(bao, DecisionFixture.Q1, null, "EXCELLENT",
                "Đề xuất của Trưởng phòng"));
        assertThat(proposed.status()).isEqualTo(RatingStatus.PROPOSED);

        RatingView decided = TestActors.runAs(phong, () -> decisions.decide(bao, DecisionFixture.Q1,
                proposed.version(), "GOOD", null, null));
        assertThat(decided.discrepancy()).isTrue();
        assertThat(decided.headProposedLevel()).isEqualTo(RatingLevel.EXCELLENT);
        assertThat(decided.suggestedLevel()).isEqualTo(RatingLevel.GOOD);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'QUARTER_RATING' "
                + "and record_id = ? and action = 'RATING_DECIDED'", Long.class, decided.id())).isEqualTo(1L);
    }

    @Test
    @DisplayName("Seed 002 §4 Bước 4: no decision without a completed appraisal")
    void aCompletedAppraisalIsRequired() {
        assertThatThrownBy(() -> TestActors.runAs(phong, () -> decisions.decide(fixture.cadre("NB015"),
                DecisionFixture.Q1, null, "GOOD", null, null)))
                .isInstanceOfSatisfying(RuleRefusedException.class, refusal ->
                        assertThat(refusal.messageKey()).isEqualTo("review.decision.refusal.appraisalRequired"));
    }

    @Test
    @DisplayName("Access: own record 403, stranger and guessed id 404, personnel officer and plain unit head 403")
    void accessMatrix() {
        fixture.appraised("NB014", DecisionFixture.Q1, 0);
        CadreId mai = fixture.cadre("NB014");
        String before = fixture.stored("NB014", DecisionFixture.Q1);
        assertThatThrownBy(() -> TestActors.runAs(actors.account("canbo"), () -> decisions.decide(mai,
                DecisionFixture.Q1, null, "GOOD", null, null))).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> TestActors.runAs(actors.cadre("NB020", Role.AUTHORITY, Role.UNIT_HEAD),
                () -> decisions.decide(mai, DecisionFixture.Q1, null, "GOOD", null, null)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> TestActors.runAs(phong, () -> decisions.decide(new CadreId(999999),
                DecisionFixture.Q1, null, "GOOD", null, null))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> TestActors.runAs(actors.account("tochuc"), () -> decisions.decide(mai,
                DecisionFixture.Q1, null, "GOOD", null, null))).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> TestActors.runAs(actors.cadre("NB013", Role.UNIT_HEAD), () -> decisions.decide(mai,
                DecisionFixture.Q1, null, "GOOD", null, null))).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> TestActors.runAs(actors.account("kiemtra"), () -> decisions.decide(mai,
                DecisionFixture.Q1, null, "GOOD", null, null))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> TestActors.runAs(actors.account("canbo"), () -> decisions.propose(mai,
                DecisionFixture.Q1, null, "GOOD", null))).isInstanceOf(AccessRefusedException.class);
        assertThat(fixture.stored("NB014", DecisionFixture.Q1)).isEqualTo(before);
    }

    @Test
    @DisplayName("Two sessions deciding from the same version: the second is refused")
    void secondDecisionFromTheSameVersionIsRefused() {
        fixture.appraised("NB014", DecisionFixture.Q1, 0);
        CadreId mai = fixture.cadre("NB014");
        RatingView first = TestActors.runAs(phong, () -> decisions.decide(mai, DecisionFixture.Q1, null, "GOOD",
                null, null));
        assertThat(TestActors.runAs(phong, () -> decisions.decide(mai, DecisionFixture.Q1, first.version(),
                "COMPLETED", null, null)).decidedLevel()).isEqualTo(RatingLevel.COMPLETED);
        String before = fixture.stored("NB014", DecisionFixture.Q1);
        assertThatThrownBy(() -> TestActors.runAs(phong, () -> decisions.decide(mai, DecisionFixture.Q1,
                first.version(), "GOOD", null, null))).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> TestActors.runAs(phong, () -> decisions.decide(mai, DecisionFixture.Q1, null,
                "GOOD", null, null))).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(fixture.stored("NB014", DecisionFixture.Q1)).isEqualTo(before);
    }

    @Test
    @DisplayName("A bad level is refused beside the field; nothing changes")
    void badLevelIsRefused() {
        fixture.appraised("NB014", DecisionFixture.Q1, 0);
        assertThatThrownBy(() -> TestActors.runAs(phong, () -> decisions.decide(fixture.cadre("NB014"),
                DecisionFixture.Q1, null, "XUAT_SAC", null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> assertThat(refusal.violations())
                        .extracting(violation -> violation.messageKey()).containsExactly("review.decision.error.level"));
        assertThat(fixture.stored("NB014", DecisionFixture.Q1)).isEqualTo("[]");
    }

    @Test
    @DisplayName("Seed 002 §4 Bước 5, seed 000 §III.1.1: the Chánh Văn phòng is proposed upwards; the office records "
            + "the standing committee's decision")
    void chiefIsProposedUpwardsAndTheHigherDecisionRecorded() {
        fixture.appraised("NB001", DecisionFixture.Q1, 0);
        CadreId chief = fixture.cadre("NB001");
        Actor deputy = actors.cadre("NB002", Role.AUTHORITY, Role.UNIT_HEAD);
        assertThatThrownBy(() -> TestActors.runAs(deputy, () -> decisions.decide(chief, DecisionFixture.Q1, null,
                "GOOD", null, null)))
                .isInstanceOfSatisfying(RuleRefusedException.class, refusal ->
                        assertThat(refusal.messageKey()).isEqualTo("review.decision.refusal.higherAuthority"));
        RatingView upward = TestActors.runAs(deputy, () -> decisions.proposeUpward(chief, DecisionFixture.Q1, null,
                "GOOD", "Tờ trình của Đảng ủy Văn phòng"));
        assertThat(upward.status()).isEqualTo(RatingStatus.PROPOSED_UPWARD);

        RatingView recorded = TestActors.runAs(actors.account("tochuc"), () -> decisions.recordHigherDecision(chief,
                DecisionFixture.Q1, upward.version(), "GOOD", "Thông báo số 12-TB/ĐU ngày 25/3/2031"));
        assertThat(recorded.status()).isEqualTo(RatingStatus.DECIDED);
        assertThat(recorded.decisionComment()).contains("12-TB/ĐU");
    }

    @Test
    @DisplayName("Seed 000 §II.2: a cancelled rating lets the cadre be rated again; the new rating names it")
    void cancelledRatingIsReplaced() {
        fixture.appraised("NB014", DecisionFixture.Q1, 0);
        CadreId mai = fixture.cadre("NB014");
        RatingView first = TestActors.runAs(phong, () -> decisions.decide(mai, DecisionFixture.Q1, null, "GOOD",
                null, null));
        fixture.cancel("NB014", DecisionFixture.Q1);
        RatingView again = TestActors.runAs(phong, () -> decisions.decide(mai, DecisionFixture.Q1, null,
                "COMPLETED", null, null));
        assertThat(again.replacesId()).isEqualTo(first.id());
        assertThat(decisions.ratingsOfUnit(again.unit(), DecisionFixture.Q1)).extracting(RatingView::status)
                .containsExactly(RatingStatus.CANCELLED, RatingStatus.DECIDED);
    }

    private static DecisionBoard.Row row(DecisionBoard.PeerGroup group, CadreId cadre) {
        return group.rows().stream().filter(row -> row.cadre().equals(cadre)).findFirst().orElseThrow();
    }
}
