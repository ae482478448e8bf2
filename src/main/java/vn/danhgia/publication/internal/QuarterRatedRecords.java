package vn.danhgia.publication.internal;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.danhgia.decision.QuarterRating;
import vn.danhgia.decision.QuarterRatingRepository;
import vn.danhgia.decision.RatingPeriod;
import vn.danhgia.decision.RatingStatus;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.AuditRecord;
import vn.danhgia.platform.AuditTrail;
import vn.danhgia.publication.RatedRecord;
import vn.danhgia.publication.RatedRecords;
import vn.danhgia.publication.RatingKind;

/**
 * The quarterly ratings the decision step stores, as the complaint workflow sees them. Kept in publication, not in
 * decision: decision comes earlier in the pipeline and must not depend on publication's port.
 */
@Component
class QuarterRatedRecords implements RatedRecords {

    private final QuarterRatingRepository ratings;
    private final AuditTrail audit;
    private final Clock clock;

    QuarterRatedRecords(QuarterRatingRepository ratings, AuditTrail audit, Clock clock) {
        this.ratings = ratings;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public RatingKind kind() {
        return RatingKind.QUARTERLY;
    }

    @Override
    public Optional<RatedRecord> forComplaint(long ratingId) {
        return ratings.findForChange(ratingId).map(rating -> new RatedRecord(RatingKind.QUARTERLY, rating.getId(),
                rating.cadreId(), rating.unitId(), RatingPeriod.of(rating.quarter()),
                rating.status() == RatingStatus.ANNOUNCED, rating.announcedAt(), rating.status().messageKey()));
    }

    /** The cadre's quarter is open again: the cancelled rating no longer holds the live slot. */
    @Override
    public void cancelAfterUpheldComplaint(long ratingId, String reason, Actor actor) {
        QuarterRating rating = ratings.findForChange(ratingId).orElseThrow();
        QuarterRating.Snapshot before = rating.snapshot();
        rating.cancel(reason, actor.username(), clock.instant());
        ratings.flush();
        audit.record(new AuditRecord("RATING_CANCELLED", JpaAnnouncementService.RATING, rating.getId(),
                rating.cadreId(), before, rating.snapshot()));
    }
}
