package vn.danhgia.rules.annual;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.danhgia.rules.CollectiveRole;
import vn.danhgia.rules.CorruptionExemption;
import vn.danhgia.rules.Fraction;
import vn.danhgia.rules.HeadCappedByCollective;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.RatingMethod;
import vn.danhgia.rules.RatingReason;
import vn.danhgia.rules.RatingRules;
import vn.danhgia.rules.ReasonCode;
import vn.danhgia.rules.RuleSource;
import vn.danhgia.rules.quarterly.CollectiveShortfall;
import vn.danhgia.rules.quarterly.EarlierShortcomings;
import vn.danhgia.rules.quarterly.RatingEngine;
import vn.danhgia.rules.quarterly.TaskConditions;
import vn.danhgia.rules.yearend.UnratedPeriod;

/**
 * Suggests a subject's yearly level as the lowest of every rule that applies under the legal basis in force
 * ({@link AnnualLegalBasis}); each rule that applies adds a reason citing its text, and every rule that holds the
 * level below EXCELLENT is listed even when another is stricter:
 * <ul>
 *   <li>the points band (QĐ 366 Điều 11, NĐ 335: ≥ 90 / 70 / 50), read on the total as printed;</li>
 *   <li>the task conditions (QĐ 124 Điều 12, QĐ 366 Điều 11, NĐ 90): 100 % done, on time with quality, the beyond
 *       share for EXCELLENT (30 %, 50 % for NĐ 90 and QĐ 124), ≤ 20 % behind schedule for COMPLETED;</li>
 *   <li>a leader: the led unit meeting the level's conditions (QĐ 366 Điều 11, NĐ 90); under NĐ 90 (viên chức and
 *       công chức until 2025) also every managed unit COMPLETED or above and ≥ 70 % GOOD+;</li>
 *   <li>earlier shortcomings remedied for EXCELLENT (QĐ 366 Điều 11);</li>
 *   <li>vetoes: disciplined in the year (khiển trách or above), degradation, corruption in a unit under a leader's
 *       direct charge (QĐ 366 Điều 11, NĐ 335);</li>
 *   <li>the quarters (seed 002 §5, seed 000 §III.6.4, seed 002 §7 d): no EXCELLENT after a NOT_COMPLETED quarter or a
 *       NOT_COMPLETED Q4; deferred quarters' results carried into the year;</li>
 *   <li>the collective the person heads: below 70 % the head is NOT_COMPLETED (seed 002 §6.3); the head never above
 *       it, except a chi bộ tổ dân phố (seed 004 §VII.2);</li>
 *   <li>a party member who is a cadre: not above the cadre level, decided or provisionally proposed (seed 004
 *       §VII.1);</li>
 *   <li>a collective: EXCELLENT needs no subordinate unit and no leadership member disciplined; disciplined itself,
 *       or too many subordinates NOT_COMPLETED, is NOT_COMPLETED (QĐ 366 Điều 11; DOMAIN-annual §2); a party
 *       organisation's EXCELLENT also needs its subordinate bodies' levels (Hướng dẫn 16-HD/BTCTW);</li>
 *   <li>part of the year off work: at most COMPLETED from the basis's months; a person who worked too little is not
 *       rated at all ({@link PartialYear}).</li>
 * </ul>
 */
public final class AnnualRatingEngine {


