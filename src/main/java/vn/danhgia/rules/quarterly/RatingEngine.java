package vn.danhgia.rules.quarterly;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.danhgia.rules.CollectiveRole;
import vn.danhgia.rules.Fraction;
import vn.danhgia.rules.HeadCappedByCollective;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.RatingMethod;
import vn.danhgia.rules.RatingReason;
import vn.danhgia.rules.RatingRules;
import vn.danhgia.rules.ReasonCode;

/**
 * Suggests a person's quarterly level (đề xuất mức xếp loại) as the lowest of: the points band (Quy định 366-QĐ/TW
 * Điều 11; skipped in a conditions-only scheme), the level's task conditions (seed 000 §III.3.1–3.3, seed 002 §6.1),
 * the led unit's conditions and the remedy of earlier shortcomings (Quy định 366-QĐ/TW Điều 11), the veto events
 * (seed 000 §III.3.4) and the collective caps (seed 002 §6.3, seed 004 §VII.2). Every rule that applies adds a
 * reason; each rule that holds the level below EXCELLENT is listed even when another rule is stricter, so the
 * reader sees all that stands in the way.
 */
public final class RatingEngine {

    public RatingSuggestion suggest(RatingCase ratingCase, RatingRules rules) {
        List<RatingReason> reasons = new ArrayList<>();
        if (rules.method() == RatingMethod.BANDS_AND_CONDITIONS) {
            reasons.add(pointsBand(ratingCase, rules));
        }
        addTaskConditions(ratingCase, rules, reasons);
        addLedUnit(ratingCase, rules, reasons);
        if (ratingCase.shortcomings() == EarlierShortcomings.NOT_REMEDIED) {
            reasons.add(RatingReason.of(ReasonCode.SHORTCOMINGS_NOT_REMEDIED, RatingLevel.GOOD));
        }
        ratingCase.vetoEvents().forEach(event -> reasons.add(event.reason()));
        addCollective(ratingCase, rules, reasons);
        RatingLevel level = reasons.stream().filter(reason -> reason.cap() != null).map(RatingReason::cap)
                .reduce(RatingLevel.EXCELLENT, RatingLevel::atMost);
        return new RatingSuggestion(level, reasons);
    }

    /**
     * The points band alone, for a total that is not a quarter's score sheet: a leader's self-scoring on the year's
     * criteria frame (Mẫu 02B, seed 003 §2.1 a item 2) is shown beside the level this band gives it.
     */
    public static RatingLevel pointsBand(BigDecimal total, RatingRules rules) {
        return band(Fraction.of(total), rules);
    }

    /**
     * Quy định 366-QĐ/TW Điều 11: ≥ 90 EXCELLENT, 70 to < 90 GOOD, 50 to < 70 COMPLETED, < 50 NOT_COMPLETED, on the
     * total as printed ({@link #printedTotal}).
     */
    public static RatingLevel band(Fraction total, RatingRules rules) {
        BigDecimal printed = printedTotal(total);
        if (printed.compareTo(rules.excellentMinPoints()) >= 0) {
            return RatingLevel.EXCELLENT;
        }
        if (printed.compareTo(rules.goodMinPoints()) >= 0) {
            return RatingLevel.GOOD;
        }
        if (printed.compareTo(rules.completedMinPoints()) >= 0) {
            return RatingLevel.COMPLETED;
        }
        return RatingLevel.NOT_COMPLETED;
    }

    /**
     * The total as Mẫu 03 prints it (seed 002 Phụ lục 2: two decimals, half-up from the exact value): the figure the
     * cadre signs and the council sees, so the band is read on it and the message quotes it (issue 12 §1: 89,998
     * shows as 90 and must not be GOOD).
     */
    public static BigDecimal printedTotal(Fraction total) {
        return total.rounded(2);
    }

    private static RatingReason pointsBand(RatingCase ratingCase, RatingRules rules) {
        if (ratingCase.score() == null) {
            throw new IllegalArgumentException("the scheme rates by points bands and conditions; the case has no score");
        }
        Fraction total = ratingCase.score().total();
        RatingLevel band = band(total, rules);
        // The band and the message both rest on the printed figure, so they can never disagree.
        return RatingReason.of(ReasonCode.POINTS_BAND, band, printedTotal(total), band, rules.excellentMinPoints(),
                rules.goodMinPoints(), rules.completedMinPoints());
    }

