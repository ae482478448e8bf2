package vn.danhgia.membership.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A cadre's party membership (đảng tịch, nơi sinh hoạt): one per cadre. */
@Entity
@Table(name = "party_membership")
public class PartyMembership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Long version;

    @Column(name = "cadre_id", nullable = false, unique = true)
    private long cadreId;

    @Column(name = "cell_unit_id", nullable = false)
    private long cellUnitId;

    @Column(nullable = false)
    private LocalDate admittedOn;

    private LocalDate officialOn;

    private LocalDate exemptSince;

    private LocalDate suspendedSince;

    protected PartyMembership() {
    }

    PartyMembership(long cadreId, MembershipTerms terms) {
        this.cadreId = cadreId;
        change(terms);
    }

    void change(MembershipTerms terms) {
        this.cellUnitId = terms.cell();
        this.admittedOn = terms.admittedOn();
        this.officialOn = terms.officialOn();
        this.exemptSince = terms.exemptSince();
        this.suspendedSince = terms.suspendedSince();
    }

    MembershipTerms terms() {
        return new MembershipTerms(cellUnitId, admittedOn, officialOn, exemptSince, suspendedSince);
    }

    long cadreId() {
        return cadreId;
    }

    long cellUnitId() {
        return cellUnitId;
    }

    long version() {
        return version == null ? 0 : version;
    }

    /** For the optimistic-lock check of a form based on an older version. */
    void checkVersion(long expected) {
        if (version() != expected) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(PartyMembership.class, id);
        }
    }
}
