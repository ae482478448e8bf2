package vn.danhgia.rules.emulation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.danhgia.rules.RatingLevel;

/**
 * Who needs one more year (issue 14 §6): the titles and rewards resting on consecutive years that a person's run would
 * complete next year. It asks {@link EmulationRules} itself, so the chains are counted exactly as the rules count them:
 * once about next year with a best next year added (registered on time, "hoàn thành xuất sắc", no discipline, no
 * complaint, no new initiative), and once about the year under review. A title is one year away when its run is
 * complete with that next year and not yet complete in the year under review.
 */
public final class ChainOutlook {

    /** The conditions that are the run itself; every other unmet condition is something still missing. */
    private static final Set<EmulationReasonCode> RUN = Set.of(EmulationReasonCode.CONSECUTIVE_TITLES,
            EmulationReasonCode.CONSECUTIVE_LEVELS, EmulationReasonCode.EARLIER_REWARD);

    private final EmulationRules rules;

    public ChainOutlook(EmulationRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** The titles one year away from {@code year}'s history (years after {@code year} are ignored). */
    public List<ChainProspect> nextYear(Collection<PersonYear> history, int year) {
        List<PersonYear> known = history.stream().filter(past -> past.year() <= year).toList();
        List<PersonYear> withBestNextYear = new ArrayList<>(known);
        withBestNextYear.add(new PersonYear(year + 1, RatingLevel.EXCELLENT, Registration.ON_TIME, null, false,
                Set.of(), List.of(), null, null));
        List<ChainProspect> prospects = new ArrayList<>();
        for (TitleEligibility next : rules.forPerson(withBestNextYear, year + 1)) {
            List<EmulationReason> run = next.reasons().stream().filter(reason -> RUN.contains(reason.code())).toList();
            if (run.isEmpty() || !run.stream().allMatch(EmulationReason::met)
                    || runComplete(rules.forPerson(known, year, next.title()))) {
                continue;
            }
            int needed = yearsNeeded(run);
            prospects.add(new ChainProspect(next.title(), needed - 1, needed, next.unmet()));
        }
        return prospects;
    }

    private static boolean runComplete(TitleEligibility eligibility) {
        return eligibility.reasons().stream().filter(reason -> RUN.contains(reason.code()))
                .allMatch(EmulationReason::met);
    }

    /**
     * The run's length: the last argument of a consecutive-years condition (the rules write them as what, how many
     * years held, how many needed). A run complete next year and not this year is exactly that long next year.
     */
    private static int yearsNeeded(List<EmulationReason> run) {
        return run.stream().filter(reason -> reason.code() != EmulationReasonCode.EARLIER_REWARD)
                .map(reason -> (Integer) reason.arguments().get(2)).findFirst().orElse(1);
    }
}
