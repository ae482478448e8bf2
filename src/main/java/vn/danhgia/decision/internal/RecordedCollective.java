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
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.quarterly.CollectiveResult;
import vn.danhgia.scheme.Quarter;

/**
 * A leadership collective's result for a quarter as the authority recorded it (seed 002 §6.3): targets assigned, done
 * and excused for a force majeure it confirmed with the reason, and the collective's level once rated (seed 004
 * §VII.2). Recording again overwrites it; the audit trail keeps the earlier figures.
 */
@Entity
@Table(name = "collective_result")
class RecordedCollective {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "period_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "period_quarter", nullable = false, updatable = false)
    private int quarter;

    @Column(name = "targets_assigned", nullable = false)
    private int assigned;

    @Column(name = "targets_done", nullable = false)
    private int done;

    @Column(name = "targets_excused", nullable = false)
    private int excused;

    @Column(name = "force_majeure_reason")
    private String forceMajeureReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "collective_level")
    private RatingLevel level;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected RecordedCollective() {
    }

    RecordedCollective(long unitId, Quarter quarter) {
        this.unitId = unitId;
        this.year = quarter.year();
        this.quarter = quarter.number();
    }

    /** What is stored, for the audit trail. */
    record Snapshot(int assigned, int done, int excused, String forceMajeureReason, RatingLevel level) {
    }

    Snapshot snapshot() {
        return id == null ? null : new Snapshot(assigned, done, excused, forceMajeureReason, level);
    }

    /** The figures are checked by the caller (done + excused ≤ assigned; a reason for any excused target). */
    void record(int assigned, int done, int excused, String forceMajeureReason, RatingLevel level, String by,
                Instant at) {
        this.assigned = assigned;
        this.done = done;
        this.excused = excused;
        this.forceMajeureReason = forceMajeureReason;
        this.level = level;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    /** The result as the rating engine weighs it. */
    CollectiveResult result() {
        CollectiveResult result = CollectiveResult.ofTargets(assigned, done, excused);
        return level == null ? result : result.withLevel(level);
    }

    long version() {
        return version;
    }

    Long getId() {
        return id;
    }

    long unitId() {
        return unitId;
    }

    Quarter quarter() {
        return new Quarter(year, quarter);
    }

    int assigned() {
        return assigned;
    }

    int done() {
        return done;
    }

    int excused() {
        return excused;
    }

    String forceMajeureReason() {
        return forceMajeureReason;
    }

    RatingLevel level() {
        return level;
    }

    String recordedBy() {
        return recordedBy;
    }

    Instant recordedAt() {
        return recordedAt;
    }
}
