package vn.danhgia.appraisal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import vn.danhgia.assessment.LiveScore;
import vn.danhgia.organization.CadreId;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.scheme.Quarter;

/**
 * An appraisal (thẩm định) as the personnel office sees it: per task the cadre's figures beside the appraised ones,
 * both scores with the engine's suggestions, and the proposal.
 *
 * @param cadreScore     the self-assessment scored with the cadre's figures
 * @param appraisedScore the same scored with the appraised figures, with the engine's suggestion for them
 * @param cadreTotal     the total kept when the cadre submitted
 * @param appraisedTotal the appraised total kept at completion; null before
 * @param canEdit        a draft the reader may change and complete
 * @param allowedFactors the scheme's values for the three factors (seed 002 Phụ lục 2: 0,75 / 1 / 1,2), offered as
 *                       the same choices as on Mẫu 03; empty when the scheme takes any factor
 */
public record AppraisalView(long id, long version, long selfAssessmentId, CadreId cadre, String cadreName,
                            Quarter quarter, AppraisalStatus status, List<TaskLine> tasks, RatingLevel proposedLevel,
                            RatingLevel cadreProposedLevel, String justification, LiveScore cadreScore,
                            LiveScore appraisedScore, BigDecimal cadreTotal, BigDecimal appraisedTotal,
                            String appraisedBy, Instant appraisedAt, boolean canEdit,
                            List<BigDecimal> allowedFactors) {

    public AppraisalView {
        tasks = List.copyOf(tasks);
        allowedFactors = List.copyOf(allowedFactors);
    }

    /** The engine's suggested level for the appraised figures; null when they cannot be scored. */
    public RatingLevel suggestedLevel() {
        return appraisedScore.scored() ? appraisedScore.suggestion().level() : null;
    }

    /** The proposal is above what the rules suggest, so it needs a written justification. */
    public boolean proposalAboveSuggestion() {
        RatingLevel suggested = suggestedLevel();
        return proposedLevel != null && suggested != null && proposedLevel.isAbove(suggested);
    }

    /** Done quantity and the three factors of a task. */
    public record Figures(BigDecimal doneQuantity, BigDecimal quality, BigDecimal timeliness, BigDecimal leadership) {
    }

    /**
     * One task: as planned, as the cadre reported it, and as appraised (equal to the cadre's where not adjusted).
     *
     * @param adjusted whether any appraised figure differs from the cadre's
     */
    public record TaskLine(long taskId, int axis, String title, BigDecimal coefficient, BigDecimal plannedQuantity,
                           String evidence, Figures cadre, Figures appraised, boolean adjusted,
                           String adjustmentReason, ResponseLevel responseLevel) {
    }
}
