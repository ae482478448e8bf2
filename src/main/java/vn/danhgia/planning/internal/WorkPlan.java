package vn.danhgia.planning.internal;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.danhgia.planning.PlanStatus;
import vn.danhgia.platform.Decimals;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.scheme.Quarter;

/**
 * A cadre's quarterly work plan (Kế hoạch công tác của cá nhân theo quý, seed 002 Mẫu 01): a guarded state machine
 * DRAFT → SUBMITTED → APPROVED, or back to RETURNED with the approver's comments and on to SUBMITTED again. Once
 * approved, new tasks come only through amendments.
 */
@Entity
@Table(name = "work_plan")
class WorkPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "cadre_id", nullable = false)
    private long cadreId;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "plan_year", nullable = false)
    private int year;

    @Column(name = "plan_quarter", nullable = false)
    private int quarter;

    @Column(name = "scheme_code", nullable = false)
    private String schemeCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    // Nộp muộn: submitted after the cadre's last day in time (the scheme's or the extension's), issue 12.
    @Column(name = "submitted_late", nullable = false)
    private boolean submittedLate;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note")
    private String decisionNote;

    @ElementCollection
    @CollectionTable(name = "work_plan_axis", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderBy("number")
    private List<WorkPlanAxis> axes = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    @OrderBy("axis, sortOrder")
    private List<WorkPlanTask> tasks = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<WorkPlanAmendment> amendments = new ArrayList<>();

    protected WorkPlan() {
    }

    WorkPlan(long cadreId, long unitId, Quarter quarter, String schemeCode, Map<Integer, BigDecimal> axisMaxPoints,
             Instant now) {
        this.cadreId = cadreId;
        this.unitId = unitId;
        this.year = quarter.year();
        this.quarter = quarter.number();
        this.schemeCode = schemeCode;
        this.status = PlanStatus.DRAFT;
        this.createdAt = now;
        axisMaxPoints.forEach((axis, points) -> axes.add(new WorkPlanAxis(axis, points)));
    }

    /** Replaces the axis weights and the tasks of the plan itself (not of its amendments). */
    void replaceDraft(Map<Integer, BigDecimal> axisMaxPoints, List<TaskLine> lines) {
        requireEditable();
        axes.clear();
        axisMaxPoints.forEach((axis, points) -> axes.add(new WorkPlanAxis(axis, points)));
        tasks.removeIf(task -> task.amendment() == null);
        addTasks(lines, null);
    }

    void submit(Instant now, boolean late) {
        requireEditable();
        if (tasks.isEmpty()) {
            throw new RuleRefusedException("planning.refusal.no-tasks");
        }
        // Phụ lục 2 scores an axis as ΣQ/ΣP over its tasks: an axis that carries points needs at least one task.
        for (WorkPlanAxis axis : axes) {
            if (axis.maxPoints().signum() > 0 && tasks.stream().noneMatch(task -> task.axis() == axis.number())) {
                throw new RuleRefusedException("planning.refusal.axis-without-tasks", axis.number(),
                        Decimals.plain(axis.maxPoints()).toPlainString());
            }
        }
        status = PlanStatus.SUBMITTED;
        submittedAt = now;
        submittedLate = late;
    }

    void decide(PlanStatus decision, String decider, String note, Instant now) {
        if (status != PlanStatus.SUBMITTED) {
            throw new RuleRefusedException("planning.refusal.not-submitted");
        }
        status = decision;
        decidedBy = decider;
        decidedAt = now;
        decisionNote = note;
    }

    WorkPlanAmendment proposeAmendment(String reason, List<TaskLine> lines, Instant now) {
        if (status != PlanStatus.APPROVED) {
            throw new RuleRefusedException("planning.refusal.amend-unapproved");
        }
        if (openAmendment().isPresent()) {
            throw new RuleRefusedException("planning.refusal.amendment-open");
        }
        WorkPlanAmendment amendment = new WorkPlanAmendment(this, amendments.size() + 1, reason, now);
        amendments.add(amendment);
        addTasks(lines, amendment);
        return amendment;
    }

    void decideAmendment(long amendmentId, PlanStatus decision, String decider, String note, Instant now) {
        WorkPlanAmendment amendment = amendments.stream().filter(candidate -> candidate.getId() == amendmentId)
                .findFirst().orElseThrow(() -> new RuleRefusedException("planning.refusal.amendment-unknown"));
        if (amendment.status() != PlanStatus.SUBMITTED) {
            throw new RuleRefusedException("planning.refusal.not-submitted");
        }
        amendment.decide(decision, decider, note, now);
    }

    Optional<WorkPlanAmendment> openAmendment() {
        return amendments.stream().filter(amendment -> amendment.status() == PlanStatus.SUBMITTED).findFirst();
    }

    /** The tasks in force: the plan's own and those of approved amendments. */
    List<WorkPlanTask> tasksInForce() {
        return tasks.stream()
                .filter(task -> task.amendment() == null || task.amendment().status() == PlanStatus.APPROVED)
                .toList();
    }

    Map<Integer, BigDecimal> axisMaxPoints() {
        Map<Integer, BigDecimal> points = new TreeMap<>();
        axes.forEach(axis -> points.put(axis.number(), Decimals.plain(axis.maxPoints())));
        return points;
    }

    PlanSnapshot snapshot() {
        return new PlanSnapshot(status, axisMaxPoints(), tasks.stream().map(WorkPlanTask::line).toList(),
                amendments.stream().map(amendment -> amendment.number() + ":" + amendment.status()).toList(),
                decisionNote);
    }

    private void addTasks(List<TaskLine> lines, WorkPlanAmendment amendment) {
        int next = tasks.stream().mapToInt(WorkPlanTask::sortOrder).max().orElse(0);
        for (TaskLine line : lines) {
            tasks.add(new WorkPlanTask(line, ++next, amendment));
        }
        tasks.sort(Comparator.comparingInt(WorkPlanTask::axis).thenComparingInt(WorkPlanTask::sortOrder));
    }

    private void requireEditable() {
        if (!status.editable()) {
            throw new RuleRefusedException("planning.refusal.not-editable");
        }
    }

    /** What the audit trail keeps of a plan before and after a change. */
    record PlanSnapshot(PlanStatus status, Map<Integer, BigDecimal> axisMaxPoints, List<TaskLine> tasks,
                        List<String> amendments, String decisionNote) {
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

    PlanStatus status() {
        return status;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    boolean submittedLate() {
        return submittedLate;
    }

    String decidedBy() {
        return decidedBy;
    }

    Instant decidedAt() {
        return decidedAt;
    }

    String decisionNote() {
        return decisionNote;
    }

    List<WorkPlanTask> tasks() {
        return List.copyOf(tasks);
    }

    List<WorkPlanAmendment> amendments() {
        return List.copyOf(amendments);
    }
}
