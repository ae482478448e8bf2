package vn.danhgia.annual;

import java.util.List;

/**
 * The people's ratings a {@link YearlyRatingsAnnounced} names, for the notices the system sends on its own behalf (no
 * signed-in reader's scope applies). Collectives and ratings no longer announced are left out.
 */
public interface AnnouncedYearlyRatings {

    List<AnnouncedYearlyRating> of(YearlyRatingsAnnounced announced);
}
