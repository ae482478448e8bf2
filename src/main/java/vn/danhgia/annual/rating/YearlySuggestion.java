package vn.danhgia.annual.rating;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.danhgia.annual.YearlyReason;
import vn.danhgia.rules.PeriodRating;
import vn.danhgia.rules.RatedPeriod;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.YearEndReview;

/**
 * The year's suggestion from the facts gathered, every step given as a reason. Until the annual rating engine of
 * {@code rules} is wired in, it rests on the quarters alone (seed 000 §III.6.4, seed 002 §5):
 * <ul>
 *   <li>disciplined (khiển trách or above) in the year → NOT_COMPLETED (Quy định 366 Điều 11; Nghị định 335);</li>
 *   <li>otherwise the level most of the counted quarters reached, a tie going to the lower one;</li>
 *   <li>capped at GOOD after a NOT_COMPLETED quarter ({@link YearEndReview#yearEndCap});</li>
 *   <li>no counted quarter (a collective, or nothing rated): no suggestion, the proposal stands alone.</li>
 * </ul>
 */
final class YearlySuggestion {

    record Result(RatingLevel level, List<YearlyReason> reasons) {
    }

    private YearlySuggestion() {
    }

    /** Parses "Q1=GOOD;Q2=EXCELLENT". */
    static List<PeriodRating> quarters(int year, String quarterLevels) {
        List<PeriodRating> ratings = new ArrayList<>();
        if (quarterLevels == null || quarterLevels.isBlank()) {
            return ratings;
        }
        for (String part : quarterLevels.split(";")) {
            String[] pair = part.split("=");
            ratings.add(PeriodRating.of(year, RatedPeriod.valueOf(pair[0]), RatingLevel.valueOf(pair[1])));
        }
        return ratings;
    }

    static Result suggest(int year, String quarterLevels, boolean disciplined) {
        List<YearlyReason> reasons = new ArrayList<>();
        if (disciplined) {
            reasons.add(YearlyReason.of("annual.rating.reason.disciplined"));
            return new Result(RatingLevel.NOT_COMPLETED, reasons);
        }
        List<PeriodRating> quarters = quarters(year, quarterLevels);
        if (quarters.isEmpty()) {
            reasons.add(YearlyReason.of("annual.rating.reason.noQuarters", year));
            return new Result(null, reasons);
        }
        Map<RatingLevel, Integer> counts = new EnumMap<>(RatingLevel.class);
        quarters.forEach(quarter -> counts.merge(quarter.level(), 1, Integer::sum));
        RatingLevel most = null;
        int mostCount = 0;
        for (RatingLevel level : RatingLevel.values()) {
            int count = counts.getOrDefault(level, 0);
            if (count > 0 && count >= mostCount) {
                most = level;
                mostCount = count;
            }
        }
        reasons.add(YearlyReason.of("annual.rating.reason.quarters", quarters.size(),
                JpaYearlyRatings.label(most.messageKey()), mostCount));
        YearEndReview review = new YearEndReview(quarters);
        RatingLevel cap = review.yearEndCap(year);
        if (most.isAbove(cap)) {
            reasons.add(YearlyReason.of("annual.rating.reason.notCompletedQuarter", year));
            // Seed 002 §5: "có 01 quý trong năm xếp loại Không hoàn thành nhiệm vụ thì không xếp loại Hoàn thành xuất
            // sắc nhiệm vụ cả năm".
            most = cap;
        }
        int excellent = review.excellentQuarters(year);
        if (excellent > 0) {
            reasons.add(YearlyReason.of("annual.rating.reason.excellentQuarters", excellent));
        }
        return new Result(most, reasons);
    }
}
