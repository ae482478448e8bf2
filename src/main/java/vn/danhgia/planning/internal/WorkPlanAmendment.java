package vn.danhgia.planning.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.danhgia.planning.PlanStatus;

/**
 * Tasks that arose during the quarter, added to an approved plan and approved the same way (seed 002 Mẫu 01 ghi chú:
 * "Khi có nhiệm vụ phát sinh, kịp thời cập nhật bổ sung vào kế hoạch và thông qua tập thể phê duyệt").
 */
@Entity
@Table(name = "work_plan_amendment")
class WorkPlanAmendment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private WorkPlan plan;

    @Column(name = "amendment_number", nullable = false)
    private int number;

    @Column(nullable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note")
    private String decisionNote;

    protected WorkPlanAmendment() {
    }

    WorkPlanAmendment(WorkPlan plan, int number, String reason, Instant now) {
        this.plan = plan;
        this.number = number;
        this.reason = reason;
        this.status = PlanStatus.SUBMITTED;
        this.createdAt = now;
        this.submittedAt = now;
    }

    void decide(PlanStatus decision, String decider, String note, Instant now) {
        status = decision;
        decidedBy = decider;
        decidedAt = now;
        decisionNote = note;
    }

    Long getId() {
        return id;
    }

    int number() {
        return number;
    }

    PlanStatus status() {
        return status;
    }

    String reason() {
        return reason;
    }

    Instant submittedAt() {
        return submittedAt;
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
}
