package vn.danhgia.rules.yearend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.RatingReason;
import vn.danhgia.rules.ReasonCode;

/**
 * A person's rated periods read for the year-end (seed 002 §5, "Về sử dụng kết quả xếp loại hằng quý"):
 * <ul>
 *   <li>"có 01 quý trong năm xếp loại Không hoàn thành nhiệm vụ thì không xếp loại Hoàn thành xuất sắc nhiệm vụ cả
 *       năm": one NOT_COMPLETED quarter caps the year at GOOD;</li>
 *   <li>"ưu tiên lựa chọn cá nhân có số quý được đề xuất xếp loại Hoàn thành xuất sắc nhiệm vụ nhiều hơn": among the
 *       eligible, more quarters proposed EXCELLENT come first ({@link #preferForExcellent});</li>
 *   <li>"Thực hiện ngay việc thay thế … Không hoàn thành nhiệm vụ từ 02 quý liên tiếp trở lên": a replacement alert.</li>
 * </ul>
 * Consecutive periods: only quarters I–III are rated and the year-end rating covers quarter IV (seed 000 §I.2.2), so
 * the rated periods run Q1, Q2, Q3, year-end, next year's Q1 … and two neighbours in that sequence are consecutive,
 * across the year boundary too: Q3 and the year-end, or the year-end and next year's Q1. A quarter marked
 * {@link UnratedPeriod unrated} does not break a run: a deferred one's results are weighed in the next rated period
 * (seed 002 §7 d, "được xem xét sang quý tiếp theo"), so NOT_COMPLETED before and after it are consecutive ratings;
 * an exempted one (seed 002 §3.3) is not one of the person's rated periods. A period with no rating and no marker
 * (not yet rated, or unknown) still breaks the run: the alert asks for an immediate replacement, so it rests only on
 * what is known.
 *
 * @param ratings the ratings given, in any order
 * @param unrated the quarters deferred or exempted, in any order; none of them also rated
 */
public record YearEndReview(List<PeriodRating> ratings, List<UnratedPeriod> unrated) {

    public YearEndReview {
        ratings = ratings.stream().sorted(Comparator.comparingInt(PeriodRating::sequence)).toList();
        unrated = unrated.stream().sorted(Comparator.comparingInt(UnratedPeriod::sequence)).toList();
        var seen = new HashSet<Integer>();
        for (PeriodRating rating : ratings) {
            if (!seen.add(rating.sequence())) {
                throw new IllegalArgumentException(rating.period() + "/" + rating.year() + " is rated twice");
            }
        }
        for (UnratedPeriod period : unrated) {
            if (!seen.add(period.sequence())) {
                throw new IllegalArgumentException(period.period() + "/" + period.year()
                        + " is both rated and marked " + period.cause() + ", or marked twice");
            }
        }
    }

    /** Ratings alone, no quarter marked deferred or exempted. */
    public YearEndReview(List<PeriodRating> ratings) {
        this(ratings, List.of());
    }

    public boolean excellentAllowed(int year) {
        return notCompletedQuarters(year) == 0;
    }

    /** The highest level the quarters allow for the year: GOOD after a NOT_COMPLETED quarter, else EXCELLENT. */
    public RatingLevel yearEndCap(int year) {
        return excellentAllowed(year) ? RatingLevel.EXCELLENT : RatingLevel.GOOD;
    }

    public Optional<RatingReason> yearEndReason(int year) {
        int notCompleted = notCompletedQuarters(year);
        return notCompleted == 0 ? Optional.empty() : Optional.of(RatingReason.of(
                ReasonCode.YEAR_QUARTER_NOT_COMPLETED, RatingLevel.GOOD, year, notCompleted));
    }

    /** Quarters of the year proposed EXCELLENT. */
    public int excellentQuarters(int year) {
        return (int) quarters(year).filter(rating -> rating.proposedLevel() == RatingLevel.EXCELLENT).count();
    }

    /** Every run of two or more consecutive NOT_COMPLETED periods, earliest first. */
    public List<ReplacementAlert> replacementAlerts() {
        List<ReplacementAlert> alerts = new ArrayList<>();
        List<PeriodRating> run = new ArrayList<>();
        for (PeriodRating rating : ratings) {
            boolean continues = !run.isEmpty() && onlyUnratedBetween(run.get(run.size() - 1), rating);
            if (!continues) {
                addAlert(run, alerts);
                run.clear();
            }
            if (rating.level() == RatingLevel.NOT_COMPLETED) {
                run.add(rating);
            } else {
                addAlert(run, alerts);
                run.clear();
            }
        }
        addAlert(run, alerts);
        return alerts;
    }

    /**
     * Orders people for the year's EXCELLENT: those ruled out by a NOT_COMPLETED quarter are listed last without a
     * rank; the others by quarters proposed EXCELLENT, most first, equal counts sharing a rank.
     */
    public static List<YearEndPreference> preferForExcellent(int year, List<YearEndCandidate> candidates) {
        List<YearEndCandidate> eligible = candidates.stream()
                .filter(candidate -> candidate.review().excellentAllowed(year))
                .sorted(Comparator.comparingInt((YearEndCandidate c) -> c.review().excellentQuarters(year)).reversed())
                .toList();
        List<YearEndPreference> preferences = new ArrayList<>();
        for (YearEndCandidate candidate : eligible) {
            int count = candidate.review().excellentQuarters(year);
            int rank = 1 + (int) eligible.stream()
                    .filter(other -> other.review().excellentQuarters(year) > count).count();
            preferences.add(new YearEndPreference(candidate, true, count, rank,
                    RatingReason.of(ReasonCode.YEAR_EXCELLENT_QUARTERS, null, year, count, rank)));
        }
        for (YearEndCandidate candidate : candidates) {
            if (!candidate.review().excellentAllowed(year)) {
                preferences.add(new YearEndPreference(candidate, false, candidate.review().excellentQuarters(year),
                        null, candidate.review().yearEndReason(year).orElseThrow()));
            }
        }
        return preferences;
    }

    /** True when every period strictly between the two is a quarter marked deferred or exempted. */
    private boolean onlyUnratedBetween(PeriodRating earlier, PeriodRating later) {
        long between = unrated.stream().filter(period -> period.sequence() > earlier.sequence()
                && period.sequence() < later.sequence()).count();
        return later.sequence() - earlier.sequence() - 1 == between;
    }

    private int notCompletedQuarters(int year) {
        return (int) quarters(year).filter(rating -> rating.level() == RatingLevel.NOT_COMPLETED).count();
    }

    private Stream<PeriodRating> quarters(int year) {
        return ratings.stream().filter(rating -> rating.year() == year && rating.period().isQuarter());
    }

    private static void addAlert(List<PeriodRating> run, List<ReplacementAlert> alerts) {
        if (run.size() < 2) {
            return;
        }
        PeriodRating from = run.get(0);
        PeriodRating to = run.get(run.size() - 1);
        int unratedBetween = ReplacementAlert.unratedBetween(from, to, run.size());
        RatingReason reason = unratedBetween == 0
                ? RatingReason.of(ReasonCode.REPLACEMENT_ALERT, null, run.size(), from.period(), from.year(),
                        to.period(), to.year())
                : RatingReason.of(ReasonCode.REPLACEMENT_ALERT_ACROSS_UNRATED, null, run.size(), from.period(),
                        from.year(), to.period(), to.year(), unratedBetween);
        alerts.add(new ReplacementAlert(from, to, run.size(), reason));
    }
}
