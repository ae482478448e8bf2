package vn.danhgia.membership.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import vn.danhgia.membership.AuthorityKind;

/** One row of the annual authority: who rates, proposes for or assesses a position, a collective or everyone under a unit. */
@Entity
@Table(name = "annual_authority")
public class AnnualAuthorityRule {

    /** What the row is keyed by. */
    enum Scope { POSITION, COLLECTIVE, EVERYONE_UNDER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_scope", nullable = false)
    private Scope scope;

    @Column(name = "position_id")
    private Long positionId;

    @Column(name = "subject_unit_id")
    private Long subjectUnitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "authority_kind", nullable = false)
    private AuthorityKind kind;

    @Column(name = "authority_unit_id", nullable = false)
    private long authorityUnitId;

    @Column(name = "recipient_unit_id")
    private Long recipientUnitId;

    @Column(nullable = false)
    private LocalDate validFrom;

    private LocalDate validTo;

    @Column(nullable = false)
    private String basis;

    protected AnnualAuthorityRule() {
    }

    AnnualAuthorityRule(Scope scope, Long positionId, Long subjectUnitId, AuthorityKind kind, long authorityUnitId,
                        Long recipientUnitId, LocalDate validFrom, String basis) {
        this.scope = scope;
        this.positionId = positionId;
        this.subjectUnitId = subjectUnitId;
        this.kind = kind;
        this.authorityUnitId = authorityUnitId;
        this.recipientUnitId = recipientUnitId;
        this.validFrom = validFrom;
        this.basis = basis;
    }

    /** An administrator's correction of the whole row. */
    void change(Scope scope, Long positionId, Long subjectUnitId, AuthorityKind kind, long authorityUnitId,
                Long recipientUnitId, LocalDate validFrom, LocalDate validTo, String basis) {
        this.scope = scope;
        this.positionId = positionId;
        this.subjectUnitId = subjectUnitId;
        this.kind = kind;
        this.authorityUnitId = authorityUnitId;
        this.recipientUnitId = recipientUnitId;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.basis = basis;
    }

    long version() {
        return version == null ? 0 : version;
    }

    LocalDate validFrom() {
        return validFrom;
    }

    LocalDate validTo() {
        return validTo;
    }

    boolean inForce(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }

    Scope scope() {
        return scope;
    }

    Long positionId() {
        return positionId;
    }

    Long subjectUnitId() {
        return subjectUnitId;
    }

    AuthorityKind kind() {
        return kind;
    }

    long authorityUnitId() {
        return authorityUnitId;
    }

    Long recipientUnitId() {
        return recipientUnitId;
    }

    String basis() {
        return basis;
    }

    Long id() {
        return id;
    }
}
