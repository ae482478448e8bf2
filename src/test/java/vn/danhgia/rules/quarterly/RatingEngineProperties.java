package vn.danhgia.rules.quarterly;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.instancio.Random;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danhgia.rules.CollectiveRole;
import vn.danhgia.rules.CorruptionExemption;
import vn.danhgia.rules.DisciplineForm;
import vn.danhgia.rules.Fraction;
import vn.danhgia.rules.PropertyCases;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.RatingReason;
import vn.danhgia.rules.RatingRules;
import vn.danhgia.rules.RuleMother;
import vn.danhgia.rules.RulesBundles;

/** Properties of the rating engine over arbitrary cases. */
@ExtendWith(PropertyCases.NameTheFailingCase.class)
class RatingEngineProperties {

    /** The ends of the totals' range and the bands' lower edges (Quy định 366 Điều 11). */
    private static final List<BigDecimal> TOTAL_EDGES = List.of(BigDecimal.ZERO,
            RatingRules.defaults().completedMinPoints(), RatingRules.defaults().goodMinPoints(),
            RatingRules.defaults().excellentMinPoints(), new BigDecimal("100"));

    private final RatingEngine engine = new RatingEngine();
    private final RatingRules rules = RatingRules.defaults();

    /** Seed 000 §III.3.4: any of the veto events a–c, unexempted, gives NOT_COMPLETED whatever else holds. */
    @ParameterizedTest(name = PropertyCases.NAME)
    @MethodSource("casesAndNamedVetoes")
    void vetoAlwaysGivesNotCompleted(CaseSpec spec, VetoEvent veto) {
        assertThat(engine.suggest(spec.withVeto(veto).toCase(), rules).level()).isEqualTo(RatingLevel.NOT_COMPLETED);
    }

    /** Every added restriction is a cap, and a cap never raises a level. */
    @ParameterizedTest(name = PropertyCases.NAME)
    @MethodSource("casesAndRestrictions")
    void addingACapNeverRaisesTheLevel(CaseSpec spec, Restriction extra) {
        RatingLevel before = engine.suggest(spec.toCase(), rules).level();
        RatingLevel after = engine.suggest(extra.apply(spec).toCase(), rules).level();
        assertThat(after.isAbove(before)).as("%s after %s, was %s", after, extra.name(), before).isFalse();
    }

    /** The level is exactly the lowest cap among the reasons, and at least one reason caps. */
    @ParameterizedTest(name = PropertyCases.NAME)
    @MethodSource("cases")
    void levelIsTheLowestCapAmongTheReasons(CaseSpec spec) {
        RatingSuggestion suggestion = engine.suggest(spec.toCase(), rules);
        RatingLevel lowest = suggestion.reasons().stream().filter(r -> r.cap() != null).map(RatingReason::cap)
                .reduce(RatingLevel.EXCELLENT, RatingLevel::atMost);
        assertThat(suggestion.reasons()).anyMatch(r -> r.cap() != null);
        assertThat(suggestion.level()).isEqualTo(lowest);
    }

    /** A higher total never lowers the level when everything else stays the same (Quy định 366 Điều 11 bands). */
    @ParameterizedTest(name = PropertyCases.NAME)
    @MethodSource("casesAndOtherTotals")
    void higherTotalNeverLowersTheLevel(CaseSpec spec, BigDecimal other) {
        BigDecimal low = spec.total().min(other);
        BigDecimal high = spec.total().max(other);
        RatingLevel atLow = engine.suggest(spec.withTotal(low).toCase(), rules).level();
        RatingLevel atHigh = engine.suggest(spec.withTotal(high).toCase(), rules).level();
        assertThat(atHigh.isAtLeast(atLow)).isTrue();
    }

