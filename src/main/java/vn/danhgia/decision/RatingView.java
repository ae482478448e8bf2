package vn.danhgia.decision;

import java.time.Instant;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.UnitId;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.scheme.Quarter;

/**
 * A cadre's rating of a quarter (xếp loại chất lượng quý) as stored: the unit head's proposal, the levels the
 * authority had before it, the decision, and its announcement or cancellation.
 *
 * @param selfProposedLevel  the cadre's own proposal (Mẫu 03), copied in at decision time
 * @param appraisalLevel     the personnel office's proposal (thẩm định)
 * @param councilLevel       the council's result, when it reached one
 * @param suggestedLevel     the engine's suggestion for the appraised figures with the collective and force majeure
 * @param discrepancy        decided below the head's proposal: the head answers for it (seed 002 §6.2)
 * @param quotaGroup         the peer group the EXCELLENT quota was counted in
 * @param replacesId         the cancelled rating this one replaces, if any
 */
public record RatingView(long id, long version, CadreId cadre, String cadreName, UnitId unit, Quarter quarter,
                         RatingStatus status, RatingLevel headProposedLevel, String headProposedBy,
                         Instant headProposedAt, String headComment, RatingLevel selfProposedLevel,
                         RatingLevel appraisalLevel, RatingLevel councilLevel, RatingLevel suggestedLevel,
                         RatingLevel decidedLevel, String decisionComment, String forceMajeureReason,
                         boolean discrepancy, String quotaGroup, Integer quotaRank, String decidedBy,
                         Instant decidedAt, String announcedBy, Instant announcedAt, String cancelledBy,
                         Instant cancelledAt, String cancelReason, Long replacesId) {

    /** Counts towards the EXCELLENT places of its peer group: decided or announced EXCELLENT, not cancelled. */
    public boolean holdsExcellentPlace() {
        return decidedLevel == RatingLevel.EXCELLENT
                && (status == RatingStatus.DECIDED || status == RatingStatus.ANNOUNCED);
    }
}
