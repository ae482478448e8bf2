package vn.danhgia.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the rating engine over arbitrary cases. */
class RatingEngineProperties {

    private final RatingEngine engine = new RatingEngine();
    private final RatingRules rules = RatingRules.defaults();

    /** Seed 000 §III.3.4: any of the veto events a–c, unexempted, gives NOT_COMPLETED whatever else holds. */
    @Property
    void vetoAlwaysGivesNotCompleted(@ForAll("cases") CaseSpec spec, @ForAll("vetoes") VetoEvent veto) {
        assertThat(engine.suggest(spec.withVeto(veto).toCase(), rules).level()).isEqualTo(RatingLevel.NOT_COMPLETED);
    }

    /** Every added restriction is a cap, and a cap never raises a level. */
    @Property
    void addingACapNeverRaisesTheLevel(@ForAll("cases") CaseSpec spec, @ForAll("restrictions") Restriction extra) {
        RatingLevel before = engine.suggest(spec.toCase(), rules).level();
        RatingLevel after = engine.suggest(extra.apply(spec).toCase(), rules).level();
        assertThat(after.isAbove(before)).as("%s after %s, was %s", after, extra.name(), before).isFalse();
    }

    /** The level is exactly the lowest cap among the reasons, and at least one reason caps. */
    @Property
    void levelIsTheLowestCapAmongTheReasons(@ForAll("cases") CaseSpec spec) {
        RatingSuggestion suggestion = engine.suggest(spec.toCase(), rules);
        RatingLevel lowest = suggestion.reasons().stream().filter(r -> r.cap() != null).map(RatingReason::cap)
                .reduce(RatingLevel.EXCELLENT, RatingLevel::atMost);
        assertThat(suggestion.reasons()).anyMatch(r -> r.cap() != null);
        assertThat(suggestion.level()).isEqualTo(lowest);
    }

    /** A higher total never lowers the level when everything else stays the same (Quy định 366 Điều 11 bands). */
    @Property
    void higherTotalNeverLowersTheLevel(@ForAll("cases") CaseSpec spec, @ForAll("totals") BigDecimal other) {
        BigDecimal low = spec.total().min(other);
        BigDecimal high = spec.total().max(other);
        RatingLevel atLow = engine.suggest(spec.withTotal(low).toCase(), rules).level();
        RatingLevel atHigh = engine.suggest(spec.withTotal(high).toCase(), rules).level();
        assertThat(atHigh.isAtLeast(atLow)).isTrue();
    }

    /** In a conditions-only scheme with nothing else in play, the level is what the task conditions allow. */
    @Property
    void conditionsOnlyLevelIsTheConditionsLevel(@ForAll("conditions") TaskConditions conditions) {
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

        /** One more task, late: assigned and done both grow by one, and the late count with them. */
        CaseSpec withOneMoreLateTask() {
            TaskConditions more = new TaskConditions(conditions.assigned() + 1, conditions.done() + 1,
                    conditions.beyond(), conditions.late() + 1, conditions.needingRework());
            return new CaseSpec(total, more, forceMajeure, leader, ledUnit, shortcomings, role, collective, vetoes);
        }
    }

    @Provide
    Arbitrary<CaseSpec> cases() {
        Arbitrary<Boolean> flags = Arbitraries.of(true, false);
        Arbitrary<TaskConditions> ledUnit = conditions().injectNull(0.3);
        Arbitrary<CollectiveResult> collective = Combinators.combine(
                        Arbitraries.integers().between(0, 20).injectNull(0.3),
                        Arbitraries.of(RatingLevel.class).injectNull(0.5))
                .as((done, level) -> done == null && level == null ? null : new CollectiveResult(
                        done == null ? null : Fraction.of(BigDecimal.valueOf(done), BigDecimal.valueOf(20)), level));
        Arbitrary<List<VetoEvent>> vetoes = allVetoEvents().list().ofMaxSize(2);
        return Combinators.combine(totals(), conditions(), flags, flags, ledUnit,
                        Arbitraries.of(EarlierShortcomings.class), Arbitraries.of(CollectiveRole.class), collective)
                .flatAs((total, conditions, forceMajeure, leader, unit, shortcomings, role, result) -> vetoes.map(
                        events -> new CaseSpec(total, conditions, forceMajeure, leader, leader ? unit : null,
                                shortcomings, role, result, events)));
    }

    @Provide
    Arbitrary<TaskConditions> conditions() {
        return Arbitraries.integers().between(1, 12).flatMap(assigned -> Arbitraries.integers().between(0, assigned)
                .flatMap(done -> Combinators.combine(Arbitraries.integers().between(0, done),
                                Arbitraries.integers().between(0, done), Arbitraries.integers().between(0, done))
                        .as((beyond, late, rework) -> new TaskConditions(assigned, done, beyond, late, rework))));
    }

    @Provide
    Arbitrary<BigDecimal> totals() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(2);
    }

    @Provide
    Arbitrary<VetoEvent> vetoes() {
        return Arbitraries.of(
                new VetoEvent.Discipline(DisciplineForm.REPRIMAND, true, "Khiển trách do chậm trễ tham mưu"),
                new VetoEvent.Discipline(DisciplineForm.DISMISSAL_FROM_POST, true, "Cách chức do sai phạm đất đai"),
                new VetoEvent.DegradationConcluded("Kết luận của Ủy ban Kiểm tra"),
                new VetoEvent.CorruptionInManagedScope(CorruptionExemption.NONE, "Sai phạm mua sắm ở đơn vị trực thuộc"));
    }

    @Provide
    Arbitrary<Restriction> restrictions() {
        return Combinators.combine(allVetoEvents(), conditions(), Arbitraries.integers().between(0, 20),
                        Arbitraries.of(CollectiveRole.HEAD, CollectiveRole.DEPUTY, CollectiveRole.MEMBER),
                        Arbitraries.of(RatingLevel.class))
                .flatAs((veto, unit, collectiveDone, role, collectiveLevel) -> Arbitraries.of(
                        new Restriction("veto " + veto, spec -> spec.withVeto(veto)),
                        new Restriction("shortcomings not remedied", CaseSpec::withShortcomingsNotRemedied),
                        new Restriction("leads " + unit, spec -> spec.leading(unit)),
                        new Restriction("leads an unknown unit", spec -> spec.leading(null)),
                        new Restriction(role + " of a collective at " + collectiveDone + "/20, " + collectiveLevel,
                                spec -> spec.inCollective(role, new CollectiveResult(Fraction.of(
                                        BigDecimal.valueOf(collectiveDone), BigDecimal.valueOf(20)), collectiveLevel))),
                        new Restriction("one more late task", CaseSpec::withOneMoreLateTask)));
    }

    private static Arbitrary<VetoEvent> allVetoEvents() {
        return Combinators.combine(Arbitraries.of(DisciplineForm.class), Arbitraries.of(true, false),
                        Arbitraries.of(CorruptionExemption.class), Arbitraries.integers().between(0, 2))
                .as((form, dutyRelated, exemption, kind) -> switch (kind) {
                    case 0 -> new VetoEvent.Discipline(form, dutyRelated, "Quyết định kỷ luật");
                    case 1 -> new VetoEvent.DegradationConcluded("Kết luận của Ủy ban Kiểm tra");
                    default -> new VetoEvent.CorruptionInManagedScope(exemption, "Vụ việc ở đơn vị trực thuộc");
                });
    }
}
