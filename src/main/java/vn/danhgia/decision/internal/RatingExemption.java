package vn.danhgia.decision.internal;

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
import vn.danhgia.decision.ExemptRatingPeriod;
import vn.danhgia.decision.ExemptionKind;
import vn.danhgia.platform.RuleRefusedException;

/**
 * A cadre not rated quarterly for a year but 6-monthly or at the year's end (seed 002 §3.3). Marked or withdrawn, each
 * time with a note; marking again after a withdrawal reuses the row.
 */
@Entity
@Table(name = "rating_exemption")
class RatingExemption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "cadre_id", nullable = false, updatable = false)
    private long cadreId;

    @Column(name = "period_year", nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ExemptionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating_period", nullable = false)
    private ExemptRatingPeriod ratingPeriod;

    @Column(nullable = false)
    private String note;

    @Column(name = "marked_by", nullable = false)
    private String markedBy;

    @Column(name = "marked_at", nullable = false)
    private Instant markedAt;

    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawal_note")
    private String withdrawalNote;

    protected RatingExemption() {
    }

    RatingExemption(long cadreId, int year) {
        this.cadreId = cadreId;
        this.year = year;
    }

    record Snapshot(ExemptionKind kind, ExemptRatingPeriod ratingPeriod, String note, boolean active,
                    String withdrawalNote) {
    }

    Snapshot snapshot() {
        return kind == null ? null : new Snapshot(kind, ratingPeriod, note, active(), withdrawalNote);
    }

    void mark(ExemptRatingPeriod ratingPeriod, String note, String by, Instant at) {
        this.kind = ExemptionKind.PARTY_COMMITTEE_ONLY;
        this.ratingPeriod = ratingPeriod;
        this.note = note;
        this.markedBy = by;
        this.markedAt = at;
        this.withdrawnBy = null;
        this.withdrawnAt = null;
        this.withdrawalNote = null;
    }

    void withdraw(String note, String by, Instant at) {
        if (!active()) {
            throw new RuleRefusedException("review.exemption.refusal.notExempt");
        }
        this.withdrawalNote = note;
        this.withdrawnBy = by;
        this.withdrawnAt = at;
    }

    boolean active() {
        return withdrawnAt == null;
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

    int year() {
        return year;
    }

    ExemptionKind kind() {
        return kind;
    }

    ExemptRatingPeriod ratingPeriod() {
        return ratingPeriod;
    }

    String note() {
        return note;
    }

    String markedBy() {
        return markedBy;
    }

    Instant markedAt() {
        return markedAt;
    }

    String withdrawnBy() {
        return withdrawnBy;
    }

    Instant withdrawnAt() {
        return withdrawnAt;
    }

    String withdrawalNote() {
        return withdrawalNote;
    }
}
