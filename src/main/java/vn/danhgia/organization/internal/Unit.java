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
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitKind;
import vn.danhgia.organization.UnitView;

/** A unit (cơ quan, đơn vị, phòng, ban, chi bộ, đảng ủy, tập thể lãnh đạo) in a tree of units. */
@Entity
@Table(name = "org_unit")
public class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Long version;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UnitKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Unit parent;

    protected Unit() {
    }

    public Unit(String code, String name, UnitKind kind, Unit parent) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.parent = parent;
    }

    /** Changes what the unit is called, what it is and where it sits in the tree; the service checks for cycles. */
    public void change(String newCode, String newName, UnitKind newKind, Unit newParent) {
        this.code = newCode;
        this.name = newName;
        this.kind = newKind;
        this.parent = newParent;
    }

    /** Whether {@code other} is this unit or a unit below it: it cannot become this unit's parent. */
    public boolean isAtOrAbove(Unit other) {
        for (Unit unit = other; unit != null; unit = unit.getParent()) {
            if (unit.getId().equals(id)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The cơ quan, đơn vị this unit belongs to: the nearest agency or centre above or at it, else the tree's top.
     * Walks through accessors because the parents may be lazy proxies whose fields are not loaded.
     */
    public Unit organisation() {
        Unit unit = this;
        while (!unit.getKind().isOrganisation() && unit.getParent() != null) {
            unit = unit.getParent();
        }
        return unit;
    }

    public UnitView view() {
        return new UnitView(new UnitId(id), code, name, kind, parent == null ? null : new UnitId(parent.getId()));
    }

    public Long getId() {
        return id;
    }

    /** The optimistic lock's version; not named getVersion, as Spring Data reads that (null) to tell a new record. */
    public long lockVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public UnitKind getKind() {
        return kind;
    }

    public Unit getParent() {
        return parent;
    }
}
