package vn.danhgia.annual;

import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.danhgia.publication.ComplaintView;
import vn.danhgia.rules.RatingLevel;

/**
 * The yearly ratings of a unit and year as the board shows them, with the counts per level of the decided ones (the
 * same counts the yearly report gives), and the complaints about them (handled in publication's one workflow).
 *
 * @param mayDecide  the reader decides at least one row: announce, lock and complaint answers are theirs
 * @param decidable  the rows the reader may decide now (their annual authority, not their own, still open to a decision)
 */
public record YearlyBoard(long unitId, String unitName, int year, List<YearlyRatingView> ratings,
                          Map<YearlyTrack, Map<RatingLevel, Long>> counts, boolean mayDecide,
                          List<ComplaintView> complaints, Set<Long> decidable) {

    public YearlyBoard {
        ratings = List.copyOf(ratings);
        counts = Map.copyOf(counts);
        complaints = List.copyOf(complaints);
        decidable = Set.copyOf(decidable);
    }

    /** Whether the reader may decide this row: the service would not refuse them for want of authority. */
    public boolean decides(long ratingId) {
        return decidable.contains(ratingId);
    }
}
