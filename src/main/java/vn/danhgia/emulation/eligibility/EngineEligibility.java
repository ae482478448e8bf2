package vn.danhgia.emulation.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.annual.YearlyLevels;
import vn.danhgia.annual.YearlyOutcome;
import vn.danhgia.annual.YearlyTrack;
import vn.danhgia.emulation.CandidateEligibility;
import vn.danhgia.emulation.ChosenNomination;
import vn.danhgia.emulation.EmulationEligibility;
import vn.danhgia.emulation.EmulationHolder;
import vn.danhgia.emulation.EmulationRecords;
import vn.danhgia.emulation.EmulationYears;
import vn.danhgia.emulation.Nominee;
import vn.danhgia.emulation.UnitEligibility;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.CadreView;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitView;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.publication.ComplaintService;
import vn.danhgia.publication.ComplaintView;
import vn.danhgia.publication.RatingKind;
import vn.danhgia.rules.DisciplineForm;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.emulation.Achievement;
import vn.danhgia.rules.emulation.CollectiveYear;
import vn.danhgia.rules.emulation.EmulationRules;
import vn.danhgia.rules.emulation.EmulationTitle;
import vn.danhgia.rules.emulation.PersonYear;
import vn.danhgia.rules.emulation.Registration;
import vn.danhgia.rules.emulation.TitleEligibility;
import vn.danhgia.scheme.EmulationSettings;

/**
 * The engine's eligibility for a unit's year, its facts gathered in a fixed number of reads: the people who hold a
 * post in the unit on the year's last day (organization) and those rated in it, their decided STATE-track levels of
 * every year and the unit's COLLECTIVE one (annual), the year's discipline and unanswered complaints (publication), the
 * registrations, achievements and awards on record (one truth: {@link EmulationRecords}). The collective's members
 * count as Lao động tiên tiến or Chiến sĩ thi đua cơ sở when they qualify or the unit's review chose them.
 */
@Service
class EngineEligibility implements EmulationEligibility {

    private final EmulationScope scope;
    private final CurrentActor currentActor;
    private final YearlyLevels levels;
    private final OrganizationQueries organization;
    private final EmulationRecords records;
    private final EmulationSettings settings;
    private final ComplaintService complaints;

    EngineEligibility(EmulationScope scope, CurrentActor currentActor, YearlyLevels levels,
                      OrganizationQueries organization, EmulationRecords records, EmulationSettings settings,
                      ComplaintService complaints) {
        this.scope = scope;
        this.currentActor = currentActor;
        this.levels = levels;
        this.organization = organization;
        this.records = records;
        this.settings = settings;
        this.complaints = complaints;
    }

    @Override
    @Transactional(readOnly = true)
    public UnitEligibility ofUnit(long unitId, int year) {
        EmulationYears.check(year);
        Actor actor = currentActor.get();
        UnitView unit = scope.unit(unitId);
        List<YearlyOutcome> ratings = levels.ofUnit(unitId, year);
        Map<Long, YearlyOutcome> stateRatings = ratings.stream().filter(rating -> rating.track() == YearlyTrack.STATE)
                .collect(Collectors.toMap(YearlyOutcome::subjectId, Function.identity(), (first, second) -> first));
        Map<Long, String> people = people(unitId, year, stateRatings.keySet());
        if (!scope.sees(actor, unit)) {
            // A cadre outside the unit's management reads their own eligibility only, as one of its people.
            Long self = actor.cadreId().filter(people::containsKey)
                    .orElseThrow(() -> new RecordNotFoundException("UNIT", unitId));
            people = Map.of(self, people.get(self));
            return new UnitEligibility(unitId, unit.name(), year, candidates(unit, year, people, stateRatings,
                    ratings).stream().filter(candidate -> candidate.nominee().holder()
                    == EmulationHolder.INDIVIDUAL).toList());
        }
        return new UnitEligibility(unitId, unit.name(), year, candidates(unit, year, people, stateRatings, ratings));
    }

