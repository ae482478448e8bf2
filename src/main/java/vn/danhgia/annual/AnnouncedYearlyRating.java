package vn.danhgia.annual;

import java.time.LocalDate;
import vn.danhgia.rules.RatingLevel;

/**
 * A person's announced yearly rating as the notice of the announcement tells it: the level decided and the last day a
 * complaint is in time (the scheme's {@code complaint_window_days} from the announcement).
 */
public record AnnouncedYearlyRating(long ratingId, long cadreId, YearlyTrack track, int year, RatingLevel level,
                                    LocalDate lastComplaintDay) {
}
