package vn.danhgia.scheme.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.danhgia.scheme.DeadlineMonth.NEXT_QUARTER_FIRST_MONTH;
import static vn.danhgia.scheme.DeadlineMonth.PREVIOUS_QUARTER_LAST_MONTH;
import static vn.danhgia.scheme.DeadlineMonth.QUARTER_LAST_MONTH;
import static vn.danhgia.scheme.DeadlineStep.DECISION;
import static vn.danhgia.scheme.DeadlineStep.PLAN;
import static vn.danhgia.scheme.DeadlineStep.REPORT;
import static vn.danhgia.scheme.DeadlineStep.REPORT_UPWARD;
import static vn.danhgia.scheme.DeadlineStep.SELF_ASSESSMENT;
import static vn.danhgia.scheme.DeadlineStep.VOTE;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;
import vn.danhgia.rules.QuotaBase;
import vn.danhgia.rules.RatingMethod;
import vn.danhgia.rules.RatingRules;
import vn.danhgia.scheme.Deadline;
import vn.danhgia.scheme.EvaluationSchemeView;
import vn.danhgia.scheme.SchemeMessages;
import vn.danhgia.scheme.SchemeMother;
import vn.danhgia.scheme.SchemeRuleViolation;
import vn.danhgia.scheme.SchemeSettings;

class SchemeSettingsPolicyTests {

    private final SchemeSettingsPolicy policy = new SchemeSettingsPolicy();
    private final EvaluationSchemeView anGiang = SchemeMother.anGiangLike();

    // Seed 002 §4: plan by the 25th of the previous quarter's last month, self-assessment and report before the
    // 30th of the quarter's last month, report upwards before the 5th of the next quarter's first month.
    private final List<Deadline> anGiangDeadlines = List.of(
            new Deadline(PLAN, PREVIOUS_QUARTER_LAST_MONTH, 25, true),
            new Deadline(SELF_ASSESSMENT, QUARTER_LAST_MONTH, 30, false),
            new Deadline(REPORT, QUARTER_LAST_MONTH, 30, false),
            new Deadline(REPORT_UPWARD, NEXT_QUARTER_FIRST_MONTH, 5, false));

    @Test
    void shippedSettingsOfSeed002AreAccepted() {
        assertThatCode(() -> policy.check(anGiang, settings(RatingRules.defaults(), SchemeMother.shippedAxisMaxPoints(),
                anGiangDeadlines))).doesNotThrowAnyException();
    }

    @Test
    void mainAxisMayCarryMoreWeightWhenTheTotalStaysSeventy() {
        // Seed 002 principle 2.5: "trục kết quả chính, chủ yếu chiếm tỷ trọng điểm cao hơn".
        Map<Integer, BigDecimal> partyBuildingFirst = axes("15", "10", "5", "30", "5", "5");

        assertThatCode(() -> policy.check(anGiang, settings(RatingRules.defaults(), partyBuildingFirst,
                anGiangDeadlines))).doesNotThrowAnyException();
    }

    @Test
    void axesTotallingSeventyFiveAreRefused() {
        SchemeRuleViolation violation = refused(settings(RatingRules.defaults(), axes("30", "15", "10", "5", "5", "10"),
                anGiangDeadlines));

        assertThat(violation.messageKey()).isEqualTo("scheme.violation.axes-total");
        assertThat(violation.arguments()).containsExactly(new BigDecimal("75"), new BigDecimal("70"));
    }

    @Test
    void axesMissingTrucSixAreRefused() {
        Map<Integer, BigDecimal> fiveAxes = new HashMap<>(axes("35", "15", "10", "5", "5", "0"));
        fiveAxes.remove(6);

        assertThat(refused(settings(RatingRules.defaults(), fiveAxes, anGiangDeadlines)).messageKey())
                .isEqualTo("scheme.violation.axes-mismatch");
    }

    @Test
    void negativeAxisPointsAreRefusedEvenWhenTheTotalIsSeventy() {
        assertThat(refused(settings(RatingRules.defaults(), axes("40", "15", "10", "5", "5", "-5"),
                anGiangDeadlines)).messageKey()).isEqualTo("scheme.violation.axis-points");
    }

    @Test
    void axisPointsWithThreeDecimalsAreRefused() {
        assertThat(refused(settings(RatingRules.defaults(), axes("29.995", "15.005", "10", "5", "5", "5"),
                anGiangDeadlines)).messageKey()).isEqualTo("scheme.violation.axis-points");
    }

    @Test
    void excellentBandAboveOneHundredIsRefused() {
        SchemeRuleViolation violation = refused(settings(rules(new BigDecimal("101"), new BigDecimal("0.20")),
                SchemeMother.shippedAxisMaxPoints(), anGiangDeadlines));

        assertThat(violation.messageKey()).isEqualTo("scheme.violation.points");
        assertThat(((MessageSourceResolvable) violation.arguments()[0]).getCodes())
                .containsExactly("scheme.rules.excellent-min-points");
    }

    @Test
    void quotaShareAboveOneIsRefused() {
        // 20 means 2000 %, a slip for 0.20 (seed 000 §III.3.1: "không vượt quá 20%").
        assertThat(refused(settings(rules(new BigDecimal("90"), new BigDecimal("20")),
                SchemeMother.shippedAxisMaxPoints(), anGiangDeadlines)).messageKey())
                .isEqualTo("scheme.violation.share");
    }

