package vn.danhgia.rules.emulation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danhgia.rules.emulation.EmulationMother.LAW;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.instancio.Random;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danhgia.rules.DisciplineForm;
import vn.danhgia.rules.PropertyCases;
import vn.danhgia.rules.RatingLevel;

/**
 * Properties of the emulation rules over histories drawn by Instancio (issue 14 §3): a break in a run of Chiến sĩ
 * thi đua cơ sở years starts the provincial chain again (Luật TĐKT 2022 Điều 22), importing a past year's title
 * changes today's eligibility exactly as the rule says, and a collective's titles depend on its members' counts only
 * (Điều 27, 28).
 */
@ExtendWith(PropertyCases.NameTheFailingCase.class)
class EmulationChainProperties {

    private static final int YEAR = 2025;
    private static final int EARLIEST = YEAR - 8;
    private static final int CHAIN = EmulationThresholds.defaults().provincialFighterChain();
    private static final Set<EmulationTitle> FIGHTER = Set.of(EmulationTitle.ADVANCED_WORKER,
            EmulationTitle.GRASSROOTS_EMULATION_FIGHTER);

    /** A person's years up to {@link #YEAR}, the year under review, by number. */
    record History(Map<Integer, PersonYear> years) {

        List<PersonYear> list() {
            return List.copyOf(years.values());
        }

        History with(PersonYear year) {
            Map<Integer, PersonYear> changed = new java.util.TreeMap<>(years);
            changed.put(year.year(), year);
            return new History(changed);
        }

        Optional<PersonYear> at(int year) {
            return Optional.ofNullable(years.get(year));
        }

        /** Whether an earlier year counts as a Chiến sĩ thi đua cơ sở year by its titles. */
        boolean fighterIn(int year) {
            return at(year).map(found -> found.holds(EmulationTitle.GRASSROOTS_EMULATION_FIGHTER)
                    || found.holds(EmulationTitle.PROVINCIAL_EMULATION_FIGHTER)
                    || found.holds(EmulationTitle.NATIONAL_EMULATION_FIGHTER)).orElse(false);
        }

        @Override
        public String toString() {
            return years.values().stream().map(year -> year.year() + ":" + year.level() + year.awarded()
                    + year.achievements().stream().map(a -> a.level() + "@" + a.year()).toList())
                    .collect(Collectors.joining(" "));
        }
    }

    /**
     * (a) Removing one Chiến sĩ thi đua cơ sở year from a run that earns the provincial title leaves only the years
     * after it: the run counted is exactly those, and the title stays eligible only if they are still enough.
     */
    @ParameterizedTest(name = PropertyCases.NAME)
    @MethodSource("provincialRunsAndAYearInThem")
    void aBreakInTheRunStartsTheChainAgain(History history, int removed) {
        assertThat(provincial(history).eligible()).as("the drawn run earns the title").isTrue();

        PersonYear year = history.at(removed).orElseThrow();
        // This year stops being a Chiến sĩ thi đua cơ sở year when it is only "hoàn thành nhiệm vụ" (Điều 23, 24).
        History broken = history.with(removed == YEAR ? new PersonYear(YEAR, RatingLevel.COMPLETED,
                Registration.ON_TIME, null, false, Set.of(), year.achievements(), 12, 0)
                : EmulationMother.withAwarded(year, Set.of(EmulationTitle.ADVANCED_WORKER)));

        TitleEligibility after = provincial(broken);
        assertThat(run(after)).isEqualTo(YEAR - removed);
        assertThat(after.eligible()).isEqualTo(YEAR - removed >= CHAIN);
        if (removed > YEAR - CHAIN) {
            assertThat(after.eligible()).isFalse();
        }
    }