    public AnnualSuggestion suggest(AnnualCase annualCase, AnnualLegalBasis basis) {
        if (annualCase.track() != basis.track() && annualCase.track().isPartySide() != basis.track().isPartySide()) {
            throw new IllegalArgumentException("a " + annualCase.track() + " is not rated on the basis chosen for a "
                    + basis.track());
        }
        AnnualThresholds thresholds = basis.thresholds();
        if (!PartialYear.rated(annualCase.presence(), thresholds)) {
            throw new IllegalArgumentException("worked " + annualCase.presence().monthsWorked()
                    + " months: reviewed but not rated (PartialYear.rated)");
        }
        RatingRules rules = thresholds.ratingRules();
        RuleSource source = basis.source();
        List<RatingReason> reasons = new ArrayList<>();
        reasons.add(RatingReason.of(ReasonCode.ANNUAL_LEGAL_BASIS, null, basis.citation(), annualCase.year())
                .citing(source));
        if (thresholds.method() == RatingMethod.BANDS_AND_CONDITIONS) {
            reasons.add(pointsBand(annualCase, rules, source));
        }
        if (thresholds.taskConditions()) {
            addTaskConditions(annualCase, rules, source, reasons);
            addLeadership(annualCase, thresholds, rules, source, reasons);
        }
        if (thresholds.shortcomingsRemediedForExcellent()
                && annualCase.shortcomings() == EarlierShortcomings.NOT_REMEDIED) {
            reasons.add(RatingReason.of(ReasonCode.SHORTCOMINGS_NOT_REMEDIED, RatingLevel.GOOD).citing(source));
        }
        addMisconduct(annualCase, source, reasons);
        PartialYear.reason(annualCase.presence(), thresholds).ifPresent(reasons::add);
        addQuarters(annualCase, thresholds, reasons);
        addHeadedCollective(annualCase, thresholds, reasons);
        if (annualCase.cadreLevel() != null && annualCase.track() == SubjectTrack.PARTY_MEMBER) {
            reasons.add(annualCase.cadreLevel().reason());
        }
        addCollective(annualCase, thresholds, source, reasons);
        RatingLevel level = reasons.stream().filter(reason -> reason.cap() != null).map(RatingReason::cap)
                .reduce(RatingLevel.EXCELLENT, RatingLevel::atMost);
        return new AnnualSuggestion(level, reasons);
    }

    private static RatingReason pointsBand(AnnualCase annualCase, RatingRules rules, RuleSource source) {
        if (annualCase.points() == null) {
            throw new IllegalArgumentException("the legal basis rates by points bands; the case has no points");
        }
        Fraction total = Fraction.of(annualCase.points());
        RatingLevel band = RatingEngine.band(total, rules);
        return RatingReason.of(ReasonCode.POINTS_BAND, band, RatingEngine.printedTotal(total), band,
                rules.excellentMinPoints(), rules.goodMinPoints(), rules.completedMinPoints()).citing(source);
    }

    private static void addTaskConditions(AnnualCase annualCase, RatingRules rules, RuleSource source,
                                          List<RatingReason> reasons) {
        TaskConditions tasks = annualCase.tasks();
        if (tasks == null) {
            throw new IllegalArgumentException("the legal basis checks the task conditions; the case has no tasks");
        }
        if (!tasks.allDone()) {
            reasons.add(RatingReason.of(ReasonCode.NOT_ALL_DONE, RatingLevel.NOT_COMPLETED, tasks.notDone(),
                    tasks.assigned()).citing(source));
        }
        if (tasks.lateShare().compareTo(rules.completedMaxLateShare()) > 0) {
            reasons.add(RatingReason.of(ReasonCode.LATE_SHARE, RatingLevel.NOT_COMPLETED, tasks.late(),
                    tasks.assigned(), tasks.lateShare().percent(), Fraction.of(rules.completedMaxLateShare()).percent())
                    .citing(source));
        } else if (tasks.late() > 0) {
            reasons.add(RatingReason.of(ReasonCode.LATE_TASKS, RatingLevel.COMPLETED, tasks.late(), tasks.assigned())
                    .citing(source));
        }
        if (tasks.needingRework() > 0) {
            reasons.add(RatingReason.of(ReasonCode.REWORK_TASKS, RatingLevel.COMPLETED, tasks.needingRework(),
                    tasks.assigned()).citing(source));
        }
        boolean beyondEnough = tasks.beyondShare().compareTo(rules.excellentMinBeyondShare()) >= 0;
        reasons.add(RatingReason.of(beyondEnough ? ReasonCode.BEYOND_SHARE_MET : ReasonCode.BEYOND_SHARE_SHORT,
                beyondEnough ? RatingLevel.EXCELLENT : RatingLevel.GOOD, tasks.beyond(), tasks.assigned(),
                tasks.beyondShare().percent(), Fraction.of(rules.excellentMinBeyondShare()).percent()).citing(source));
    }