    @Test
    void shortfallFactorAboveBeyondFactorIsRefused() {
        RatingRules crossed = new RatingRules(RatingMethod.BANDS_AND_CONDITIONS, new BigDecimal("90"),
                new BigDecimal("70"), new BigDecimal("50"), new BigDecimal("0.30"), new BigDecimal("0.20"),
                new BigDecimal("1"), new BigDecimal("1.2"), new BigDecimal("0.70"), new BigDecimal("0.20"), 5,
                QuotaBase.GOOD_OR_BETTER_POOL);

        assertThat(refused(settings(crossed, SchemeMother.shippedAxisMaxPoints(), anGiangDeadlines)).messageKey())
                .isEqualTo("scheme.violation.factor-thresholds-crossed");
    }

    @Test
    void smallUnitLimitBelowOneIsRefused() {
        RatingRules noSmallUnits = new RatingRules(RatingMethod.CONDITIONS_ONLY, new BigDecimal("90"),
                new BigDecimal("70"), new BigDecimal("50"), new BigDecimal("0.30"), new BigDecimal("0.20"),
                BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("0.70"), new BigDecimal("0.20"), 0,
                QuotaBase.FINALLY_GOOD);

        assertThat(refused(settings(noSmallUnits, SchemeMother.shippedAxisMaxPoints(), anGiangDeadlines))
                .messageKey()).isEqualTo("scheme.violation.small-unit-limit");
    }

    @Test
    void seed000DeadlinesFifteenEighteenNineteenAreAccepted() {
        List<Deadline> ninhBinh = List.of(new Deadline(SELF_ASSESSMENT, QUARTER_LAST_MONTH, 15, false),
                new Deadline(VOTE, QUARTER_LAST_MONTH, 18, false),
                new Deadline(DECISION, QUARTER_LAST_MONTH, 18, false),
                new Deadline(REPORT, QUARTER_LAST_MONTH, 19, false));

        assertThatCode(() -> policy.check(anGiang, settings(RatingRules.defaults(),
                SchemeMother.shippedAxisMaxPoints(), ninhBinh))).doesNotThrowAnyException();
    }

    @Test
    void reportBeforeSelfAssessmentIsRefused() {
        SchemeRuleViolation violation = refused(settings(RatingRules.defaults(), SchemeMother.shippedAxisMaxPoints(),
                List.of(new Deadline(SELF_ASSESSMENT, QUARTER_LAST_MONTH, 19, false),
                        new Deadline(REPORT, QUARTER_LAST_MONTH, 15, false))));

        assertThat(violation.messageKey()).isEqualTo("scheme.violation.deadline-order");
        assertThat(((MessageSourceResolvable) violation.arguments()[0]).getCodes())
                .containsExactly("scheme.step.REPORT");
    }

    @Test
    void twoDeadlinesForOneStepAreRefused() {
        assertThat(refused(settings(RatingRules.defaults(), SchemeMother.shippedAxisMaxPoints(),
                List.of(new Deadline(SELF_ASSESSMENT, QUARTER_LAST_MONTH, 15, false),
                        new Deadline(SELF_ASSESSMENT, QUARTER_LAST_MONTH, 30, false)))).messageKey())
                .isEqualTo("scheme.violation.deadline-repeated");
    }

    @Test
    void aComplaintWindowOfNoDaysIsRefused() {
        // Issue 12: the complaint window is a scheme setting; an announcement must leave at least a day to complain.
        SchemeSettings noWindow = new SchemeSettings(0, RatingRules.defaults(), SchemeMother.shippedAxisMaxPoints(),
                anGiangDeadlines, 0, false);

        assertThat(refused(noWindow).messageKey()).isEqualTo("scheme.violation.complaint-window");
    }

    private SchemeRuleViolation refused(SchemeSettings settings) {
        SchemeRuleViolation violation = catchThrowableOfType(SchemeRuleViolation.class,
                () -> policy.check(anGiang, settings));
        assertThat(violation).as("refusal").isNotNull();
        assertThat(SchemeMessages.vietnamese().stringPropertyNames()).contains(violation.messageKey());
        return violation;
    }

    private static SchemeSettings settings(RatingRules rules, Map<Integer, BigDecimal> axes, List<Deadline> deadlines) {
        return new SchemeSettings(0, rules, axes, deadlines, 15, false);
    }

    private static RatingRules rules(BigDecimal excellentMinPoints, BigDecimal excellentQuotaShare) {
        return new RatingRules(RatingMethod.BANDS_AND_CONDITIONS, excellentMinPoints, new BigDecimal("70"),
                new BigDecimal("50"), new BigDecimal("0.30"), new BigDecimal("0.20"), BigDecimal.ONE, BigDecimal.ONE,
                new BigDecimal("0.70"), excellentQuotaShare, 5, QuotaBase.GOOD_OR_BETTER_POOL);
    }

    private static Map<Integer, BigDecimal> axes(String... maxPoints) {
        Map<Integer, BigDecimal> axes = new HashMap<>();
        for (int i = 0; i < maxPoints.length; i++) {
            axes.put(i + 1, new BigDecimal(maxPoints[i]));
        }
        return axes;
    }
}