    /**
     * (b) Importing a Chiến sĩ thi đua cơ sở title for an earlier year never takes an eligibility away, leaves the
     * provincial title as it was unless the year is the one that broke today's run, and when it is, lengthens the run
     * by the year and the unbroken years before it, making the title eligible exactly when the run is then long
     * enough and the initiative condition holds.
     */
    @ParameterizedTest(name = PropertyCases.NAME)
    @MethodSource("historiesAndAnEarlierYear")
    void importingAnEarlierTitleChangesTodayExactlyAsTheRuleSays(History history, int imported) {
        History withImport = history.with(history.at(imported)
                .map(year -> EmulationMother.withAwarded(year, union(year.awarded(), FIGHTER)))
                .orElse(PersonYear.past(imported, RatingLevel.EXCELLENT, FIGHTER, List.of())));

        Map<EmulationTitle, TitleEligibility> before = byTitle(LAW.forPerson(history.list(), YEAR));
        Map<EmulationTitle, TitleEligibility> after = byTitle(LAW.forPerson(withImport.list(), YEAR));
        before.forEach((title, eligibility) -> {
            if (eligibility.eligible()) {
                assertThat(after.get(title).eligible()).as("%s after the import", title).isTrue();
            }
        });

        TitleEligibility provincialBefore = before.get(EmulationTitle.PROVINCIAL_EMULATION_FIGHTER);
        TitleEligibility provincialAfter = after.get(EmulationTitle.PROVINCIAL_EMULATION_FIGHTER);
        int runBefore = run(provincialBefore);
        boolean completesTheRun = !history.fighterIn(imported) && imported == YEAR - runBefore;
        if (!completesTheRun) {
            assertThat(provincialAfter).isEqualTo(provincialBefore);
            return;
        }
        int unbrokenBefore = 0;
        for (int year = imported - 1; history.fighterIn(year) && !history.at(year).orElseThrow()
                .holds(EmulationTitle.PROVINCIAL_EMULATION_FIGHTER); year--) {
            unbrokenBefore++;
        }
        int runAfter = runBefore + 1 + unbrokenBefore;
        assertThat(run(provincialAfter)).isEqualTo(runAfter);
        boolean initiativeMet = provincialAfter.reasons().stream()
                .filter(reason -> reason.code() == EmulationReasonCode.ACHIEVEMENTS_AT_LEVEL)
                .allMatch(EmulationReason::met);
        assertThat(provincialAfter.eligible()).isEqualTo(runAfter >= CHAIN && initiativeMet);
    }

    /** (c) The collective titles read counts of members: the same members in another order get the same answer. */
    @ParameterizedTest(name = PropertyCases.NAME)
    @MethodSource("collectivesAndAnOrder")
    void aCollectiveDependsOnCountsNotOnTheMembersOrder(CollectiveYear collective, long shuffleSeed) {
        List<CollectiveYear.Member> reordered = EmulationMother.shuffled(collective.members(),
                new java.util.Random(shuffleSeed));
        CollectiveYear same = new CollectiveYear(collective.year(), collective.level(), collective.registration(),
                collective.complaintOpen(), collective.awarded(), reordered);
        assertThat(LAW.forCollective(same)).isEqualTo(LAW.forCollective(collective));
        assertThat(LAW.forCollective(new CollectiveYear(collective.year(), collective.level(),
                collective.registration(), collective.complaintOpen(), collective.awarded(),
                reversed(reordered)))).isEqualTo(LAW.forCollective(collective));
    }

    static Stream<Arguments> provincialRunsAndAYearInThem() {
        return PropertyCases.draw(random -> {
            int length = random.intRange(CHAIN, 7);
            History history = provincialRun(random, length);
            return Arguments.of(history, random.intRange(YEAR - length + 1, YEAR));
        });
    }

    static Stream<Arguments> historiesAndAnEarlierYear() {
        return PropertyCases.draw(random -> {
            History history = history(random);
            // Mostly a year that is not a fighter year yet, where an import can matter.
            List<Integer> gaps = IntStream.range(EARLIEST, YEAR).filter(year -> !history.fighterIn(year)).boxed()
                    .toList();
            boolean anyYear = gaps.isEmpty() || random.trueOrFalse(0.25);
            return Arguments.of(history, anyYear ? random.intRange(EARLIEST, YEAR - 1) : random.oneOf(gaps));
        });
    }

    static Stream<Arguments> collectivesAndAnOrder() {
        return PropertyCases.draw(random -> Arguments.of(collective(random), random.longRange(0, Long.MAX_VALUE)));
    }

    private static TitleEligibility provincial(History history) {
        return LAW.forPerson(history.list(), YEAR, EmulationTitle.PROVINCIAL_EMULATION_FIGHTER);
    }

    /** The run of Chiến sĩ thi đua cơ sở years the provincial title counted. */
    private static int run(TitleEligibility provincial) {
        return provincial.reasons().stream().filter(reason -> reason.code() == EmulationReasonCode.CONSECUTIVE_TITLES)
                .map(reason -> (Integer) reason.arguments().get(1)).findFirst().orElseThrow();
    }

    private static Map<EmulationTitle, TitleEligibility> byTitle(List<TitleEligibility> eligibilities) {
        return eligibilities.stream().collect(Collectors.toMap(TitleEligibility::title, Function.identity()));
    }

    private static List<CollectiveYear.Member> reversed(List<CollectiveYear.Member> members) {
        List<CollectiveYear.Member> reversed = new ArrayList<>(members);
        java.util.Collections.reverse(reversed);
        return reversed;
    }

    private static Set<EmulationTitle> union(Set<EmulationTitle> first, Set<EmulationTitle> second) {
        Set<EmulationTitle> union = EnumSet.noneOf(EmulationTitle.class);
        union.addAll(first);
        union.addAll(second);
        return union;
    }

