package vn.danhgia.appraisal.internal;

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
import jakarta.persistence.MapKeyColumn;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import vn.danhgia.appraisal.AppraisalStatus;
import vn.danhgia.appraisal.ResponseLevel;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.rules.RatingLevel;

/**
 * The appraisal (thẩm định, seed 002 §4 Bước 3) of one submitted self-assessment: a guarded state machine DRAFT →
 * COMPLETED. Only a draft changes; the appraised figures are kept beside the cadre's, which stay in the
 * self-assessment.
 */
@Entity
@Table(name = "appraisal")
class Appraisal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "self_assessment_id", nullable = false, updatable = false)
    private long selfAssessmentId;

    @Column(name = "cadre_id", nullable = false, updatable = false)
    private long cadreId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AppraisalStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_level")
    private RatingLevel proposedLevel;

    private String justification;

    @Column(name = "appraised_total")
    private BigDecimal appraisedTotal;

    @Column(name = "appraised_by")
    private String appraisedBy;

    @Column(name = "appraised_at")
    private Instant appraisedAt;

    @ElementCollection
    @Fetch(FetchMode.SUBSELECT) // a board reads many; their rows then cost one query for all of them
    @CollectionTable(name = "appraisal_task", joinColumns = @JoinColumn(name = "appraisal_id"))
    @MapKeyColumn(name = "self_assessment_task_id")
    private Map<Long, AppraisedTask> tasks = new HashMap<>();

    protected Appraisal() {
    }

    Appraisal(long selfAssessmentId, long cadreId) {
        this.selfAssessmentId = selfAssessmentId;
        this.cadreId = cadreId;
        this.status = AppraisalStatus.DRAFT;
    }

    /** What is stored, for the audit trail. */
    record Snapshot(AppraisalStatus status, RatingLevel proposedLevel, String justification,
                    BigDecimal appraisedTotal, String appraisedBy, Map<Long, TaskSnapshot> tasks) {
    }

    record TaskSnapshot(BigDecimal doneQuantity, BigDecimal quality, BigDecimal timeliness, BigDecimal leadership,
                        String adjustmentReason, ResponseLevel responseLevel) {
    }

    Snapshot snapshot() {
        Map<Long, TaskSnapshot> rows = new TreeMap<>();
        tasks.forEach((task, row) -> rows.put(task, new TaskSnapshot(row.doneQuantity(), row.quality(),
                row.timeliness(), row.leadership(), row.adjustmentReason(), row.responseLevel())));
        return new Snapshot(status, proposedLevel, justification, appraisedTotal, appraisedBy, rows);
    }

    void requireDraft() {
        if (status != AppraisalStatus.DRAFT) {
            throw new RuleRefusedException("review.refusal.completed");
        }
    }

    void revise(Map<Long, AppraisedTask> rows, RatingLevel level, String text) {
        requireDraft();
        rows.forEach((task, row) -> {
            if (row.empty()) {
                tasks.remove(task);
            } else if (!row.equals(tasks.get(task))) {
                tasks.put(task, row);
            }
        });
        this.proposedLevel = level;
        this.justification = text;
    }

    void complete(BigDecimal total, String by, Instant at) {
        requireDraft();
        this.status = AppraisalStatus.COMPLETED;
        this.appraisedTotal = total;
        this.appraisedBy = by;
        this.appraisedAt = at;
    }

    Long getId() {
        return id;
    }

    long version() {
        return version;
    }

    long selfAssessmentId() {
        return selfAssessmentId;
    }

    long cadreId() {
        return cadreId;
    }

    AppraisalStatus status() {
        return status;
    }

    RatingLevel proposedLevel() {
        return proposedLevel;
    }

    String justification() {
        return justification;
    }

    BigDecimal appraisedTotal() {
        return appraisedTotal;
    }

    String appraisedBy() {
        return appraisedBy;
    }

    Instant appraisedAt() {
        return appraisedAt;
    }

    Map<Long, AppraisedTask> tasks() {
        return java.util.Collections.unmodifiableMap(tasks);
    }
}
