package vn.danhgia.decision.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.danhgia.scheme.Quarter;

/**
 * The row a peer group's EXCELLENT decisions of a quarter lock in turn, so that each counts the places taken by the
 * ones before it and the group never holds more than its places (seed 000 §III.3.1).
 */
@Entity
@Table(name = "excellent_quota_lock")
class ExcellentQuotaLock {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "group_key", nullable = false, updatable = false)
    private String groupKey;

    @Column(name = "period_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "period_quarter", nullable = false, updatable = false)
    private int quarter;

    protected ExcellentQuotaLock() {
    }

    ExcellentQuotaLock(String groupKey, Quarter quarter) {
        this.groupKey = groupKey;
        this.year = quarter.year();
        this.quarter = quarter.number();
    }

    long version() {
        return version;
    }
}
