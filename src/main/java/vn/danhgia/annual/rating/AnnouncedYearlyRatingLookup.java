package vn.danhgia.annual.rating;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.annual.AnnouncedYearlyRating;
import vn.danhgia.annual.AnnouncedYearlyRatings;
import vn.danhgia.annual.YearlyRatingStatus;
import vn.danhgia.annual.YearlyRatingsAnnounced;
import vn.danhgia.scheme.SchemeCatalog;

@Component
class AnnouncedYearlyRatingLookup implements AnnouncedYearlyRatings {

    private final YearlyRatingRepository ratings;
    private final SchemeCatalog schemes;
    private final Clock clock;

    AnnouncedYearlyRatingLookup(YearlyRatingRepository ratings, SchemeCatalog schemes, Clock clock) {
        this.ratings = ratings;
        this.schemes = schemes;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AnnouncedYearlyRating> of(YearlyRatingsAnnounced announced) {
        return ratings.findAllById(announced.ratingIds()).stream()
                .filter(rating -> rating.cadreId() != null && rating.status() == YearlyRatingStatus.ANNOUNCED)
                .map(rating -> new AnnouncedYearlyRating(rating.id(), rating.cadreId(), rating.track(), rating.year(),
                        rating.decidedLevel(), YearlyComplaintWindow.lastDay(schemes, clock.getZone(),
                        rating.year(), rating.announcedAt())))
                .sorted(java.util.Comparator.comparingLong(AnnouncedYearlyRating::ratingId))
                .toList();
    }
}
