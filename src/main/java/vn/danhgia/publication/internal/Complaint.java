package vn.danhgia.publication.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.danhgia.decision.RatingPeriod;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.publication.ComplaintStatus;
import vn.danhgia.publication.RatedRecord;
import vn.danhgia.publication.RatingKind;

/**
 * A complaint (khiếu nại, kiến nghị) about an announced rating of any period (a quarter, a year): a guarded state
 * machine FILED → ASSIGNED → UPHELD or REJECTED (seed 000 §IV.4). An answered complaint never changes again. The rating
 * is named by its kind and id, so the rating_id has no foreign key: it points into the quarterly or the yearly ratings.
 */
@Entity
@Table(name = "complaint")
class Complaint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating_kind", nullable = false, updatable = false)
    private RatingKind ratingKind;

    @Column(name = "rating_id", nullable = false, updatable = false)
    private long ratingId;

    @Column(name = "cadre_id", nullable = false, updatable = false)
    private long cadreId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind", nullable = false, updatable = false)
    private RatingPeriod.Kind periodKind;

    @Column(name = "period_year", nullable = false, updatable = false)
    private int year;

    /** The quarter, or the half of a half-year; null for a year. */
    @Column(name = "period_quarter", updatable = false)
    private Integer quarter;

    @Column(name = "complaint_text", nullable = false, updatable = false)
    private String text;

    @Column(name = "filed_by", nullable = false, updatable = false)
    private String filedBy;

    @Column(name = "filed_at", nullable = false, updatable = false)
    private Instant filedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ComplaintStatus status;

    @Column(name = "assigned_cadre_id")
    private Long assignedCadreId;

    @Column(name = "assigned_by")
    private String assignedBy;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    private String answer;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected Complaint() {
    }

    Complaint(RatedRecord rating, long cadreId, String text, String by, Instant at) {
        this.ratingKind = rating.kind();
        this.ratingId = rating.id();
        this.cadreId = cadreId;
        this.unitId = rating.unitId();
        this.periodKind = rating.period().kind();
        this.year = rating.period().year();
        this.quarter = rating.period().kind() == RatingPeriod.Kind.YEAR ? null : rating.period().index();
        this.text = text;
        this.filedBy = by;
        this.filedAt = at;
        this.status = ComplaintStatus.FILED;
    }

    /** What is stored, for the audit trail. */
    record Snapshot(ComplaintStatus status, Long assignedCadreId, String answer) {
    }

    Snapshot snapshot() {
        return new Snapshot(status, assignedCadreId, answer);
    }

    /** Assigns (or re-assigns, while unanswered) the complaint to a member of the inspection committee. */
    void assign(long inspectorCadreId, String by, Instant at) {
        requireOpen();
        this.status = ComplaintStatus.ASSIGNED;
        this.assignedCadreId = inspectorCadreId;
        this.assignedBy = by;
        this.assignedAt = at;
    }

    void answer(boolean upheld, String text, String by, Instant at) {
        if (status != ComplaintStatus.ASSIGNED) {
            throw new RuleRefusedException("review.complaint.refusal.notAssigned", statusLabel());
        }
        this.status = upheld ? ComplaintStatus.UPHELD : ComplaintStatus.REJECTED;
        this.answer = text;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    private void requireOpen() {
        if (status.answered()) {
            throw new RuleRefusedException("review.complaint.refusal.answered", statusLabel());
        }
    }

    private DefaultMessageSourceResolvable statusLabel() {
        return new DefaultMessageSourceResolvable(status.messageKey());
    }

    Long getId() {
        return id;
    }

    long version() {
        return version;
    }

    RatingKind ratingKind() {
        return ratingKind;
    }

    long ratingId() {
        return ratingId;
    }

    long cadreId() {
        return cadreId;
    }

    long unitId() {
        return unitId;
    }

    RatingPeriod period() {
        return new RatingPeriod(periodKind, year, quarter == null ? 0 : quarter);
    }

    String text() {
        return text;
    }

    Instant filedAt() {
        return filedAt;
    }

    ComplaintStatus status() {
        return status;
    }

    Long assignedCadreId() {
        return assignedCadreId;
    }

    String answer() {
        return answer;
    }

    String answeredBy() {
        return answeredBy;
    }

    Instant answeredAt() {
        return answeredAt;
    }
}
