package vn.danhgia.annual;

import java.util.List;

/** The yearly ratings of a unit were announced; complaints are in time from now for the scheme's window. */
public record YearlyRatingsAnnounced(long unitId, int year, List<Long> ratingIds) {

    public YearlyRatingsAnnounced {
        ratingIds = List.copyOf(ratingIds);
    }
}
