package vn.danhgia.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.SpecialCaseKind;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.rules.RatedPeriod;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Special cases of seed 002 §7 and §3.3 as Lê Văn Hùng (tochuc, Phòng Hành chính – Tổ chức) marks them for the cadres
 * of the Văn phòng: Lương Thị Mai (NB014, Phó trưởng phòng Kinh tế) for 2031, and the appointments of quarter III/2026
 * in the demo data for detection.
 */
@DemoDataTest
class DeferralServiceTests {

    @Autowired
    DeferralService deferrals;

    @Autowired
    RatingHistory history;

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

    @Autowired
    MessageSource messages;

    SpecialCaseFixture fixture;
    Actor hung;
    long mai;

    @BeforeEach
    void setUp() {
        fixture = new SpecialCaseFixture(jdbc, organization, access);
        clean();
        clock.setDate(LocalDate.of(2026, 9, 16));
        hung = actors.account("tochuc");
        mai = fixture.cadre("NB014");
    }

    @AfterEach
    void clean() {
        fixture.clean(List.of("NB014", "NB009", "NB018"));
    }

    QuarterCaseView defer(long cadre, int year, int quarter, DeferralKind kind, Long version) {
        return TestActors.runAs(hung, () -> deferrals.defer(cadre, year, quarter, kind, "Quyết định số 12/QĐ", version));
    }

    /**
     * Seed 002 §7 d): "Các đối tượng chưa thực hiện đánh giá, xếp loại tại thời điểm đánh giá quý thì kết quả thực hiện
     * nhiệm vụ trong thời gian công tác còn lại của quý đó sẽ được xem xét sang quý tiếp theo" — each of the four cases
     * blocks rating of the quarter, and the next quarter shows it takes the deferred quarter's results up.
     */
    @ParameterizedTest
    @EnumSource(DeferralKind.class)
    void eachDeferralKindBlocksRatingOfTheQuarterAndCarriesOverToTheNext(DeferralKind kind) {
        QuarterCaseView marked = defer(mai, 2031, 1, kind, null);

        assertThat(marked.deferred()).isTrue();
        assertThat(marked.deferral().orElseThrow().carriedInto()).isEqualTo(new PeriodRef(2031, RatedPeriod.Q2));
        assertThatThrownBy(() -> deferrals.requireRatedQuarterly(mai, 2031, 1))
                .isInstanceOfSatisfying(RuleRefusedException.class, refused -> assertThat(
                        messages.getMessage(refused.messageKey(), refused.arguments().toArray(), new Locale("vi")))
                        .contains("Quý I/2031").contains("xem xét sang quý tiếp theo").contains("mục 7 d"));
        deferrals.requireRatedQuarterly(mai, 2031, 2);
        QuarterCaseView next = TestActors.runAs(hung, () -> deferrals.quarter(mai, 2031, 2));
        assertThat(next.carriesOver()).containsExactly(new PeriodRef(2031, RatedPeriod.Q1));
        CadreRatingHistory.Row q2 = TestActors.runAs(hung, () -> history.of(mai)).rows().stream()
                .filter(row -> row.period().equals(new PeriodRef(2031, RatedPeriod.Q2))).findFirst().orElseThrow();
        assertThat(q2.carriesOver()).containsExactly(new PeriodRef(2031, RatedPeriod.Q1));
    }

    /** Quarter III has no quarter IV rating to move into (seed 000 §I.2.2): its results go to the year-end rating. */
    @Test
    void aDeferredQuarterThreeCarriesOverToTheYearEndRating() {
        QuarterCaseView marked = defer(mai, 2031, 3, DeferralKind.TRAINING, null);
        assertThat(marked.deferral().orElseThrow().carriedInto())
                .isEqualTo(new PeriodRef(2031, RatedPeriod.YEAR_END));
    }

    @Test
    void twoDeferredQuartersInARowBothCarryIntoTheFirstRatedOne() {
        defer(mai, 2031, 1, DeferralKind.SICK_OR_MATERNITY_LEAVE, null);
        defer(mai, 2031, 2, DeferralKind.SICK_OR_MATERNITY_LEAVE, null);
        QuarterCaseView third = TestActors.runAs(hung, () -> deferrals.quarter(mai, 2031, 3));
        assertThat(third.carriesOver()).containsExactly(new PeriodRef(2031, RatedPeriod.Q1),
                new PeriodRef(2031, RatedPeriod.Q2));
    }