    // Seed 000 §III.3.1–3.3; seed 002 §6.1 for undone tasks and force majeure.
    private static void addTaskConditions(RatingCase ratingCase, RatingRules rules, List<RatingReason> reasons) {
        TaskConditions counted = ratingCase.conditions(rules);
        TaskConditions assessed = counted;
        if (!counted.allDone()) {
            if (ratingCase.forceMajeure() != null) {
                reasons.add(RatingReason.of(ReasonCode.FORCE_MAJEURE, null, counted.notDone(), counted.assigned(),
                        ratingCase.forceMajeure().reason()));
                if (counted.done() == 0) {
                    addNothingDone(counted, reasons);
                    return;
                }
                assessed = counted.excusingUndone();
            } else {
                reasons.add(RatingReason.of(ReasonCode.NOT_ALL_DONE, RatingLevel.NOT_COMPLETED, counted.notDone(),
                        counted.assigned()));
            }
        }
        if (assessed.lateShare().compareTo(rules.completedMaxLateShare()) > 0) {
            reasons.add(RatingReason.of(ReasonCode.LATE_SHARE, RatingLevel.NOT_COMPLETED, assessed.late(),
                    assessed.assigned(), assessed.lateShare().percent(),
                    Fraction.of(rules.completedMaxLateShare()).percent()));
        } else if (assessed.late() > 0) {
            reasons.add(RatingReason.of(ReasonCode.LATE_TASKS, RatingLevel.COMPLETED, assessed.late(),
                    assessed.assigned()));
        }
        if (assessed.needingRework() > 0) {
            reasons.add(RatingReason.of(ReasonCode.REWORK_TASKS, RatingLevel.COMPLETED, assessed.needingRework(),
                    assessed.assigned()));
        }
        boolean beyondEnough = assessed.beyondShare().compareTo(rules.excellentMinBeyondShare()) >= 0;
        reasons.add(RatingReason.of(beyondEnough ? ReasonCode.BEYOND_SHARE_MET : ReasonCode.BEYOND_SHARE_SHORT,
                beyondEnough ? RatingLevel.EXCELLENT : RatingLevel.GOOD, assessed.beyond(), assessed.assigned(),
                assessed.beyondShare().percent(), Fraction.of(rules.excellentMinBeyondShare()).percent()));
    }

    /**
     * Seed 002 §6.1 only lifts the automatic NOT_COMPLETED for tasks a confirmed force majeure left undone; when it
     * excused every task there are no results left to weigh, and GOOD's "on time, with quality and effect" or
     * EXCELLENT's "beyond requirement" would rest on nothing. Such a quarter belongs to §7 d (not rated now, its
     * results weighed in the next quarter) or to the competent authority (§7 e), so the engine says so and suggests no
     * more than COMPLETED, the level whose conditions the excused quarter does not contradict; NOT_COMPLETED would undo
     * §6.1. A suggestion always has a level (the decision steps refuse a decision above it), hence a cap, not none.
     */
    private static void addNothingDone(TaskConditions counted, List<RatingReason> reasons) {
        reasons.add(RatingReason.of(ReasonCode.FORCE_MAJEURE_NOTHING_DONE, RatingLevel.COMPLETED, counted.assigned()));
    }

    /**
     * Quy định 366-QĐ/TW Điều 11 (DOMAIN "Beyond the seeds"): a leader's EXCELLENT and GOOD also need the led unit to
     * meet that level's task conditions; COMPLETED asks nothing of the unit.
     */
    private static void addLedUnit(RatingCase ratingCase, RatingRules rules, List<RatingReason> reasons) {
        if (!ratingCase.leader()) {
            return;
        }
        TaskConditions unit = ratingCase.ledUnit();
        if (unit == null) {
            reasons.add(RatingReason.of(ReasonCode.LEADER_UNIT_UNKNOWN, RatingLevel.COMPLETED));
            return;
        }
        RatingLevel unitLevel = unit.satisfiedLevel(rules);
        RatingLevel cap = unitLevel.isAtLeast(RatingLevel.GOOD) ? unitLevel : RatingLevel.COMPLETED;
        if (cap != RatingLevel.EXCELLENT) {
            reasons.add(RatingReason.of(ReasonCode.LEADER_UNIT_CONDITIONS, cap, unitLevel, unit.done(),
                    unit.assigned(), unit.beyond(), unit.beyondShare().percent(), unit.late(),
                    unit.needingRework()));
        }
    }

    // Seed 002 §6.3 (collective below 70 %); seed 004 §VII.2 (head never above the collective).
    private static void addCollective(RatingCase ratingCase, RatingRules rules, List<RatingReason> reasons) {
        CollectiveRole role = ratingCase.collectiveRole();
        CollectiveResult collective = ratingCase.collective();
        if (role == CollectiveRole.NONE || collective == null) {
            return;
        }
        CollectiveShortfall.reason(collective.completion(), rules.collectiveMinCompletion(), role)
                .ifPresent(reasons::add);
        if (role == CollectiveRole.HEAD) {
            HeadCappedByCollective.reason(collective.level(), false).ifPresent(reasons::add);
        }
    }
}
