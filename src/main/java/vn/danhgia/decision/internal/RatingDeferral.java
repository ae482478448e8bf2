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
import vn.danhgia.decision.DeferralKind;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.scheme.Quarter;

/**
 * A cadre's quarter not rated at the quarter's rating (seed 002 §7 d); its results are considered in the next rated
 * period. Marked or withdrawn, each time with a note; marking again after a withdrawal reuses the row.
 */
@Entity
@Table(name = "rating_deferral")
class RatingDeferral {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "cadre_id", nullable = false, updatable = false)
    private long cadreId;

    @Column(name = "period_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "period_quarter", nullable = false, updatable = false)
    private int quarter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeferralKind kind;

    @Column(nullable = false)
    private String note;

    @Column(nullable = false)
    private boolean detected;

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

    protected RatingDeferral() {
    }

    RatingDeferral(long cadreId, Quarter quarter) {
        this.cadreId = cadreId;
        this.year = quarter.year();
        this.quarter = quarter.number();
    }

    record Snapshot(DeferralKind kind, String note, boolean detected, boolean active, String withdrawalNote) {
    }

    Snapshot snapshot() {
        return kind == null ? null : new Snapshot(kind, note, detected, active(), withdrawalNote);
    }

    void mark(DeferralKind kind, String note, boolean detected, String by, Instant at) {
        this.kind = kind;
        this.note = note;
        this.detected = detected;
        this.markedBy = by;
        this.markedAt = at;
        this.withdrawnBy = null;
        this.withdrawnAt = null;
        this.withdrawalNote = null;
    }

    void withdraw(String note, String by, Instant at) {
        if (!active()) {
            throw new RuleRefusedException("review.deferral.refusal.notDeferred");
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

    Quarter quarter() {
        return new Quarter(year, quarter);
    }

    DeferralKind kind() {
        return kind;
    }

    String note() {
        return note;
    }

    boolean detected() {
        return detected;
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
