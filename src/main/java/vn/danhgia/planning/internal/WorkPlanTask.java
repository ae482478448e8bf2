package vn.danhgia.planning.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import vn.danhgia.planning.PlannedTask;
import vn.danhgia.platform.Decimals;

/** A planned task (sản phẩm/công việc) of one axis, with the coefficient it was planned with. */
@Entity
@Table(name = "work_plan_task")
class WorkPlanTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "amendment_id")
    private WorkPlanAmendment amendment;

    @Column(name = "axis_number", nullable = false)
    private int axis;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private String title;

    @Column(name = "product_type")
    private String productType;

    @Column(name = "catalog_item_id")
    private Long catalogItemId;

    @Column(nullable = false)
    private BigDecimal coefficient;

    @Column(name = "planned_quantity", nullable = false)
    private BigDecimal plannedQuantity;

    private LocalDate deadline;

    protected WorkPlanTask() {
    }

    WorkPlanTask(TaskLine line, int sortOrder, WorkPlanAmendment amendment) {
        this.axis = line.axis();
        this.sortOrder = sortOrder;
        this.title = line.title();
        this.productType = line.productType();
        this.catalogItemId = line.catalogItemId();
        this.coefficient = line.coefficient();
        this.plannedQuantity = line.plannedQuantity();
        this.deadline = line.deadline();
        this.amendment = amendment;
    }

    PlannedTask view() {
        return new PlannedTask(id, axis, title, productType, Decimals.plain(coefficient),
                Decimals.plain(plannedQuantity), deadline, catalogItemId);
    }

    TaskLine line() {
        return new TaskLine(axis, title, productType, catalogItemId, Decimals.plain(coefficient),
                Decimals.plain(plannedQuantity), deadline);
    }

    WorkPlanAmendment amendment() {
        return amendment;
    }

    int axis() {
        return axis;
    }

    int sortOrder() {
        return sortOrder;
    }
}
