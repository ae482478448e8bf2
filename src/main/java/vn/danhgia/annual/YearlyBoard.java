package vn.danhgia.annual;

import java.util.List;
import java.util.Map;
import vn.danhgia.publication.ComplaintView;
import vn.danhgia.rules.RatingLevel;

/**
 * The yearly ratings of a unit and year as the board shows them, with the counts per level of the decided ones (the
 * same counts the yearly report gives), and the complaints about them (handled in publication's one workflow).
 */
public record YearlyBoard(long unitId, String unitName, int year, List<YearlyRatingView> ratings,
                          Map<YearlyTrack, Map<RatingLevel, Long>> counts, boolean mayDecide,
                          List<ComplaintView> complaints) {

    public YearlyBoard {
        ratings = List.copyOf(ratings);
        counts = Map.copyOf(counts);
        complaints = List.copyOf(complaints);
    }
}
