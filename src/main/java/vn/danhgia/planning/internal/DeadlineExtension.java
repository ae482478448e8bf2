package vn.danhgia.planning.internal;

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
import java.time.LocalDate;
import vn.danhgia.scheme.DeadlineStep;
import vn.danhgia.scheme.Quarter;

/** One cadre's extension of a step's deadline for a quarter (gia hạn); see {@link vn.danhgia.planning.DeadlineExtensions}. */
@Entity
@Table(name = "deadline_extension")
class DeadlineExtension {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "cadre_id", nullable = false)
    private long cadreId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeadlineStep step;

    @Column(name = "period_year", nullable = false)
    private int year;

    @Column(name = "period_quarter", nullable = false)
    private int quarter;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    @Column(name = "late_from", nullable = false)
    private Instant lateFrom;

    @Column(nullable = false)
    private String reason;

    @Column(name = "granted_by", nullable = false)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    protected DeadlineExtension() {
    }

    DeadlineExtension(long cadreId, DeadlineStep step, Quarter quarter) {
        this.cadreId = cadreId;
        this.step = step;
        this.year = quarter.year();
        this.quarter = quarter.number();
    }

    void grant(LocalDate lastDay, Instant lateFrom, String reason, String grantedBy, Instant now) {
        this.lastDay = lastDay;
        this.lateFrom = lateFrom;
        this.reason = reason;
        this.grantedBy = grantedBy;
        this.grantedAt = now;
    }

    Snapshot snapshot() {
        return new Snapshot(step, year + "-Q" + quarter, lastDay, reason, grantedBy);
    }

    /** What the audit trail keeps of an extension. */
    record Snapshot(DeadlineStep step, String quarter, LocalDate lastDay, String reason, String grantedBy) {
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

    DeadlineStep step() {
        return step;
    }

    Quarter quarter() {
        return new Quarter(year, quarter);
    }

    LocalDate lastDay() {
        return lastDay;
    }

    String reason() {
        return reason;
    }

    String grantedBy() {
        return grantedBy;
    }

    Instant grantedAt() {
        return grantedAt;
    }
}
