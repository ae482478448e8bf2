package vn.danhgia.appraisal;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the personnel office fills in on an appraisal and saves as a whole.
 *
 * @param tasks         one entry per task to change; tasks not named keep what is stored; null keeps all
 * @param proposedLevel EXCELLENT, GOOD, COMPLETED or NOT_COMPLETED; null when not chosen yet
 * @param justification why the proposal differs from the engine's suggestion (required at completion when above it)
 */
public record AppraisalContent(List<TaskEntry> tasks, String proposedLevel, String justification) {

    public AppraisalContent {
        tasks = tasks == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(tasks));
    }

    /**
     * The appraised figures of one task of the self-assessment (named by its id). A figure left null or equal to the
     * cadre's is unchanged; a changed figure needs the reason.
     *
     * @param responseLevel PROACTIVE_EFFECTIVE, BASICALLY_MEETS or DOES_NOT_MEET; null when not rated yet
     */
    public record TaskEntry(Long taskId, BigDecimal doneQuantity, BigDecimal quality, BigDecimal timeliness,
                            BigDecimal leadership, String adjustmentReason, String responseLevel) {
    }
}