    /** Seed 000 §I.2.2: "không thực hiện việc đánh giá quý IV mà kết hợp vào đánh giá, xếp loại cuối năm". */
    @Test
    void quarterFourIsRefusedWithTheSeedsReason() {
        assertThatThrownBy(() -> defer(mai, 2031, 4, DeferralKind.TRAINING, null))
                .isInstanceOfSatisfying(RuleRefusedException.class, refused -> assertThat(
                        messages.getMessage(refused.messageKey(), refused.arguments().toArray(), new Locale("vi")))
                        .contains("không thực hiện việc đánh giá quý IV mà kết hợp vào đánh giá, xếp loại cuối năm"));
        assertThatThrownBy(() -> deferrals.requireRatedQuarterly(mai, 2031, 4))
                .isInstanceOf(RuleRefusedException.class);
        assertThat(fixture.deferrals("NB014")).isZero();
    }

    /**
     * Seed 002 §3.3: "thành viên cấp ủy của các tổ chức đảng không tham gia công tác chuyên môn … không bắt buộc thực
     * hiện đánh giá, xếp loại hàng quý; có thể tiến hành đánh giá, xếp loại theo định kỳ 6 tháng hoặc cuối năm" — Vũ
     * Thị Hải Yến (NB009) holds only the post of chi ủy viên.
     */
    @Test
    void aPartyCommitteeMemberWithoutProfessionalDutiesIsNotRatedQuarterly() {
        long yen = fixture.cadre("NB009");
        ExemptionView exempt = TestActors.runAs(hung, () -> deferrals.exempt(yen, 2031, ExemptRatingPeriod.HALF_YEAR,
                "Chi ủy viên, không giữ chức vụ chuyên môn", null));

        assertThat(exempt.active()).isTrue();
        assertThat(exempt.kind()).isEqualTo(ExemptionKind.PARTY_COMMITTEE_ONLY);
        for (int quarter = 1; quarter <= 3; quarter++) {
            int rated = quarter;
            assertThatThrownBy(() -> deferrals.requireRatedQuarterly(yen, 2031, rated))
                    .isInstanceOf(RuleRefusedException.class)
                    .hasMessage("review.exemption.refusal.exempt");
        }
        deferrals.requireRatedQuarterly(yen, 2032, 1);
        assertThat(TestActors.runAs(hung, () -> history.of(yen)).exemptions()).extracting(ExemptionView::year)
                .containsExactly(2031);

        TestActors.runAs(hung, () -> deferrals.withdrawExemption(yen, 2031, exempt.version(), "Được giao chuyên môn"));
        deferrals.requireRatedQuarterly(yen, 2031, 2);
    }

    /**
     * Seed 002 §7 d) "lần đầu được bổ nhiệm giữ chức danh lãnh đạo, quản lý có thời gian dưới 01 tháng trong quý": Dương
     * Văn Nam (NB018) was first appointed on 9/9/2026; the page suggests the deferral and the mark records it was found.
     */
    @Test
    void aFirstAppointmentUnderAMonthIsDetectedSuggestedAndConfirmed() {
        long nam = fixture.cadre("NB018");
        QuarterCaseView found = TestActors.runAs(hung, () -> deferrals.quarter(nam, 2026, 3));
        assertThat(found.flags()).extracting(SpecialCaseFlag::kind)
                .containsExactly(SpecialCaseKind.DEFERRED_FIRST_APPOINTMENT);
        assertThat(found.flags().get(0).since()).isEqualTo(LocalDate.of(2026, 9, 9));
        assertThat(found.deferralSuggested()).isTrue();
        assertThat(TestActors.runAs(hung, () -> deferrals.served(2026, 3)))
                .filteredOn(c -> c.cadreCode().equals("NB018")).singleElement()
                .satisfies(c -> assertThat(c.deferralSuggested()).isTrue());

        QuarterCaseView confirmed = defer(nam, 2026, 3, DeferralKind.FIRST_APPOINTMENT, null);
        assertThat(confirmed.deferral().orElseThrow().detected()).isTrue();
        assertThat(confirmed.deferralSuggested()).isFalse();
        assertThat(confirmed.deferral().orElseThrow().carriedInto())
                .isEqualTo(new PeriodRef(2026, RatedPeriod.YEAR_END));
    }

