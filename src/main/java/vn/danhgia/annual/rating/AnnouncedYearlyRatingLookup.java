package vn.danhgia.annual.rating;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.annual.AnnouncedYearlyRating;
import vn.danhgia.annual.AnnouncedYearlyRatings;
import vn.danhgia.annual.YearlyRatingsAnnounced;
import vn.danhgia.decision.RatingPeriod;
import vn.danhgia.decision.RatingStatus;
import vn.danhgia.publication.ComplaintService;

@Component
class AnnouncedYearlyRatingLookup implements AnnouncedYearlyRatings {

    private final YearlyRatingRepository ratings;
    private final ComplaintService complaints;

    AnnouncedYearlyRatingLookup(YearlyRatingRepository ratings, ComplaintService complaints) {
        this.ratings = ratings;
        this.complaints = complaints;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AnnouncedYearlyRating> of(YearlyRatingsAnnounced announced) {
        return ratings.findAllById(announced.ratingIds()).stream()
                .filter(rating -> rating.cadreId() != null && rating.status() == RatingStatus.ANNOUNCED)
                .map(rating -> new AnnouncedYearlyRating(rating.id(), rating.cadreId(), rating.track(), rating.year(),
                        rating.decidedLevel(), complaints.lastComplaintDay(RatingPeriod.year(rating.year()),
                        rating.announcedAt())))
                .sorted(Comparator.comparingLong(AnnouncedYearlyRating::ratingId))
                .toList();
    }
}
