package vn.danhgia.rules.emulation;

import static vn.danhgia.rules.emulation.EmulationReason.met;
import static vn.danhgia.rules.emulation.EmulationReason.unmet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.danhgia.rules.RatingLevel;

/**
 * Who qualifies for which emulation title or reward in a year (Luật Thi đua, khen thưởng 2022; Nghị định 98/2023;
 * seed 003 §III). A title follows what was achieved, not what was registered (seed 003 §III.1), so every title is
 * checked for everyone. The titles that rest on a run of consecutive years read the earlier years from the history:
 * a year without the title breaks the run, and a run that has earned its title starts again after it.
 */
public final class EmulationRules {

    private static final String SEED_REGISTRATION = "Seed 003 §III.1";
    private static final String PROVINCIAL_FIGHTER_SOURCE = EmulationTitle.PROVINCIAL_EMULATION_FIGHTER.source();

    private final EmulationThresholds thresholds;

    public EmulationRules(EmulationThresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    /** Every individual title and reward for {@code year}, read against the person's earlier years. */
    public List<TitleEligibility> forPerson(Collection<PersonYear> history, int year) {
        PersonHistory person = new PersonHistory(history, year);
        List<TitleEligibility> result = new ArrayList<>();
        for (EmulationTitle title : EmulationTitle.values()) {
            if (title.nominee() == EmulationTitle.Nominee.PERSON) {
                result.add(new TitleEligibility(title, personReasons(person, title)));
            }
        }
        return result;
    }

    /** One individual title or reward for {@code year}. */
    public TitleEligibility forPerson(Collection<PersonYear> history, int year, EmulationTitle title) {
        if (title.nominee() != EmulationTitle.Nominee.PERSON) {
            throw new IllegalArgumentException(title + " is a collective's title");
        }
        return new TitleEligibility(title, personReasons(new PersonHistory(history, year), title));
    }

    /** The collective titles for the collective's year (Điều 27, 28). */
    public List<TitleEligibility> forCollective(CollectiveYear year) {
        return List.of(new TitleEligibility(EmulationTitle.ADVANCED_COLLECTIVE, advancedCollective(year)),
                new TitleEligibility(EmulationTitle.EXCELLENT_COLLECTIVE, excellentCollective(year)));
    }

    /** How many Chiến sĩ thi đua cơ sở may be recognised among {@code advancedWorkers} Lao động tiên tiến. */
    public int allowedGrassrootsFighters(int advancedWorkers) {
        if (advancedWorkers < 0) {
            throw new IllegalArgumentException("A count of people is not negative: " + advancedWorkers);
        }
        return BigDecimal.valueOf(advancedWorkers).multiply(thresholds.fighterShareOfAdvanced())
                .setScale(0, thresholds.fighterShareRounding()).intValueExact();
    }

    /** Whether {@code votesFor} of a council of {@code councilMembers} carries {@code title}. */
    public boolean votePasses(EmulationTitle title, int votesFor, int councilMembers) {
        if (votesFor < 0 || councilMembers < 1 || votesFor > councilMembers) {
            throw new IllegalArgumentException("Votes in favour are between 0 and the council's members");
        }
        return thresholds.voteFor(title).isReachedBy(votesFor, councilMembers);
    }

    private List<EmulationReason> personReasons(PersonHistory person, EmulationTitle title) {
        List<EmulationReason> reasons = gates(person.current(), title);
        PersonYear current = person.current();
        switch (title) {
            case ADVANCED_WORKER -> reasons.addAll(advancedWorker(current));
            case GRASSROOTS_EMULATION_FIGHTER -> reasons.addAll(grassrootsFighter(current));
            case PROVINCIAL_EMULATION_FIGHTER -> reasons.addAll(provincialFighter(person));
            case NATIONAL_EMULATION_FIGHTER -> reasons.addAll(nationalFighter(person));
            case CERTIFICATE_OF_MERIT -> reasons.add(levelRun(person, title, RatingLevel.GOOD,
                    thresholds.certificateGoodYears(), person.lastAward(title)));
            case PROVINCIAL_MERIT -> reasons.addAll(provincialMerit(person));
            case PRIME_MINISTER_MERIT -> reasons.addAll(primeMinisterMerit(person));
            default -> throw new IllegalStateException("not an individual title: " + title);
        }
        return reasons;
    }

    /** Registration, discipline, complaint and a decided level: every title asks them (seed 003 §III.1). */
    private List<EmulationReason> gates(PersonYear year, EmulationTitle title) {
        List<EmulationReason> reasons = new ArrayList<>(registration(year.registration()));
        reasons.add(year.discipline() == null ? met(EmulationReasonCode.NOT_DISCIPLINED, title.source())
                : unmet(EmulationReasonCode.NOT_DISCIPLINED, title.source(), year.discipline()));
        reasons.add(complaint(year.complaintOpen(), title));
        reasons.add(year.level() == null ? unmet(EmulationReasonCode.YEAR_RATED, title.source())
                : met(EmulationReasonCode.YEAR_RATED, title.source(), year.level()));
        return reasons;
    }

    private List<EmulationReason> registration(Registration registration) {
        return switch (registration) {
            case MISSING -> List.of(unmet(EmulationReasonCode.REGISTERED, SEED_REGISTRATION));
            case ON_TIME -> List.of(met(EmulationReasonCode.REGISTERED, SEED_REGISTRATION));
            case LATE -> List.of(met(EmulationReasonCode.REGISTERED, SEED_REGISTRATION),
                    new EmulationReason(EmulationReasonCode.REGISTERED_ON_TIME, !thresholds.lateRegistrationBlocks(),
                            SEED_REGISTRATION, List.of()));
        };
    }

    private static EmulationReason complaint(boolean open, EmulationTitle title) {
        return open ? unmet(EmulationReasonCode.NO_OPEN_COMPLAINT, title.source())
                : met(EmulationReasonCode.NO_OPEN_COMPLAINT, title.source());
    }

    /** Điều 24: "hoàn thành tốt nhiệm vụ trở lên", with the time worked in the year. */
    private List<EmulationReason> advancedWorker(PersonYear year) {
        String source = EmulationTitle.ADVANCED_WORKER.source();
        List<EmulationReason> reasons = new ArrayList<>();
        reasons.add(levelAtLeast(year.level(), thresholds.advancedWorkerMinLevel(), source));
        if (year.monthsWorked() != null) {
            reasons.add(new EmulationReason(EmulationReasonCode.MONTHS_WORKED,
                    year.monthsWorked() >= thresholds.minMonthsWorked(), source,
                    List.of(year.monthsWorked(), thresholds.minMonthsWorked())));
        }
        if (year.workingDaysOff() != null) {
            reasons.add(new EmulationReason(EmulationReasonCode.DAYS_OFF,
                    year.workingDaysOff() < thresholds.maxWorkingDaysOff(), source,
                    List.of(year.workingDaysOff(), thresholds.maxWorkingDaysOff())));
        }
        return reasons;
    }

    private boolean isAdvancedWorker(PersonYear year) {
        List<EmulationReason> reasons = new ArrayList<>(gates(year, EmulationTitle.ADVANCED_WORKER));
        reasons.addAll(advancedWorker(year));
        return reasons.stream().allMatch(EmulationReason::met);
    }

    /** Điều 23: Lao động tiên tiến and HTXS or an initiative or research recognised in the year. */
    private List<EmulationReason> grassrootsFighter(PersonYear year) {
        String source = EmulationTitle.GRASSROOTS_EMULATION_FIGHTER.source();
        List<EmulationReason> reasons = new ArrayList<>();
        reasons.add(isAdvancedWorker(year) ? met(EmulationReasonCode.ADVANCED_WORKER_THIS_YEAR, source)
                : unmet(EmulationReasonCode.ADVANCED_WORKER_THIS_YEAR, source));
        long achievements = year.achievements().stream().filter(achievement -> achievement.year() == year.year())
                .count();
        boolean excellent = year.level() == RatingLevel.EXCELLENT;
        reasons.add(new EmulationReason(EmulationReasonCode.EXCELLENT_OR_ACHIEVEMENT, excellent || achievements > 0,
                source, List.of(excellent, achievements)));
        return reasons;
    }

    private boolean isGrassrootsFighter(PersonYear year) {
        return isAdvancedWorker(year) && grassrootsFighter(year).stream().allMatch(EmulationReason::met);
    }

    /**
     * Điều 22: among those with {@code provincialFighterChain} consecutive Chiến sĩ thi đua cơ sở, this year's
     * included, counted after the last provincial title, with an initiative or research of provincial effect in them.
     */
    private List<EmulationReason> provincialFighter(PersonHistory person) {
        int chain = thresholds.provincialFighterChain();
        int run = person.runBack(this::isFighterIn, person.lastAward(EmulationTitle.PROVINCIAL_EMULATION_FIGHTER));
        List<EmulationReason> reasons = new ArrayList<>();
        reasons.add(new EmulationReason(EmulationReasonCode.CONSECUTIVE_TITLES, run >= chain,
                PROVINCIAL_FIGHTER_SOURCE, List.of(EmulationTitle.GRASSROOTS_EMULATION_FIGHTER, run, chain)));
        reasons.add(achievementsAt(person, RecognitionLevel.PROVINCIAL, 1, chain, PROVINCIAL_FIGHTER_SOURCE));
        return reasons;
    }

    /**
     * Whether the year counts as a Chiến sĩ thi đua cơ sở year. An earlier year counts by its titles; a year recorded
     * with only the provincial or national title counts too, as those are chosen among that year's Chiến sĩ thi đua
     * cơ sở (Điều 21, 22) and an import may name only the highest title.
     */
    private boolean isFighterIn(PersonHistory person, int year) {
        return year == person.year() ? isGrassrootsFighter(person.current())
                : person.held(year, EmulationTitle.GRASSROOTS_EMULATION_FIGHTER)
                        || person.held(year, EmulationTitle.PROVINCIAL_EMULATION_FIGHTER)
                        || person.held(year, EmulationTitle.NATIONAL_EMULATION_FIGHTER);
    }

    /**
     * Điều 21: among those with {@code nationalFighterChain} consecutive provincial titles, this year's included: the
     * earlier ones held exactly one provincial run apart, with no break of Chiến sĩ thi đua cơ sở between them, and
     * an initiative or research of national effect in those years.
     */
    private List<EmulationReason> nationalFighter(PersonHistory person) {
        String source = EmulationTitle.NATIONAL_EMULATION_FIGHTER.source();
        int chain = thresholds.provincialFighterChain();
        int needed = thresholds.nationalFighterChain();
        boolean provincialNow = provincialFighter(person).stream().allMatch(EmulationReason::met);
        int provincialRun = provincialNow ? 1 : 0;
        if (provincialNow) {
            int fighterRun = person.runBack(this::isFighterIn,
                    person.lastAward(EmulationTitle.NATIONAL_EMULATION_FIGHTER));
            while (provincialRun < needed
                    && person.held(person.year() - provincialRun * chain, EmulationTitle.PROVINCIAL_EMULATION_FIGHTER)
                    && fighterRun >= (provincialRun + 1) * chain) {
                provincialRun++;
            }
        }
        List<EmulationReason> reasons = new ArrayList<>();
        reasons.add(new EmulationReason(EmulationReasonCode.CONSECUTIVE_TITLES, provincialRun >= needed, source,
                List.of(EmulationTitle.PROVINCIAL_EMULATION_FIGHTER, provincialRun, needed)));
        reasons.add(achievementsAt(person, RecognitionLevel.NATIONAL, 1, needed * chain, source));
        return reasons;
    }

    /** Điều 74: HTXS in consecutive years with initiatives applied at grassroots level in them. */
    private List<EmulationReason> provincialMerit(PersonHistory person) {
        EmulationTitle title = EmulationTitle.PROVINCIAL_MERIT;
        int years = thresholds.provincialMeritExcellentYears();
        int after = person.lastAward(title);
        return List.of(levelRun(person, title, RatingLevel.EXCELLENT, years, after),
                achievementsAt(person, RecognitionLevel.GRASSROOTS, thresholds.provincialMeritInitiatives(),
                        window(person, years, after), title.source()));
    }

    /**
     * Điều 71: a Bằng khen tỉnh, then consecutive HTXS years after it with initiatives in them. The years follow the
     * first Bằng khen tỉnh since the last Bằng khen Thủ tướng ("05 năm tiếp theo"): a later Bằng khen tỉnh earned
     * during them is a reward, not a break, so it must not start the run again.
     */
    private List<EmulationReason> primeMinisterMerit(PersonHistory person) {
        EmulationTitle title = EmulationTitle.PRIME_MINISTER_MERIT;
        int years = thresholds.primeMinisterMeritExcellentYears();
        int lastOwn = person.lastAward(title);
        int earlierReward = person.firstAwardAfter(EmulationTitle.PROVINCIAL_MERIT, lastOwn)
                .orElse(Integer.MIN_VALUE);
        int after = Math.max(earlierReward, lastOwn);
        List<EmulationReason> reasons = new ArrayList<>();
        reasons.add(earlierReward == Integer.MIN_VALUE ? unmet(EmulationReasonCode.EARLIER_REWARD, title.source(),
                EmulationTitle.PROVINCIAL_MERIT) : met(EmulationReasonCode.EARLIER_REWARD, title.source(),
                EmulationTitle.PROVINCIAL_MERIT, earlierReward));
        reasons.add(levelRun(person, title, RatingLevel.EXCELLENT, years, after));
        reasons.add(achievementsAt(person, RecognitionLevel.GRASSROOTS, thresholds.primeMinisterMeritInitiatives(),
                window(person, years, after), title.source()));
        return reasons;
    }

    /** The last {@code years} years, none at or before {@code after}. */
    private static int window(PersonHistory person, int years, int after) {
        return after == Integer.MIN_VALUE ? years : (int) Math.min(years, (long) person.year() - after);
    }

    private static EmulationReason levelRun(PersonHistory person, EmulationTitle title, RatingLevel level, int years,
            int after) {
        int run = person.runBack((history, year) -> history.levelIn(year) != null
                && history.levelIn(year).isAtLeast(level), after);
        return new EmulationReason(EmulationReasonCode.CONSECUTIVE_LEVELS, run >= years, title.source(),
                List.of(level, run, years));
    }

    private static EmulationReason achievementsAt(PersonHistory person, RecognitionLevel level, int needed, int years,
            String source) {
        int first = person.year() - Math.max(years, 1) + 1;
        long count = person.achievements().stream()
                .filter(achievement -> achievement.year() >= first && achievement.year() <= person.year())
                .filter(achievement -> achievement.level().isAtLeast(level)).count();
        return new EmulationReason(EmulationReasonCode.ACHIEVEMENTS_AT_LEVEL, count >= needed, source,
                List.of(level, count, needed, first, person.year()));
    }

    private static EmulationReason levelAtLeast(RatingLevel level, RatingLevel needed, String source) {
        return new EmulationReason(EmulationReasonCode.LEVEL_AT_LEAST, level != null && level.isAtLeast(needed),
                source, level == null ? List.of(needed) : List.of(needed, level));
    }

    /** Điều 28: "hoàn thành tốt nhiệm vụ", more than half the members Lao động tiên tiến, nobody disciplined. */
    private List<EmulationReason> advancedCollective(CollectiveYear year) {
        EmulationTitle title = EmulationTitle.ADVANCED_COLLECTIVE;
        List<EmulationReason> reasons = collectiveGates(year, title);
        reasons.add(levelAtLeast(year.level(), RatingLevel.GOOD, title.source()));
        reasons.add(advancedShare(year, thresholds.advancedCollectiveShare(), title));
        reasons.add(noMemberDisciplined(year, title));
        return reasons;
    }

    /**
     * Điều 27: HTXS, every member at least "hoàn thành nhiệm vụ", the share of Lao động tiên tiến, at least one
     * Chiến sĩ thi đua cơ sở, nobody disciplined.
     */
    private List<EmulationReason> excellentCollective(CollectiveYear year) {
        EmulationTitle title = EmulationTitle.EXCELLENT_COLLECTIVE;
        List<EmulationReason> reasons = collectiveGates(year, title);
        reasons.add(levelAtLeast(year.level(), RatingLevel.EXCELLENT, title.source()));
        long completed = year.members().stream()
                .filter(member -> member.level() != null && member.level().isAtLeast(RatingLevel.COMPLETED)).count();
        reasons.add(new EmulationReason(EmulationReasonCode.MEMBERS_ALL_COMPLETED,
                !year.members().isEmpty() && completed == year.members().size(), title.source(),
                List.of(completed, year.members().size())));
        reasons.add(advancedShare(year, thresholds.excellentCollectiveShare(), title));
        long fighters = year.members().stream().filter(CollectiveYear.Member::grassrootsFighter).count();
        reasons.add(new EmulationReason(EmulationReasonCode.MEMBER_GRASSROOTS_FIGHTER, fighters > 0, title.source(),
                List.of(fighters)));
        reasons.add(noMemberDisciplined(year, title));
        return reasons;
    }

    private List<EmulationReason> collectiveGates(CollectiveYear year, EmulationTitle title) {
        List<EmulationReason> reasons = new ArrayList<>(registration(year.registration()));
        reasons.add(complaint(year.complaintOpen(), title));
        reasons.add(year.level() == null ? unmet(EmulationReasonCode.YEAR_RATED, title.source())
                : met(EmulationReasonCode.YEAR_RATED, title.source(), year.level()));
        return reasons;
    }

    private static EmulationReason advancedShare(CollectiveYear year, MinimumShare share, EmulationTitle title) {
        int advanced = (int) year.members().stream().filter(CollectiveYear.Member::advancedWorker).count();
        return new EmulationReason(EmulationReasonCode.MEMBERS_ADVANCED_SHARE,
                share.isReachedBy(advanced, year.members().size()), title.source(),
                List.of(advanced, year.members().size(), share.percent(), share.moreThan()));
    }

    private EmulationReason noMemberDisciplined(CollectiveYear year, EmulationTitle title) {
        long disciplined = year.members().stream().filter(member -> member.discipline() != null
                && member.discipline().isAtLeast(thresholds.collectiveDisciplineBar())).count();
        return new EmulationReason(EmulationReasonCode.NO_MEMBER_DISCIPLINED, disciplined == 0, title.source(),
                List.of(disciplined, thresholds.collectiveDisciplineBar()));
    }

    /** A person's years by number, the year under review among them (an empty one when it is not recorded yet). */
    private static final class PersonHistory {

        private final Map<Integer, PersonYear> years;
        private final int year;
        private final PersonYear current;

        PersonHistory(Collection<PersonYear> history, int year) {
            this.years = history.stream().collect(Collectors.toMap(PersonYear::year, Function.identity(),
                    (first, second) -> {
                        throw new IllegalArgumentException("The year " + first.year() + " is given twice");
                    }));
            this.year = year;
            this.current = years.getOrDefault(year, new PersonYear(year, null, Registration.MISSING, null, false,
                    null, null, null, null));
        }

        int year() {
            return year;
        }

        PersonYear current() {
            return current;
        }

        RatingLevel levelIn(int someYear) {
            PersonYear found = years.get(someYear);
            return found == null ? null : found.level();
        }

        boolean held(int someYear, EmulationTitle title) {
            PersonYear found = years.get(someYear);
            return found != null && found.holds(title);
        }

        /** The last year before this one in which the title was awarded, or {@code Integer.MIN_VALUE}. */
        int lastAward(EmulationTitle title) {
            return years.values().stream().filter(found -> found.year() < year && found.holds(title))
                    .mapToInt(PersonYear::year).max().orElse(Integer.MIN_VALUE);
        }

        /** The first year after {@code after} and before this one in which the title was awarded. */
        OptionalInt firstAwardAfter(EmulationTitle title, int after) {
            return years.values().stream().filter(found -> found.year() > after && found.year() < year
                    && found.holds(title)).mapToInt(PersonYear::year).min();
        }

        /** How many years back from this one, this one included and none at or before {@code after}, pass. */
        int runBack(YearTest test, int after) {
            int run = 0;
            for (int someYear = year; someYear > after && test.passes(this, someYear); someYear--) {
                run++;
            }
            return run;
        }

        List<Achievement> achievements() {
            return years.values().stream().flatMap(found -> found.achievements().stream()).toList();
        }
    }

    @FunctionalInterface
    private interface YearTest {
        boolean passes(PersonHistory history, int year);
    }
}
