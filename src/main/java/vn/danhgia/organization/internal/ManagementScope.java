package vn.danhgia.organization.internal;

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
import jakarta.persistence.Version;
import java.time.LocalDate;
import vn.danhgia.organization.ManagementScopeId;
import vn.danhgia.organization.OrganizationRefusal;
import vn.danhgia.organization.PositionId;
import vn.danhgia.organization.ScopeView;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.ScopeRole;

/**
 * One unit of the authority that evaluates or decides for a position (diện quản lý, thẩm quyền đánh giá) from
 * {@code validFrom} to {@code validTo}, both included. A joint authority is one row per unit with the same role.
 */
@Entity
@Table(name = "org_management_scope")
public class ManagementScope {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "position_id", nullable = false)
    private Position position;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope_role", nullable = false)
    private ScopeRole role;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "authority_unit_id", nullable = false)
    private Unit authority;

    @Column(nullable = false)
    private LocalDate validFrom;

    private LocalDate validTo;

    /** The document that sets the scope, e.g. the office's quarterly evaluation plan, section III.1.1. */
    @Column(nullable = false)
    private String basis;

    protected ManagementScope() {
    }

    public ManagementScope(Position position, ScopeRole role, Unit authority, LocalDate validFrom, String basis) {
        this.position = position;
        this.role = role;
        this.authority = authority;
        this.validFrom = validFrom;
        this.basis = basis;
    }

    /** Ends the scope; {@code lastDay} is the last day the authority has it. */
    public void end(LocalDate lastDay) {
        if (validTo != null) {
            throw new OrganizationRefusal("organization.refusal.scope-already-ended", validTo);
        }
        if (lastDay.isBefore(validFrom)) {
            throw new OrganizationRefusal("organization.refusal.end-before-start", lastDay, validFrom).at("end");
        }
        validTo = lastDay;
    }

    public ScopeView view() {
        return new ScopeView(new ManagementScopeId(id), new PositionId(position.getId()), role,
                new UnitId(authority.getId()), validFrom, validTo, basis);
    }

    /** The optimistic lock's version; not named getVersion, as Spring Data reads that (null) to tell a new record. */
    public long lockVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }
}
