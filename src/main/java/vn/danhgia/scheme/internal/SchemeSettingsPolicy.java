package vn.danhgia.scheme.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.danhgia.platform.Decimals;
import vn.danhgia.rules.RatingRules;
import vn.danhgia.scheme.AxisDefinition;
import vn.danhgia.scheme.Deadline;
import vn.danhgia.scheme.DeadlineStep;
import vn.danhgia.scheme.EvaluationSchemeView;
import vn.danhgia.scheme.SchemeRuleViolation;
import vn.danhgia.scheme.SchemeSettings;

/**
 * Which settings a scheme accepts. Each refusal is a {@link SchemeRuleViolation} whose key is in
 * {@code i18n/scheme_*.properties}. Decimal places are bounded by the columns, so that nothing is rounded silently.
 */
final class SchemeSettingsPolicy {

    // Quy định 366 Điều 11; seed 002 Phụ lục 2 §1: "Công thức tính điểm trên thang 100".
    static final BigDecimal TOTAL_POINTS = new BigDecimal("100");

    private static final int POINTS_DECIMALS = 2;
    private static final int SHARE_DECIMALS = 4;
    private static final BigDecimal MAX_FACTOR = new BigDecimal("999.99");
    private static final int MAX_COMPLAINT_WINDOW_DAYS = 365;
    // A deadline falls in a quarter's last month or the month after, never in February, so the four quarters of any
    // one year show every order the deadlines can take.
    private static final int ANY_YEAR = 2026;

    void check(EvaluationSchemeView scheme, SchemeSettings settings) {
        checkThresholds(settings.ratingRules());
        checkAxes(scheme, settings.axisMaxPoints());
        checkDeadlines(settings.deadlines());
        checkComplaintWindow(settings.complaintWindowDays());
    }

    // The seeds set no time limit for complaints (seed 000 §IV.4 names who handles them); a window of a day to a year
    // keeps the announcement's "last day for complaints" a real date.
    private static void checkComplaintWindow(int days) {
        if (days < 1 || days > MAX_COMPLAINT_WINDOW_DAYS) {
            throw new SchemeRuleViolation("scheme.violation.complaint-window", days, MAX_COMPLAINT_WINDOW_DAYS);
        }
    }

    private void checkThresholds(RatingRules rules) {
        points("excellent-min-points", rules.excellentMinPoints());
        points("good-min-points", rules.goodMinPoints());
        points("completed-min-points", rules.completedMinPoints());
        share("excellent-min-beyond-share", rules.excellentMinBeyondShare());
        share("completed-max-late-share", rules.completedMaxLateShare());
        share("collective-min-completion", rules.collectiveMinCompletion());
        share("excellent-quota-share", rules.excellentQuotaShare());
        factor("beyond-factor-above", rules.beyondFactorAbove());
        factor("shortfall-factor-below", rules.shortfallFactorBelow());
        // A factor above the one and below the other would make a task both beyond requirement and late.
        if (rules.shortfallFactorBelow().compareTo(rules.beyondFactorAbove()) > 0) {
            throw new SchemeRuleViolation("scheme.violation.factor-thresholds-crossed", rules.shortfallFactorBelow(),
                    rules.beyondFactorAbove());
        }
        if (rules.smallUnitLimit() < 1) {
            throw new SchemeRuleViolation("scheme.violation.small-unit-limit", rules.smallUnitLimit());
        }
    }

    private static void points(String field, BigDecimal value) {
        if (value.signum() < 0 || value.compareTo(TOTAL_POINTS) > 0
                || Decimals.hasMoreDecimalsThan(value, POINTS_DECIMALS)) {
            throw new SchemeRuleViolation("scheme.violation.points", label(field), value);
        }
    }

    private static void share(String field, BigDecimal value) {
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0
                || Decimals.hasMoreDecimalsThan(value, SHARE_DECIMALS)) {
            throw new SchemeRuleViolation("scheme.violation.share", label(field), value);
        }
    }

    private static void factor(String field, BigDecimal value) {
        if (value.signum() <= 0 || value.compareTo(MAX_FACTOR) > 0
                || Decimals.hasMoreDecimalsThan(value, POINTS_DECIMALS)) {
            throw new SchemeRuleViolation("scheme.violation.factor", label(field), value);
        }
    }

    private static DefaultMessageSourceResolvable label(String field) {
        return new DefaultMessageSourceResolvable("scheme.rules." + field);
    }

    // Seed 002 Phụ lục 2 §1: general criteria at most 30, task results 70; the principle 2.5 split over the axes
    // must use up exactly the task maximum.
    private void checkAxes(EvaluationSchemeView scheme, Map<Integer, BigDecimal> axisMaxPoints) {
        Set<Integer> numbers = scheme.axes().stream().map(AxisDefinition::number)
                .collect(Collectors.toCollection(TreeSet::new));
        if (!numbers.equals(axisMaxPoints.keySet())) {
            throw new SchemeRuleViolation("scheme.violation.axes-mismatch", joined(numbers));
        }
        for (Integer number : numbers) {
            BigDecimal maxPoints = axisMaxPoints.get(number);
            if (maxPoints.signum() < 0 || Decimals.hasMoreDecimalsThan(maxPoints, POINTS_DECIMALS)) {
                throw new SchemeRuleViolation("scheme.violation.axis-points", number, maxPoints);
            }
        }
        BigDecimal taskMaxPoints = TOTAL_POINTS.subtract(scheme.generalMaxPoints());
        BigDecimal total = axisMaxPoints.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(taskMaxPoints) != 0) {
            throw new SchemeRuleViolation("scheme.violation.axes-total", total, taskMaxPoints);
        }
    }

    private static String joined(Set<Integer> numbers) {
        return numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    // The steps follow one another (seed 002 §4 Bước 1–5, seed 000 §III.4), so no deadline may fall before the
    // deadline of an earlier step.
    private void checkDeadlines(List<Deadline> deadlines) {
        Map<DeadlineStep, Deadline> byStep = new EnumMap<>(DeadlineStep.class);
        for (Deadline deadline : deadlines) {
            if (byStep.put(deadline.step(), deadline) != null) {
                throw new SchemeRuleViolation("scheme.violation.deadline-repeated", step(deadline.step()));
            }
        }
        for (int quarter = 1; quarter <= 4; quarter++) {
            Deadline earlier = null;
            for (Deadline deadline : byStep.values()) {
                if (earlier != null && lastDay(deadline, quarter).isBefore(lastDay(earlier, quarter))) {
                    throw new SchemeRuleViolation("scheme.violation.deadline-order", step(deadline.step()),
                            step(earlier.step()));
                }
                earlier = deadline;
            }
        }
    }

    private static LocalDate lastDay(Deadline deadline, int quarter) {
        return deadline.lastDayInTime(ANY_YEAR, quarter);
    }

    private static DefaultMessageSourceResolvable step(DeadlineStep step) {
        return new DefaultMessageSourceResolvable("scheme.step." + step.name());
    }
}
