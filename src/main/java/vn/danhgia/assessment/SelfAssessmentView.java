package vn.danhgia.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.danhgia.organization.CadreId;
import vn.danhgia.planning.DeadlineExtensionView;
import vn.danhgia.scheme.Quarter;

/**
 * A stored self-assessment (Mẫu 03) as the reader sees it: the figures as entered, the live score and suggested
 * level, and what the reader may do with it now.
 *
 * @param planId         the approved plan it was prefilled from; null when the tasks are listed directly
 * @param deadline       the last day it can be submitted in time (scheme step SELF_ASSESSMENT, or the extension's
 *                       day); null when none
 * @param submittedLate  submitted after that day (nộp muộn, issue 12)
 * @param extension      the extension (gia hạn) granted to the cadre for this step; null when none
 * @param submittedTotal the engine's total kept at the last submission (2 decimals)
 * @param canEdit        the reader is the cadre and it is a draft or returned: may save and submit
 * @param canReturn      the reader may return it for revision (the unit's leadership) and it is submitted
 * @param canExtend      the reader receives the cadre's self-assessments, so may grant an extension
 */
public record SelfAssessmentView(long id, long version, CadreId cadre, String cadreName, long unitId,
                                 Quarter quarter, String schemeCode, Long planId, SelfAssessmentStatus status,
                                 List<CriterionEntry> criteria, Map<Integer, BigDecimal> axisMaxPoints,
                                 List<TaskView> tasks, String proposedLevel, String selfComment,
                                 BigDecimal submittedTotal, Instant submittedAt, boolean submittedLate,
                                 String returnedBy, Instant returnedAt, String returnNote, LocalDate deadline,
                                 DeadlineExtensionView extension, LiveScore liveScore, boolean canEdit,
                                 boolean canReturn, boolean canExtend) {

    public SelfAssessmentView {
        criteria = List.copyOf(criteria);
        axisMaxPoints = java.util.Collections.unmodifiableMap(new TreeMap<>(axisMaxPoints));
        tasks = List.copyOf(tasks);
    }

    /** One general criterion and whether the cadre marked it met (đảm bảo). */
    public record CriterionEntry(String code, boolean met) {
    }

    /** One task row as stored; {@code planTaskId} is null for a task listed directly. */
    public record TaskView(long id, Long planTaskId, int axis, String title, BigDecimal coefficient,
                           BigDecimal plannedQuantity, BigDecimal doneQuantity, BigDecimal quality,
                           BigDecimal timeliness, BigDecimal leadership, String evidence) {
    }

    /**
     * Whether the cadre marked the general criterion met: true or false as chosen, null when nobody chose (a record
     * holding a total without its content). Every output shows a criterion nobody chose as not chosen, never as met
     * or not met (issue 12 §1: the page showed "Không đảm bảo" and the PDF "Đảm bảo" for the same unchosen criteria).
     */
    public Boolean met(String criterionCode) {
        return criteria.stream().filter(criterion -> criterion.code().equals(criterionCode)).findFirst()
                .map(CriterionEntry::met).orElse(null);
    }

    /**
     * The total the page and Mẫu 03 show: the score of the content as it stands (at submission the same figure is
     * kept as {@link #submittedTotal}, which the list shows), else, for a record whose content cannot be scored, the
     * total kept at its last submission; null when there is neither.
     */
    public BigDecimal total() {
        return liveScore.scored() ? liveScore.roundedTotal() : submittedTotal;
    }

    /** No criterion chosen and no task: a total was recorded without the content it was scored from. */
    public boolean withoutContent() {
        return criteria.isEmpty() && tasks.isEmpty();
    }

    /** Tasks are listed directly in Mẫu 03 (seed 002 §4 Bước 2, quý II/2026), not taken from a plan. */
    public boolean listsTasksDirectly() {
        return planId == null;
    }
}