    /**
     * Seed 002 §7 a) promoted within the unit (Bùi Thị Hồng Nhung, NB010, 26/8/2026), b) moved from Sở Nội vụ (Ngô
     * Xuân Trường, NB008, 19/8/2026), c) re-assigned by restructuring (Nguyễn Văn Toàn, NB024, 15/7/2026): flags with
     * what the seed asks, and no deferral suggested.
     */
    @Test
    void promotionMoveAndRestructuringAreShownAsFlagsWithWhatTheSeedRequires() {
        assertFlag("NB010", SpecialCaseKind.PROMOTED_WITHIN_UNIT, "kết quả trước khi bổ nhiệm và kể từ khi giữ chức danh mới");
        assertFlag("NB008", SpecialCaseKind.MOVED_TO_NEW_UNIT, "đính kèm vào hồ sơ đánh giá");
        assertFlag("NB024", SpecialCaseKind.RESTRUCTURED, "từ sau khi sắp xếp ngày 15/07/2026");
    }

    private void assertFlag(String code, SpecialCaseKind kind, String requirement) {
        QuarterCaseView found = TestActors.runAs(hung, () -> deferrals.quarter(fixture.cadre(code), 2026, 3));
        assertThat(found.flags()).extracting(SpecialCaseFlag::kind).containsExactly(kind);
        assertThat(found.deferralSuggested()).isFalse();
        SpecialCaseFlag flag = found.flags().get(0);
        assertThat(messages.getMessage(flag.requirementKey(),
                new Object[] {flag.since().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))},
                new Locale("vi"))).contains(requirement);
    }

    @Test
    void twoSessionsMarkingFromTheSameVersionTheSecondIsRefused() {
        defer(mai, 2031, 2, DeferralKind.TRAINING, null);
        String stored = fixture.storedDeferral("NB014");
        assertThatThrownBy(() -> defer(mai, 2031, 2, DeferralKind.UNDER_INVESTIGATION, null))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(fixture.storedDeferral("NB014")).isEqualTo(stored);

        long version = TestActors.runAs(hung, () -> deferrals.quarter(mai, 2031, 2)).deferralVersion();
        TestActors.runAs(hung, () -> deferrals.withdrawDeferral(mai, 2031, 2, version, "Nhầm quý"));
        assertThatThrownBy(() -> TestActors.runAs(hung,
                () -> deferrals.withdrawDeferral(mai, 2031, 2, version, "Nhầm quý")))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void withdrawingTheDeferralLetsTheQuarterBeRatedAndIsAudited() {
        QuarterCaseView marked = defer(mai, 2031, 2, DeferralKind.UNDER_INVESTIGATION, null);
        QuarterCaseView withdrawn = TestActors.runAs(hung, () -> deferrals.withdrawDeferral(mai, 2031, 2,
                marked.deferralVersion(), "Kết luận kiểm tra không vi phạm"));

        assertThat(withdrawn.deferred()).isFalse();
        assertThat(withdrawn.deferral().orElseThrow().withdrawalNote()).isEqualTo("Kết luận kiểm tra không vi phạm");
        deferrals.requireRatedQuarterly(mai, 2031, 2);
        assertThat(jdbc.queryForList("select action from audit_entry where record_type = 'RATING_DEFERRAL'"
                + " and record_id = ? order by id", String.class, marked.deferral().orElseThrow().id()))
                .containsExactly("RATING_DEFERRED", "RATING_DEFERRAL_WITHDRAWN");
    }

    @Test
    void aMissingNoteIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> TestActors.runAs(hung,
                () -> deferrals.defer(mai, 2031, 1, DeferralKind.TRAINING, "   ", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.violations())
                        .singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("note")));
        assertThat(fixture.deferrals("NB014")).isZero();
    }

    @Test
    void aRatedQuarterCannotBeDeferred() {
        fixture.decided("NB014", 2031, 1, RatingLevel.GOOD);
        assertThatThrownBy(() -> defer(mai, 2031, 1, DeferralKind.TRAINING, null))
                .isInstanceOf(RuleRefusedException.class).hasMessage("review.deferral.refusal.alreadyRated");
        assertThat(fixture.deferrals("NB014")).isZero();
    }
}
