package vn.danhgia.annual.rating;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import vn.danhgia.annual.YearlyRatingView;
import vn.danhgia.annual.YearlyRatings;
import vn.danhgia.annual.YearlyTrack;
import vn.danhgia.platform.BatchOutcome;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.rules.RatingLevel;

/**
 * The annual authority decides several rows of a unit's yearly board at once, each at its proposed level (the review
 * meeting's or the workplace's), or at the suggestion where nothing was proposed. Every row goes through
 * {@link YearlyRatings#decide} in its own transaction with the version the board showed, so the same rules refuse it
 * as a single decision would (authority, a reason above the suggestion, the EXCELLENT quota, the collective first, a
 * stale version) and the same audit entry records it; a refused row changes nothing and the others go through.
 */
@Service
public class YearlyBatchDecisions {

    /** Collectives first (a head is capped by the decided collective), then the civil-servant track before the party one. */
    private static final List<YearlyTrack> ORDER = List.of(YearlyTrack.COLLECTIVE, YearlyTrack.STATE, YearlyTrack.PARTY);

    private final YearlyRatings ratings;

    YearlyBatchDecisions(YearlyRatings ratings) {
        this.ratings = ratings;
    }

    /** One ticked row: the rating and the version the board showed (null: the current one). */
    public record Selection(long ratingId, Long version) {
    }

    /** What became of each ticked row, in the order they were decided. */
    public record Outcome(long ratingId, YearlyTrack track, RatingLevel level, BatchOutcome outcome) {
    }

    public List<Outcome> decide(long unitId, int year, List<Selection> selected) {
        Map<Long, YearlyRatingView> rows = ratings.board(unitId, year).ratings().stream()
                .collect(Collectors.toMap(YearlyRatingView::id, Function.identity()));
        List<Selection> ordered = selected.stream().distinct()
                .sorted(Comparator.comparingInt(selection -> rank(rows.get(selection.ratingId())))).toList();
        List<BatchOutcome> outcomes = BatchOutcome.each(ordered, selection -> label(rows.get(selection.ratingId()),
                selection), selection -> {
            YearlyRatingView row = rows.get(selection.ratingId());
            if (row == null) {
                throw new RecordNotFoundException(JpaYearlyRatings.RECORD, selection.ratingId());
            }
            RatingLevel level = levelOf(row);
            if (level == null) {
                throw new RuleRefusedException("annual.rating.batch.noLevel");
            }
            ratings.decide(row.id(), selection.version() == null ? row.version() : selection.version(), level, null);
        });
        return IntStream.range(0, ordered.size()).mapToObj(i -> {
            YearlyRatingView row = rows.get(ordered.get(i).ratingId());
            return new Outcome(ordered.get(i).ratingId(), row == null ? null : row.track(), levelOf(row),
                    outcomes.get(i));
        }).toList();
    }

    /** The level a ticked row is decided at: the proposal, else the engine's suggestion. */
    static RatingLevel levelOf(YearlyRatingView row) {
        if (row == null) {
            return null;
        }
        return row.proposedLevel() != null ? row.proposedLevel() : row.suggestedLevel();
    }

    private static int rank(YearlyRatingView row) {
        return row == null ? ORDER.size() : ORDER.indexOf(row.track());
    }

    private static String label(YearlyRatingView row, Selection selection) {
        return row == null ? "#" + selection.ratingId() : row.subjectName();
    }
}
