package vn.danhgia.annual.rating;

import java.util.ArrayList;
import java.util.List;
import vn.danhgia.annual.YearlyRatingView;
import vn.danhgia.annual.YearlyReason;
import vn.danhgia.annual.YearlyTrack;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.RatingMethod;
import vn.danhgia.rules.RatingReason;
import vn.danhgia.rules.ReasonCode;
import vn.danhgia.rules.annual.AnnualCase;
import vn.danhgia.rules.annual.AnnualLegalBasis;
import vn.danhgia.rules.annual.AnnualRatingEngine;
import vn.danhgia.rules.annual.AnnualSuggestion;
import vn.danhgia.rules.annual.LeaderPartyLevel;
import vn.danhgia.rules.annual.SubjectTrack;
import vn.danhgia.rules.quarterly.TaskConditions;
import vn.danhgia.rules.yearend.PeriodRating;
import vn.danhgia.rules.yearend.YearEndReview;

/**
 * The year's suggestion: the stored facts of a yearly rating made into the {@link AnnualCase} the annual rating engine
 * reads, under the legal basis in force for the year and the subject's track ({@link AnnualLegalBasis#forYear}), the
 * engine's reasons passed on as they are. What the facts stand for:
 * <ul>
 *   <li>points and tasks as gathered or entered ({@code FactSource}); a basis that needs them (points under QĐ 366 and
 *       NĐ 335, tasks under QĐ 124/366 and NĐ 90) gives no suggestion while they are missing, and says which;</li>
 *   <li>a head of a unit is the leader the engine weighs, the unit they lead being the collective's own rating (its
 *       task counts once known); a deputy leads no unit of their own on the board and is weighed as a person;</li>
 *   <li>the quarters as gathered (seed 002 §5); the headed collective's level, decided or else proposed, with the
 *       residential-cell exemption (seed 004 §VII.2); a party member's cadre level (seed 004 §VII.1);</li>
 *   <li>a collective's discipline entered on its row is the collective disciplined (QĐ 366 Điều 11).</li>
 * </ul>
 * Besides the engine's reasons the board adds one line the engine leaves to the people: how many quarters were
 * EXCELLENT, which the seed prefers when the EXCELLENT places are given out (seed 002 §5).
 */
final class YearlyEngineSuggestion {

    record Result(RatingLevel level, List<YearlyReason> reasons) {
    }

    private static final AnnualRatingEngine ENGINE = new AnnualRatingEngine();

    private YearlyEngineSuggestion() {
    }

    /** The stored quarters ({@link YearlyRatingView.QuarterLevel#parse}) as the year-end rules take them. */
    private static List<PeriodRating> quarters(int year, String quarterLevels) {
        return YearlyRatingView.QuarterLevel.parse(quarterLevels).stream()
                .map(quarter -> PeriodRating.of(year, quarter.period(), quarter.level())).toList();
    }

    /** The subject's track when the rating predates the stored one: the yearly track's usual subject. */
    static SubjectTrack trackOf(YearlyRating rating) {
        if (rating.subjectTrack() != null) {
            return rating.subjectTrack();
        }
        return switch (rating.track()) {
            case PARTY -> SubjectTrack.PARTY_MEMBER;
            case COLLECTIVE -> SubjectTrack.LEADERSHIP_COLLECTIVE;
            case STATE -> SubjectTrack.CIVIL_SERVANT;
        };
    }

    /**
     * @param ledUnit for a head: the task counts of the collective they head, or null when not known
     */
    static Result suggest(YearlyRating rating, TaskConditions ledUnit) {
        int year = rating.year();
        SubjectTrack track = trackOf(rating);
        AnnualLegalBasis basis = AnnualLegalBasis.forYear(year, track);
        List<YearlyReason> reasons = new ArrayList<>();
        List<PeriodRating> quarters = quarters(year, rating.quarterLevels());
        List<String> missing = new ArrayList<>();
        if (basis.thresholds().method() == RatingMethod.BANDS_AND_CONDITIONS && rating.points() == null) {
            missing.add("annual.rating.reason.missing.points");
        }
        if (basis.thresholds().taskConditions() && rating.tasks() == null) {
            missing.add("annual.rating.reason.missing.tasks");
        }
        RatingLevel level = null;
        if (missing.isEmpty()) {
            AnnualSuggestion suggestion = ENGINE.suggest(annualCase(rating, track, quarters, ledUnit), basis);
            suggestion.reasons().stream().map(YearlyReason::of).forEach(reasons::add);
            level = suggestion.level();
        } else {
            reasons.add(YearlyReason.of(RatingReason.of(ReasonCode.ANNUAL_LEGAL_BASIS, null, basis.citation(), year)
                    .citing(basis.source())));
            missing.forEach(key -> reasons.add(YearlyReason.of(key, String.valueOf(year))));
        }
        if (rating.track() != YearlyTrack.COLLECTIVE && quarters.isEmpty()) {
            reasons.add(YearlyReason.of("annual.rating.reason.noQuarters", String.valueOf(year)));
        }
        int excellent = new YearEndReview(quarters).excellentQuarters(year);
        if (excellent > 0) {
            reasons.add(YearlyReason.of("annual.rating.reason.excellentQuarters", excellent));
        }
        return new Result(level, reasons);
    }

    private static AnnualCase annualCase(YearlyRating rating, SubjectTrack track, List<PeriodRating> quarters,
                                         TaskConditions ledUnit) {
        AnnualCase.Builder builder = AnnualCase.builder(track, rating.year()).points(rating.points())
                .tasks(rating.tasks());
        if (track.isCollective()) {
            builder.misconduct(new AnnualCase.Misconduct(null, rating.degradation(), null))
                    .collective(new AnnualCase.CollectiveFacts(rating.discipline() != null, 0, 0, List.of()));
        } else {
            builder.misconduct(new AnnualCase.Misconduct(rating.discipline(), rating.degradation(),
                    rating.corruption()));
        }
        if (rating.headsUnit() && !track.isCollective()) {
            builder.leadership(AnnualCase.Leadership.ofLedUnit(ledUnit));
            if (rating.headedLevel() != null) {
                builder.headedCollective(AnnualCase.HeadedCollective.rated(rating.headedLevel(),
                        rating.capExempt()));
            }
        }
        if (!quarters.isEmpty()) {
            builder.quarters(AnnualCase.YearQuarters.of(new YearEndReview(quarters)));
        }
        if (track == SubjectTrack.PARTY_MEMBER && rating.cadreLevel() != null) {
            builder.cadreLevel(new LeaderPartyLevel(rating.cadreLevel(), rating.cadreLevelProvisional()));
        }
        return builder.build();
    }
}