    /**
     * Any earlier years, then {@code length} unbroken Chiến sĩ thi đua cơ sở years ending with this year's HTXS, none
     * of them with the provincial title, after a year that is not one, and a provincial initiative in the last
     * {@link #CHAIN} years.
     */
    private static History provincialRun(Random random, int length) {
        Map<Integer, PersonYear> years = new java.util.TreeMap<>();
        int start = YEAR - length + 1;
        for (int year = EARLIEST; year < start - 1; year++) {
            randomEarlierYear(random, year).ifPresent(found -> years.put(found.year(), found));
        }
        if (random.trueOrFalse()) {
            years.put(start - 1, PersonYear.past(start - 1, RatingLevel.GOOD, Set.of(EmulationTitle.ADVANCED_WORKER),
                    achievements(random, start - 1)));
        }
        int initiativeYear = random.intRange(YEAR - CHAIN + 1, YEAR);
        for (int year = start; year < YEAR; year++) {
            List<Achievement> achievements = new ArrayList<>(achievements(random, year));
            if (year == initiativeYear) {
                achievements.add(new Achievement(random.oneOf(AchievementKind.values()),
                        random.oneOf(RecognitionLevel.PROVINCIAL, RecognitionLevel.NATIONAL), year));
            }
            years.put(year, PersonYear.past(year, random.oneOf(RatingLevel.EXCELLENT, RatingLevel.GOOD), FIGHTER,
                    achievements));
        }
        List<Achievement> current = new ArrayList<>(achievements(random, YEAR));
        if (initiativeYear == YEAR) {
            current.add(new Achievement(AchievementKind.INITIATIVE, RecognitionLevel.PROVINCIAL, YEAR));
        }
        years.put(YEAR, new PersonYear(YEAR, RatingLevel.EXCELLENT, Registration.ON_TIME, null, false, Set.of(),
                current, 12, random.intRange(0, 39)));
        return new History(years);
    }

    /** Eight earlier years, each possibly missing, and a year under review that may or may not earn anything. */
    private static History history(Random random) {
        Map<Integer, PersonYear> years = new java.util.TreeMap<>();
        for (int year = EARLIEST; year < YEAR; year++) {
            randomEarlierYear(random, year).ifPresent(found -> years.put(found.year(), found));
        }
        years.put(YEAR, new PersonYear(YEAR, random.oneOf(RatingLevel.EXCELLENT, RatingLevel.EXCELLENT,
                RatingLevel.GOOD, RatingLevel.COMPLETED), Registration.ON_TIME, null, false, Set.of(),
                achievements(random, YEAR), 12, 0));
        return new History(years);
    }

    /** Missing, an HTT year, a Chiến sĩ thi đua cơ sở year, now and then a provincial title or a Bằng khen tỉnh. */
    private static Optional<PersonYear> randomEarlierYear(Random random, int year) {
        int kind = random.intRange(0, 9);
        if (kind == 0) {
            return Optional.empty();
        }
        Set<EmulationTitle> titles = EnumSet.of(EmulationTitle.ADVANCED_WORKER);
        RatingLevel level = RatingLevel.GOOD;
        if (kind >= 3) {
            titles.add(EmulationTitle.GRASSROOTS_EMULATION_FIGHTER);
            level = RatingLevel.EXCELLENT;
        }
        if (kind == 9) {
            titles.add(EmulationTitle.PROVINCIAL_EMULATION_FIGHTER);
        }
        if (random.intRange(0, 9) == 0) {
            titles.add(EmulationTitle.PROVINCIAL_MERIT);
        }
        if (random.intRange(0, 19) == 0) {
            titles.add(EmulationTitle.CERTIFICATE_OF_MERIT);
        }
        return Optional.of(PersonYear.past(year, level, titles, achievements(random, year)));
    }

    private static List<Achievement> achievements(Random random, int year) {
        List<Achievement> achievements = new ArrayList<>();
        for (int count = random.intRange(0, 2); count > 0; count--) {
            achievements.add(new Achievement(random.oneOf(AchievementKind.values()),
                    random.oneOf(RecognitionLevel.values()), year));
        }
        return achievements;
    }

    /** Up to 30 members of any level, discipline and title, in a collective of any level. */
    private static CollectiveYear collective(Random random) {
        List<CollectiveYear.Member> members = new ArrayList<>();
        for (int count = random.intRange(0, 30); count > 0; count--) {
            members.add(new CollectiveYear.Member(random.trueOrFalse(0.05) ? null : random.oneOf(RatingLevel.values()),
                    random.trueOrFalse(0.1) ? random.oneOf(DisciplineForm.values()) : null, random.trueOrFalse(0.7),
                    random.trueOrFalse(0.15)));
        }
        return new CollectiveYear(YEAR, random.oneOf(RatingLevel.values()),
                random.oneOf(Registration.ON_TIME, Registration.ON_TIME, Registration.LATE), random.trueOrFalse(0.1),
                Set.of(), members);
    }
}
