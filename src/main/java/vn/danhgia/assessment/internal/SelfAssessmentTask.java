package vn.danhgia.assessment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import vn.danhgia.assessment.SelfAssessmentView.TaskView;
import vn.danhgia.platform.Decimals;
import vn.danhgia.rules.quarterly.TaskResult;

/**
 * A task row of Mẫu 03 I.B: what was planned (copied from the approved plan, or listed directly) and what was done,
 * with the quality, timeliness and leadership factors and an evidence note (minh chứng).
 */
@Entity
@Table(name = "self_assessment_task")
class SelfAssessmentTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_task_id", updatable = false)
    private Long planTaskId;

    @Column(name = "axis_number", nullable = false)
    private int axis;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private BigDecimal coefficient;

    @Column(name = "planned_quantity", nullable = false)
    private BigDecimal plannedQuantity;

    @Column(name = "done_quantity", nullable = false)
    private BigDecimal doneQuantity;

    @Column(nullable = false)
    private BigDecimal quality;

    @Column(nullable = false)
    private BigDecimal timeliness;

    @Column(nullable = false)
    private BigDecimal leadership;

    private String evidence;

    protected SelfAssessmentTask() {
    }

    /** A new row: nothing done yet, every factor 1 ("đạt yêu cầu") until the cadre says otherwise. */
    SelfAssessmentTask(Long planTaskId, int axis, int sortOrder, String title, BigDecimal coefficient,
                       BigDecimal plannedQuantity) {
        this.planTaskId = planTaskId;
        this.axis = axis;
        this.sortOrder = sortOrder;
        this.title = title;
        this.coefficient = coefficient;
        this.plannedQuantity = plannedQuantity;
        this.doneQuantity = BigDecimal.ZERO;
        this.quality = BigDecimal.ONE;
        this.timeliness = BigDecimal.ONE;
        this.leadership = BigDecimal.ONE;
    }

    void describe(int axis, int sortOrder, String title, BigDecimal coefficient, BigDecimal plannedQuantity) {
        this.axis = axis;
        this.sortOrder = sortOrder;
        this.title = title;
        this.coefficient = coefficient;
        this.plannedQuantity = plannedQuantity;
    }

    void report(BigDecimal doneQuantity, BigDecimal quality, BigDecimal timeliness, BigDecimal leadership,
                String evidence) {
        this.doneQuantity = doneQuantity;
        this.quality = quality;
        this.timeliness = timeliness;
        this.leadership = leadership;
        this.evidence = evidence;
    }

    TaskResult result() {
        return new TaskResult(title, plannedQuantity, coefficient, doneQuantity, quality, timeliness, leadership);
    }

    TaskView view() {
        return new TaskView(id, planTaskId, axis, title, Decimals.plain(coefficient), Decimals.plain(plannedQuantity),
                Decimals.plain(doneQuantity), Decimals.plain(quality), Decimals.plain(timeliness), Decimals.plain(leadership), evidence);
    }

    Long getId() {
        return id;
    }

    Long planTaskId() {
        return planTaskId;
    }

    int axis() {
        return axis;
    }

    int sortOrder() {
        return sortOrder;
    }

    String title() {
        return title;
    }

    BigDecimal coefficient() {
        return coefficient;
    }

    BigDecimal plannedQuantity() {
        return plannedQuantity;
    }
}