    private static void addLeadership(AnnualCase annualCase, AnnualThresholds thresholds, RatingRules rules,
                                      RuleSource source, List<RatingReason> reasons) {
        AnnualCase.Leadership leadership = annualCase.leadership();
        if (leadership == null) {
            return;
        }
        TaskConditions unit = leadership.ledUnit();
        boolean managedUnitsRule = thresholds.managedUnitsMinGoodShare() != null && !annualCase.track().isPartySide();
        if (managedUnitsRule && (leadership.managedUnits() != null || unit == null)) {
            addManagedUnits(leadership.managedUnits(), thresholds.managedUnitsMinGoodShare(), source, reasons);
        }
        if (unit == null) {
            if (!managedUnitsRule) {
                reasons.add(RatingReason.of(ReasonCode.LEADER_UNIT_UNKNOWN, RatingLevel.COMPLETED).citing(source));
            }
            return;
        }
        RatingLevel unitLevel = unit.satisfiedLevel(rules);
        RatingLevel cap = unitLevel.isAtLeast(RatingLevel.GOOD) ? unitLevel : RatingLevel.COMPLETED;
        if (cap != RatingLevel.EXCELLENT) {
            reasons.add(RatingReason.of(ReasonCode.LEADER_UNIT_CONDITIONS, cap, unitLevel, unit.done(),
                    unit.assigned(), unit.beyond(), unit.beyondShare().percent(), unit.late(), unit.needingRework())
                    .citing(source));
        }
    }

    // NĐ 90/2020 (viên chức managers): EXCELLENT and GOOD need every managed unit COMPLETED+ and ≥ 70 % GOOD+.
    private static void addManagedUnits(AnnualCase.ManagedUnits units, BigDecimal minGoodShare, RuleSource source,
                                        List<RatingReason> reasons) {
        if (units == null) {
            reasons.add(RatingReason.of(ReasonCode.ANNUAL_MANAGED_UNITS_UNKNOWN, RatingLevel.COMPLETED)
                    .citing(source));
            return;
        }
        boolean met = units.completedOrAbove() == units.units() && units.goodShare().compareTo(minGoodShare) >= 0;
        if (!met) {
            reasons.add(RatingReason.of(ReasonCode.ANNUAL_MANAGED_UNITS, RatingLevel.COMPLETED, units.units(),
                    units.completedOrAbove(), units.goodOrAbove(), units.goodShare().percent(),
                    Fraction.of(minGoodShare).percent()).citing(source));
        }
    }

    private static void addMisconduct(AnnualCase annualCase, RuleSource source, List<RatingReason> reasons) {
        AnnualCase.Misconduct misconduct = annualCase.misconduct();
        int year = annualCase.year();
        if (misconduct.disciplined() != null) {
            reasons.add(RatingReason.of(ReasonCode.ANNUAL_DISCIPLINED, RatingLevel.NOT_COMPLETED,
                    misconduct.disciplined(), year).citing(source));
        }
        if (misconduct.degradation()) {
            reasons.add(RatingReason.of(ReasonCode.ANNUAL_DEGRADATION, RatingLevel.NOT_COMPLETED, year)
                    .citing(source));
        }
        CorruptionExemption corruption = misconduct.corruption();
        if (corruption != null && annualCase.leader()) {
            reasons.add(corruption == CorruptionExemption.NONE
                    ? RatingReason.of(ReasonCode.ANNUAL_CORRUPTION, RatingLevel.NOT_COMPLETED, year).citing(source)
                    : RatingReason.of(ReasonCode.ANNUAL_CORRUPTION_EXEMPT, null, corruption, year).citing(source));
        }
    }

    // Seed 002 §5 (no EXCELLENT after a NOT_COMPLETED quarter), seed 000 §III.6.4 (Q4 counted), seed 002 §7 d.
    private static void addQuarters(AnnualCase annualCase, AnnualThresholds thresholds, List<RatingReason> reasons) {
        AnnualCase.YearQuarters quarters = annualCase.quarters();
        if (quarters == null) {
            return;
        }
        int year = annualCase.year();
        if (thresholds.notCompletedQuarterBlocksExcellent()) {
            quarters.review().yearEndReason(year).ifPresent(reasons::add);
            if (quarters.q4Level() == RatingLevel.NOT_COMPLETED) {
                reasons.add(RatingReason.of(ReasonCode.ANNUAL_Q4_NOT_COMPLETED, RatingLevel.GOOD, year));
            }
        }
        long deferred = quarters.review().unrated().stream()
                .filter(period -> period.year() == year && period.cause() == UnratedPeriod.Cause.DEFERRED)
                .count();
        if (deferred > 0) {
            reasons.add(RatingReason.of(ReasonCode.ANNUAL_DEFERRED_CARRIED, null, year, deferred));
        }
    }