    /**
     * Issue 12 §1: the band and the figure the reason quotes never disagree. Whatever the exact total, the message in
     * each language shows the total as Mẫu 03 prints it (seed 002 Phụ lục 2: two decimals, half-up), and the band it
     * names, the reason's cap and the level are the band of that figure under Quy định 366-QĐ/TW Điều 11.
     */
    @ParameterizedTest(name = PropertyCases.NAME)
    @MethodSource("exactTotals")
    void bandAndTheFigureInTheMessageAgree(Fraction total) {
        RatingSuggestion suggestion = engine.suggest(RatingCase.builder().score(scoreWithTotal(total))
                .taskConditions(new TaskConditions(10, 10, 3, 0, 0)).build(), rules);
        RatingReason points = suggestion.reasons().get(0);
        assertThat(points.code()).isEqualTo("points-band");
        BigDecimal printed = total.numerator().divide(total.denominator(), 2, RoundingMode.HALF_UP);
        RatingLevel bandOfPrinted = printed.compareTo(rules.excellentMinPoints()) >= 0 ? RatingLevel.EXCELLENT
                : printed.compareTo(rules.goodMinPoints()) >= 0 ? RatingLevel.GOOD
                : printed.compareTo(rules.completedMinPoints()) >= 0 ? RatingLevel.COMPLETED
                : RatingLevel.NOT_COMPLETED;
        checkMessage(points, RulesBundles.VI, RulesBundles.VIETNAMESE,
                Pattern.compile("^Tổng điểm đạt ([0-9,]+)/100, thuộc khung “([^”]+)”"), printed, bandOfPrinted);
        checkMessage(points, RulesBundles.EN, Locale.ENGLISH,
                Pattern.compile("^Total of ([0-9.]+)/100 falls in the band \"([^\"]+)\""), printed, bandOfPrinted);
        assertThat(points.cap()).isEqualTo(bandOfPrinted);
        // The case meets EXCELLENT's conditions, so the band alone decides the level.
        assertThat(suggestion.level()).isEqualTo(bandOfPrinted);
    }

    private static void checkMessage(RatingReason points, ResourceBundle bundle, Locale locale, Pattern shape,
                                     BigDecimal printed, RatingLevel bandOfPrinted) {
        String text = points.render(bundle, locale);
        Matcher matcher = shape.matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        BigDecimal shown = new BigDecimal(matcher.group(1).replace(',', '.'));
        assertThat(shown).as(text).isEqualByComparingTo(printed);
        assertThat(matcher.group(2)).as(text).isEqualTo(bundle.getString(bandOfPrinted.messageKey()));
    }

    /**
     * Seed 002 §6.1 and §7 d: whatever else holds, in either kind of scheme, a quarter whose every task a confirmed
     * force majeure excused is never suggested above COMPLETED, and is handed to the authority with the reason.
     */
    @ParameterizedTest(name = PropertyCases.NAME)
    @MethodSource("cases")
    void forceMajeureWithNothingDoneIsNeverAboveCompleted(CaseSpec spec) {
        CaseSpec nothingDone = spec.withNothingDoneUnderForceMajeure();
        for (RatingRules scheme : List.of(rules, RuleMother.conditionsOnly())) {
            RatingSuggestion suggestion = engine.suggest(nothingDone.toCase(), scheme);
            assertThat(suggestion.level().isAbove(RatingLevel.COMPLETED)).as("%s", suggestion.level()).isFalse();
            assertThat(suggestion.hasReason("force-majeure-nothing-done")).isTrue();
            assertThat(suggestion.needsAuthorityDecision()).isTrue();
        }
    }

    /** In a conditions-only scheme with nothing else in play, the level is what the task conditions allow. */
    @ParameterizedTest(name = PropertyCases.NAME)
    @MethodSource("conditions")
    void conditionsOnlyLevelIsTheConditionsLevel(TaskConditions conditions) {
        RatingCase ratingCase = RatingCase.builder().taskConditions(conditions).build();
        assertThat(engine.suggest(ratingCase, RuleMother.conditionsOnly()).level())
                .isEqualTo(conditions.satisfiedLevel(rules));
    }

    /** One restriction added to a case; each can only add a cap. */
    record Restriction(String name, UnaryOperator<CaseSpec> change) {

