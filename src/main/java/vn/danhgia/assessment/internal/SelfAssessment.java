package vn.danhgia.assessment.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import vn.danhgia.assessment.SelfAssessmentStatus;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.rules.quarterly.TaskResult;
import vn.danhgia.scheme.Quarter;

/**
 * A cadre's self-assessment for a quarter (Bản tự đánh giá, chấm điểm và xếp loại, seed 002 Mẫu 03): a guarded state
 * machine DRAFT → SUBMITTED, or back to RETURNED with the leadership's note and on to SUBMITTED again. Only a draft or
 * returned one can change. The figures are kept as entered; the score is computed whenever shown, and the total at
 * submission is kept.
 */
@Entity
@Table(name = "self_assessment")
class SelfAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "cadre_id", nullable = false, updatable = false)
    private long cadreId;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "period_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "period_quarter", nullable = false, updatable = false)
    private int quarter;

    @Column(name = "scheme_code", nullable = false)
    private String schemeCode;

    @Column(name = "plan_id", updatable = false)
    private Long planId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SelfAssessmentStatus status;

    @Column(name = "proposed_level")
    private String proposedLevel;

    @Column(name = "self_comment")
    private String selfComment;

    @Column(name = "submitted_total")
    private BigDecimal submittedTotal;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    // Nộp muộn: submitted after the cadre's last day in time (the scheme's or the extension's), issue 12.
    @Column(name = "submitted_late", nullable = false)
    private boolean submittedLate;

    @Column(name = "returned_by")
    private String returnedBy;

    @Column(name = "returned_at")
    private Instant returnedAt;

    @Column(name = "return_note")
    private String returnNote;

    @ElementCollection
    @Fetch(FetchMode.SUBSELECT) // a board reads many; each collection then costs one query for all of them
    @CollectionTable(name = "self_assessment_axis", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderBy("number")
    private List<SelfAssessmentAxis> axes = new ArrayList<>();

    @ElementCollection
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "self_assessment_criterion", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderBy("code")
    private List<SelfAssessmentCriterion> criteria = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @Fetch(FetchMode.SUBSELECT)
    @JoinColumn(name = "assessment_id", nullable = false, updatable = false)
    @OrderBy("axis, sortOrder")
    private List<SelfAssessmentTask> tasks = new ArrayList<>();

    protected SelfAssessment() {
    }

    /** A new draft: every criterion met, the given axis weights, the given tasks (none when listed directly). */
    SelfAssessment(long cadreId, long unitId, Quarter quarter, String schemeCode, Long planId,
                   List<String> criterionCodes, Map<Integer, BigDecimal> axisMaxPoints,
                   List<SelfAssessmentTask> tasks, Instant now) {
        this.cadreId = cadreId;
        this.unitId = unitId;
        this.year = quarter.year();
        this.quarter = quarter.number();
        this.schemeCode = schemeCode;
        this.planId = planId;
        this.status = SelfAssessmentStatus.DRAFT;
        this.createdAt = now;
        criterionCodes.forEach(code -> criteria.add(new SelfAssessmentCriterion(code, true)));
        axisMaxPoints.forEach((axis, points) -> axes.add(new SelfAssessmentAxis(axis, points)));
        this.tasks.addAll(tasks);
    }

    /** Applies checked content; the caller has validated every value against the scheme. */
    void revise(Map<String, Boolean> met, Map<Integer, BigDecimal> axisMaxPoints, List<SelfAssessmentTask> newTasks,
                String proposedLevel, String selfComment) {
        requireEditable();
        if (met != null) {
            List<SelfAssessmentCriterion> revised = criteria.stream()
                    .map(c -> new SelfAssessmentCriterion(c.code(), met.getOrDefault(c.code(), c.met()))).toList();
            if (!revised.equals(criteria)) {
                criteria.clear();
                criteria.addAll(revised);
            }
        }
        if (axisMaxPoints != null && !sameWeights(axisMaxPoints)) {
            axes.clear();
            new TreeMap<>(axisMaxPoints).forEach((axis, points) -> axes.add(new SelfAssessmentAxis(axis, points)));
        }
        if (newTasks != null) {
            tasks.retainAll(newTasks);
            newTasks.stream().filter(task -> !tasks.contains(task)).forEach(tasks::add);
            tasks.sort(Comparator.comparingInt(SelfAssessmentTask::axis)
                    .thenComparingInt(SelfAssessmentTask::sortOrder));
        }
        this.proposedLevel = proposedLevel;
        this.selfComment = selfComment;
    }

    void submit(BigDecimal total, Instant now, boolean late) {
        requireEditable();
        if (proposedLevel == null) {
            throw new RuleRefusedException("assessment.refusal.no-proposed-level");
        }
        status = SelfAssessmentStatus.SUBMITTED;
        submittedTotal = total;
        submittedAt = now;
        submittedLate = late;
    }

    void returnForRevision(String by, String note, Instant now) {
        if (status != SelfAssessmentStatus.SUBMITTED) {
            throw new RuleRefusedException("assessment.refusal.not-submitted");
        }
        status = SelfAssessmentStatus.RETURNED;
        returnedBy = by;
        returnedAt = now;
        returnNote = note;
    }

    void requireEditable() {
        if (!status.editable()) {
            throw new RuleRefusedException("assessment.refusal.not-editable");
        }
    }

    private boolean sameWeights(Map<Integer, BigDecimal> axisMaxPoints) {
        Map<Integer, BigDecimal> stored = axisMaxPoints();
        return stored.size() == axisMaxPoints.size() && axisMaxPoints.entrySet().stream().allMatch(e ->
                stored.containsKey(e.getKey()) && stored.get(e.getKey()).compareTo(e.getValue()) == 0);
    }

    Map<String, Boolean> met() {
        Map<String, Boolean> met = new LinkedHashMap<>();
        criteria.forEach(c -> met.put(c.code(), c.met()));
        return met;
    }

    Map<Integer, BigDecimal> axisMaxPoints() {
        Map<Integer, BigDecimal> points = new TreeMap<>();
        axes.forEach(axis -> points.put(axis.number(), axis.maxPoints()));
        return points;
    }

    Map<Integer, List<TaskResult>> tasksByAxis() {
        Map<Integer, List<TaskResult>> byAxis = new TreeMap<>();
        tasks.forEach(task -> byAxis.computeIfAbsent(task.axis(), axis -> new ArrayList<>()).add(task.result()));
        return byAxis;
    }

    /** What the audit trail keeps of a self-assessment before and after a change. */
    record Snapshot(SelfAssessmentStatus status, Map<String, Boolean> criteria, Map<Integer, BigDecimal> axes,
                    List<TaskSnapshot> tasks, String proposedLevel, String selfComment, BigDecimal submittedTotal,
                    String returnNote) {
    }

    record TaskSnapshot(Long id, Long planTaskId, int axis, String title, BigDecimal coefficient,
                        BigDecimal plannedQuantity, BigDecimal doneQuantity, BigDecimal quality,
                        BigDecimal timeliness, BigDecimal leadership, String evidence) {
    }

    Snapshot snapshot() {
        return new Snapshot(status, met(), axisMaxPoints(), tasks.stream().map(SelfAssessmentTask::view)
                .map(t -> new TaskSnapshot(t.id(), t.planTaskId(), t.axis(), t.title(), t.coefficient(),
                        t.plannedQuantity(), t.doneQuantity(), t.quality(), t.timeliness(), t.leadership(),
                        t.evidence())).toList(),
                proposedLevel, selfComment, submittedTotal, returnNote);
    }

    Long getId() {
        return id;
    }

    long version() {
        return version;
    }

    long cadreId() {
        return cadreId;
    }

    long unitId() {
        return unitId;
    }

    Quarter quarter() {
        return new Quarter(year, quarter);
    }

    String schemeCode() {
        return schemeCode;
    }

    Long planId() {
        return planId;
    }

    SelfAssessmentStatus status() {
        return status;
    }

    String proposedLevel() {
        return proposedLevel;
    }

    String selfComment() {
        return selfComment;
    }

    BigDecimal submittedTotal() {
        return submittedTotal;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    boolean submittedLate() {
        return submittedLate;
    }

    String returnedBy() {
        return returnedBy;
    }

    Instant returnedAt() {
        return returnedAt;
    }

    String returnNote() {
        return returnNote;
    }

    List<SelfAssessmentCriterion> criteria() {
        return List.copyOf(criteria);
    }

    List<SelfAssessmentTask> tasks() {
        return List.copyOf(tasks);
    }
}