    private static void addHeadedCollective(AnnualCase annualCase, AnnualThresholds thresholds,
                                            List<RatingReason> reasons) {
        AnnualCase.HeadedCollective headed = annualCase.headedCollective();
        if (headed == null) {
            return;
        }
        CollectiveShortfall.reason(headed.completion(), thresholds.collectiveMinCompletion(), CollectiveRole.HEAD)
                .ifPresent(reasons::add);
        HeadCappedByCollective.reason(headed.level(), headed.residentialCell()).ifPresent(reasons::add);
    }

    private static void addCollective(AnnualCase annualCase, AnnualThresholds thresholds, RuleSource source,
                                      List<RatingReason> reasons) {
        AnnualCase.CollectiveFacts facts = annualCase.collective();
        if (facts == null) {
            return;
        }
        if (facts.disciplined()) {
            reasons.add(RatingReason.of(ReasonCode.COLLECTIVE_DISCIPLINED, RatingLevel.NOT_COMPLETED)
                    .citing(source));
        }
        if (facts.subordinateUnitsDisciplined() > 0 || facts.leadershipMembersDisciplined() > 0) {
            reasons.add(RatingReason.of(ReasonCode.COLLECTIVE_MEMBERS_DISCIPLINED, RatingLevel.GOOD,
                    facts.subordinateUnitsDisciplined(), facts.leadershipMembersDisciplined()).citing(source));
        }
        BigDecimal maxShare = thresholds.subordinatesMaxNotCompletedShare();
        List<RatingLevel> levels = facts.subordinateLevels();
        if (maxShare != null && !levels.isEmpty()) {
            long notCompleted = levels.stream().filter(level -> level == RatingLevel.NOT_COMPLETED).count();
            Fraction share = Fraction.of(BigDecimal.valueOf(notCompleted), BigDecimal.valueOf(levels.size()));
            if (share.compareTo(maxShare) > 0) {
                reasons.add(RatingReason.of(ReasonCode.COLLECTIVE_SUBORDINATES_NOT_COMPLETED,
                        RatingLevel.NOT_COMPLETED, notCompleted, levels.size(), share.percent(),
                        Fraction.of(maxShare).percent()).citing(source));
            }
        }
        if (annualCase.track() == SubjectTrack.PARTY_ORGANISATION && facts.bodies() != null
                && thresholds.subordinateBodiesMinGoodShare() != null) {
            addSubordinateBodies(facts.bodies(), thresholds.subordinateBodiesMinGoodShare(), reasons);
        }
    }

    // Hướng dẫn 16-HD/BTCTW (DOMAIN-annual §2, [M]): a party organisation is EXCELLENT only when every subordinate
    // party organisation is COMPLETED or above, the given share of them GOOD or above, and the same-level government
    // and mass organisations GOOD or above.
    private static void addSubordinateBodies(AnnualCase.SubordinateBodies bodies, BigDecimal minGoodShare,
                                             List<RatingReason> reasons) {
        AnnualCase.ManagedUnits organisations = AnnualCase.ManagedUnits.of(bodies.partyOrganisations());
        long sameLevelGood = bodies.sameLevelBodies().stream().filter(level -> level.isAtLeast(RatingLevel.GOOD))
                .count();
        boolean met = organisations.completedOrAbove() == organisations.units()
                && organisations.goodShare().compareTo(minGoodShare) >= 0
                && sameLevelGood == bodies.sameLevelBodies().size();
        if (!met) {
            reasons.add(RatingReason.of(ReasonCode.ANNUAL_SUBORDINATE_BODIES, RatingLevel.GOOD,
                    organisations.units(), organisations.completedOrAbove(), organisations.goodOrAbove(),
                    organisations.goodShare().percent(), Fraction.of(minGoodShare).percent(),
                    bodies.sameLevelBodies().size(), sameLevelGood));
        }
    }
}