    private List<CandidateEligibility> candidates(UnitView unit, int year, Map<Long, String> people,
            Map<Long, YearlyOutcome> stateRatings, List<YearlyOutcome> ratings) {
        long unitId = unit.id().value();
        YearlyOutcome collectiveRating = ratings.stream().filter(rating -> rating.track() == YearlyTrack.COLLECTIVE
                && rating.subjectId() == unitId).findFirst().orElse(null);
        Nominee collective = Nominee.collective(unitId);
        List<Nominee> nominees = new ArrayList<>(people.keySet().stream().map(Nominee::person).toList());
        nominees.add(collective);
        Map<Nominee, Registration> registrations = records.registrations(nominees, year);
        Map<Nominee, EmulationTitle> targets = records.registeredTargets(nominees, year);
        Map<Nominee, List<Achievement>> achievements = records.achievements(nominees, year);
        Map<Nominee, Map<Integer, Set<EmulationTitle>>> awards = records.awards(nominees, year);
        Map<Long, List<YearlyOutcome>> history = levels.of(YearlyTrack.STATE, people.keySet(), year);
        Set<Long> complained = openComplaints(ratings);
        EmulationRules rules = new EmulationRules(settings.forUnitCodes(
                organization.unitWithParents(unit.id()).stream().map(UnitView::code).toList()));

        List<CandidateEligibility> candidates = new ArrayList<>();
        for (Map.Entry<Long, String> person : people.entrySet()) {
            Nominee nominee = Nominee.person(person.getKey());
            YearlyOutcome current = stateRatings.get(person.getKey());
            List<PersonYear> years = personYears(year, current, history.get(person.getKey()),
                    awards.get(nominee), achievements.get(nominee), registrations.get(nominee),
                    current != null && complained.contains(current.ratingId()));
            candidates.add(new CandidateEligibility(nominee, person.getValue(), levelOf(current),
                    registrations.get(nominee), targets.get(nominee), rules.forPerson(years, year)));
        }
        Set<Nominee> chosenAdvanced = chosen(unitId, year, EmulationTitle.ADVANCED_WORKER);
        Set<Nominee> chosenFighters = chosen(unitId, year, EmulationTitle.GRASSROOTS_EMULATION_FIGHTER);
        // The collective's members are the people rated in it (Điều 27, 28 count its members' results): a second post
        // held here by someone rated elsewhere, or a person not rated this year, is not one of them.
        List<CollectiveYear.Member> members = candidates.stream()
                .filter(candidate -> stateRatings.containsKey(candidate.nominee().subjectId()))
                .map(candidate -> new CollectiveYear.Member(
                candidate.level(), disciplineOf(stateRatings.get(candidate.nominee().subjectId())),
                qualifiesOrChosen(candidate, EmulationTitle.ADVANCED_WORKER, chosenAdvanced),
                qualifiesOrChosen(candidate, EmulationTitle.GRASSROOTS_EMULATION_FIGHTER, chosenFighters))).toList();
        CollectiveYear collectiveYear = new CollectiveYear(year, levelOf(collectiveRating),
                registrations.get(collective),
                collectiveRating != null && complained.contains(collectiveRating.ratingId()),
                awards.get(collective).getOrDefault(year, Set.of()), members);
        candidates.add(new CandidateEligibility(collective, unit.name(), levelOf(collectiveRating),
                registrations.get(collective), targets.get(collective), rules.forCollective(collectiveYear)));
        return candidates;
    }

    /**
     * The people of the unit's year: those who hold a post in it on the year's last day (as the annual cycle gathers
     * the unit's STATE-track ratings: heads first, by code), then those rated in it who have left since, by name.
     */
    private Map<Long, String> people(long unitId, int year, Collection<Long> rated) {
        Map<Long, String> people = new LinkedHashMap<>();
        organization.cadresWithPositionsIn(List.of(new UnitId(unitId)), LocalDate.of(year, 12, 31))
                .forEach(post -> people.putIfAbsent(post.cadreId().value(), post.fullName()));
        List<CadreId> others = rated.stream().filter(cadre -> !people.containsKey(cadre)).map(CadreId::new).toList();
        if (!others.isEmpty()) {
            organization.cadres(others).stream().sorted(Comparator.comparing(CadreView::fullName))
                    .forEach(cadre -> people.put(cadre.id().value(), cadre.fullName()));
        }
        return people;
    }

    /**
     * The person's years as the rules read them: the earlier ones by their decided level, titles and achievements
     * (registration, discipline and complaints of past years no longer bar anything), the year under review with all
     * its facts. The months worked and days off are held nowhere yet, so they exclude nobody.
     */
    private static List<PersonYear> personYears(int year, YearlyOutcome current, List<YearlyOutcome> ratings,
            Map<Integer, Set<EmulationTitle>> awards, List<Achievement> achievements, Registration registration,
            boolean complaintOpen) {
        Map<Integer, YearlyOutcome> byYear = ratings.stream()
                .collect(Collectors.toMap(YearlyOutcome::year, Function.identity(), (first, second) -> first));
        Map<Integer, List<Achievement>> achievedIn = achievements.stream()
                .collect(Collectors.groupingBy(Achievement::year));
        Set<Integer> years = new TreeSet<>(byYear.keySet());
        years.addAll(awards.keySet());
        years.addAll(achievedIn.keySet());
        years.add(year);
        List<PersonYear> result = new ArrayList<>();
        for (int someYear : years) {
            Set<EmulationTitle> awarded = awards.getOrDefault(someYear, Set.of());
            List<Achievement> achieved = achievedIn.getOrDefault(someYear, List.of());
            if (someYear == year) {
                result.add(new PersonYear(year, levelOf(current), registration, disciplineOf(current), complaintOpen,
                        awarded, achieved, null, null));
            } else {
                result.add(PersonYear.past(someYear, levelOf(byYear.get(someYear)), awarded, achieved));
            }
        }
        return result;
    }

    private Set<Long> openComplaints(List<YearlyOutcome> ratings) {
        if (ratings.isEmpty()) {
            return Set.of();
        }
        Set<Long> open = new HashSet<>();
        for (ComplaintView complaint : complaints.ofRatings(RatingKind.YEARLY,
                ratings.stream().map(YearlyOutcome::ratingId).toList())) {
            if (!complaint.status().answered()) {
                open.add(complaint.ratingId());
            }
        }
        return open;
    }

    private Set<Nominee> chosen(long unitId, int year, EmulationTitle title) {
        return records.chosen(unitId, year).stream().filter(nomination -> nomination.title() == title)
                .map(ChosenNomination::nominee).collect(Collectors.toSet());
    }

    private static boolean qualifiesOrChosen(CandidateEligibility candidate, EmulationTitle title,
            Set<Nominee> chosen) {
        return chosen.contains(candidate.nominee())
                || candidate.title(title).map(TitleEligibility::eligible).orElse(false);
    }

    private static RatingLevel levelOf(YearlyOutcome rating) {
        return rating == null ? null : rating.level();
    }

    private static DisciplineForm disciplineOf(YearlyOutcome rating) {
        return rating == null ? null : rating.discipline();
    }
}
