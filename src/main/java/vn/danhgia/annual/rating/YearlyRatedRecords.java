package vn.danhgia.annual.rating;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.danhgia.decision.RatingStatus;
import vn.danhgia.decision.RatingPeriod;
import vn.danhgia.platform.Actor;
import vn.danhgia.publication.RatedRecord;
import vn.danhgia.publication.RatedRecords;
import vn.danhgia.publication.RatingKind;

/**
 * The yearly ratings as publication's one complaint workflow sees them (issue 13 §1: the annual cycle reuses the
 * pipeline's complaint step instead of a copy of it). A collective's rating names no cadre, so no one complains about
 * it; the window runs from the yearly announcement under the scheme in force on 31/12.
 */
@Component
class YearlyRatedRecords implements RatedRecords {

    private final YearlyRatingRepository ratings;
    private final JpaYearlyRatings yearly;

    YearlyRatedRecords(YearlyRatingRepository ratings, JpaYearlyRatings yearly) {
        this.ratings = ratings;
        this.yearly = yearly;
    }

    @Override
    public RatingKind kind() {
        return RatingKind.YEARLY;
    }

    @Override
    public Optional<RatedRecord> forComplaint(long ratingId) {
        return ratings.findForChange(ratingId).map(rating -> new RatedRecord(RatingKind.YEARLY, rating.id(),
                rating.cadreId(), rating.unitId(), RatingPeriod.year(rating.year()),
                rating.status() == RatingStatus.ANNOUNCED, rating.announcedAt(), rating.status().messageKey()));
    }

    @Override
    public void cancelAfterUpheldComplaint(long ratingId, String reason, Actor actor) {
        yearly.cancelAfterUpheldComplaint(ratingId, reason, actor);
    }
}