        CaseSpec apply(CaseSpec spec) {
            return change.apply(spec);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    record CaseSpec(BigDecimal total, TaskConditions conditions, boolean forceMajeure, boolean leader,
                    TaskConditions ledUnit, EarlierShortcomings shortcomings, CollectiveRole role,
                    CollectiveResult collective, List<VetoEvent> vetoes) {

        RatingCase toCase() {
            RatingCase.Builder builder = RatingCase.builder().score(RatingCaseMother.scoreOf(total.toPlainString()))
                    .taskConditions(conditions).shortcomings(shortcomings).inCollective(role, collective);
            if (forceMajeure) {
                builder.forceMajeure("Thiên tai, lũ lụt được Ban Thường vụ xác nhận");
            }
            if (leader && ledUnit != null) {
                builder.leaderOf(ledUnit);
            } else if (leader) {
                builder.leaderOfUnknownUnit();
            }
            vetoes.forEach(builder::veto);
            return builder.build();
        }

        CaseSpec withTotal(BigDecimal newTotal) {
            return new CaseSpec(newTotal, conditions, forceMajeure, leader, ledUnit, shortcomings, role, collective,
                    vetoes);
        }

        CaseSpec withVeto(VetoEvent veto) {
            List<VetoEvent> more = new ArrayList<>(vetoes);
            more.add(veto);
            return new CaseSpec(total, conditions, forceMajeure, leader, ledUnit, shortcomings, role, collective, more);
        }

        CaseSpec withShortcomingsNotRemedied() {
            return new CaseSpec(total, conditions, forceMajeure, leader, ledUnit, EarlierShortcomings.NOT_REMEDIED,
                    role, collective, vetoes);
        }

        /** Leads a unit, when not a leader already (an existing led unit is kept). */
        CaseSpec leading(TaskConditions unit) {
            return leader ? this : new CaseSpec(total, conditions, forceMajeure, true, unit, shortcomings, role,
                    collective, vetoes);
        }

        /** Joins a collective with the given result, when in none yet (an existing one is kept). */
        CaseSpec inCollective(CollectiveRole newRole, CollectiveResult result) {
            return role != CollectiveRole.NONE && collective != null ? this : new CaseSpec(total, conditions,
                    forceMajeure, leader, ledUnit, shortcomings, newRole, result, vetoes);
        }

        /** The same tasks assigned, none of them done, all excused by a confirmed force majeure. */
        CaseSpec withNothingDoneUnderForceMajeure() {
            return new CaseSpec(total, new TaskConditions(conditions.assigned(), 0, 0, 0, 0), true, leader, ledUnit,
                    shortcomings, role, collective, vetoes);
        }

        /** One more task, late: assigned and done both grow by one, and the late count with them. */
        CaseSpec withOneMoreLateTask() {
            TaskConditions more = new TaskConditions(conditions.assigned() + 1, conditions.done() + 1,
                    conditions.beyond(), conditions.late() + 1, conditions.needingRework());
            return new CaseSpec(total, more, forceMajeure, leader, ledUnit, shortcomings, role, collective, vetoes);
        }
    }

    static Stream<Arguments> cases() {
        return PropertyCases.draw(random -> Arguments.of(caseSpec(random)));
    }

    static Stream<Arguments> casesAndNamedVetoes() {
        return PropertyCases.draw(random -> Arguments.of(caseSpec(random), namedVeto(random)));
    }

    static Stream<Arguments> casesAndRestrictions() {
        return PropertyCases.draw(random -> Arguments.of(caseSpec(random), restriction(random)));
    }

    static Stream<Arguments> casesAndOtherTotals() {
        return PropertyCases.draw(random -> Arguments.of(caseSpec(random), total(random)));
    }

    static Stream<Arguments> exactTotals() {
        return PropertyCases.draw(random -> Arguments.of(exactTotal(random)));
    }

    static Stream<Arguments> conditions() {
        return PropertyCases.draw(random -> Arguments.of(conditions(random)));
    }

    /**
     * Any case: a total; task conditions; force majeure or not; a leader, of a known unit seven times in ten, or not;
     * earlier shortcomings; a role in a collective whose result may be missing in part or whole; up to two vetoes.
     */
    private static CaseSpec caseSpec(Random random) {
        BigDecimal total = total(random);
        TaskConditions conditions = conditions(random);
        boolean forceMajeure = random.trueOrFalse();
        boolean leader = random.trueOrFalse();
        TaskConditions ledUnit = random.trueOrFalse(0.3) ? null : conditions(random);
        EarlierShortcomings shortcomings = random.oneOf(EarlierShortcomings.values());
        CollectiveRole role = random.oneOf(CollectiveRole.values());
        CollectiveResult collective = collectiveResult(random);
        List<VetoEvent> vetoes = new ArrayList<>();
        int vetoCount = random.intRange(0, 2);
        for (int i = 0; i < vetoCount; i++) {
            vetoes.add(anyVeto(random));
        }
        return new CaseSpec(total, conditions, forceMajeure, leader, leader ? ledUnit : null, shortcomings, role,
                collective, vetoes);
    }

    /** Tasks done out of 20 (unknown three times in ten) and a level (unknown one time in two); none when both are. */
    private static CollectiveResult collectiveResult(Random random) {
        Integer done = random.trueOrFalse(0.3) ? null : random.intRange(0, 20);
        RatingLevel level = random.trueOrFalse(0.5) ? null : random.oneOf(RatingLevel.values());
        if (done == null && level == null) {
            return null;
        }
        return new CollectiveResult(done == null ? null : Fraction.of(BigDecimal.valueOf(done), BigDecimal.valueOf(20)),
                level);
    }

    /** 1 to 12 tasks assigned, some of them done, and of those done some beyond requirement, late or reworked. */
    private static TaskConditions conditions(Random random) {
        int assigned = random.intRange(1, 12);
        int done = random.intRange(0, assigned);
        return new TaskConditions(assigned, done, random.intRange(0, done), random.intRange(0, done),
                random.intRange(0, done));
    }

    /**
     * 0.00 to 100.00 by hundredths; one time in four at or a hundredth either side of a band edge (Quy định 366
     * Điều 11) or an end of the range, where the level changes.
     */
    private static BigDecimal total(Random random) {
        if (random.trueOrFalse(0.25)) {
            BigDecimal nearEdge = random.oneOf(TOTAL_EDGES).add(BigDecimal.valueOf(random.intRange(-1, 1), 2));
            return nearEdge.max(BigDecimal.ZERO).min(new BigDecimal("100")).setScale(2);
        }
        return BigDecimal.valueOf(random.intRange(0, 10_000), 2);
    }

    /**
     * An exact total from 0 to under 100 as a quotient (ΣQ/ΣP makes such totals, 6,7/7,7 in seed 002's example):
     * a value in ten-thousandths, half the time within a hundredth of a band edge (Quy định 366 Điều 11) so that the
     * third and fourth decimals straddle the half, times a denominator of 1 to 12, plus a remainder under a
     * hundred-thousandth of it, so that most quotients have no finite decimal expansion.
     */
    private static Fraction exactTotal(Random random) {
        BigDecimal value = random.trueOrFalse(0.5)
                ? random.oneOf(TOTAL_EDGES).add(BigDecimal.valueOf(random.intRange(-100, 100), 4))
                : BigDecimal.valueOf(random.intRange(0, 999_999), 4);
        value = value.max(BigDecimal.ZERO).min(new BigDecimal("99.9989"));
        BigDecimal denominator = BigDecimal.valueOf(random.intRange(1, 12));
        BigDecimal numerator = value.multiply(denominator).add(BigDecimal.valueOf(random.intRange(0, 9), 6));
        return Fraction.of(numerator, denominator);
    }

    /** A score whose exact total is the given quotient: general criteria 30, the rest from tasks. */
    private static QuarterlyScore scoreWithTotal(Fraction total) {
        return new QuarterlyScore(new BigDecimal("30"), total.plus(Fraction.of(new BigDecimal("-30"))), total,
                new BigDecimal("70"), List.of());
    }

    /** One of the seed's veto events a–c, none of them exempted. */
    private static VetoEvent namedVeto(Random random) {
        return random.oneOf(
                new VetoEvent.Discipline(DisciplineForm.REPRIMAND, true, "Khiển trách do chậm trễ tham mưu"),
                new VetoEvent.Discipline(DisciplineForm.DISMISSAL_FROM_POST, true, "Cách chức do sai phạm đất đai"),
                new VetoEvent.DegradationConcluded("Kết luận của Ủy ban Kiểm tra"),
                new VetoEvent.CorruptionInManagedScope(CorruptionExemption.NONE, "Sai phạm mua sắm ở đơn vị trực thuộc"));
    }

    private static Restriction restriction(Random random) {
        VetoEvent veto = anyVeto(random);
        TaskConditions unit = conditions(random);
        int collectiveDone = random.intRange(0, 20);
        CollectiveRole role = random.oneOf(CollectiveRole.HEAD, CollectiveRole.DEPUTY, CollectiveRole.MEMBER);
        RatingLevel collectiveLevel = random.oneOf(RatingLevel.values());
        return random.oneOf(
                new Restriction("veto " + veto, spec -> spec.withVeto(veto)),
                new Restriction("shortcomings not remedied", CaseSpec::withShortcomingsNotRemedied),
                new Restriction("leads " + unit, spec -> spec.leading(unit)),
                new Restriction("leads an unknown unit", spec -> spec.leading(null)),
                new Restriction(role + " of a collective at " + collectiveDone + "/20, " + collectiveLevel,
                        spec -> spec.inCollective(role, new CollectiveResult(Fraction.of(
                                BigDecimal.valueOf(collectiveDone), BigDecimal.valueOf(20)), collectiveLevel))),
                new Restriction("one more late task", CaseSpec::withOneMoreLateTask));
    }

    /** Any veto event, exempted or not: discipline of any form, a concluded degradation, corruption in scope. */
    private static VetoEvent anyVeto(Random random) {
        DisciplineForm form = random.oneOf(DisciplineForm.values());
        boolean dutyRelated = random.trueOrFalse();
        CorruptionExemption exemption = random.oneOf(CorruptionExemption.values());
        return switch (random.intRange(0, 2)) {
            case 0 -> new VetoEvent.Discipline(form, dutyRelated, "Quyết định kỷ luật");
            case 1 -> new VetoEvent.DegradationConcluded("Kết luận của Ủy ban Kiểm tra");
            default -> new VetoEvent.CorruptionInManagedScope(exemption, "Vụ việc ở đơn vị trực thuộc");
        };
    }
}
