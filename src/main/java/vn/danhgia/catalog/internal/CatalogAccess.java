package vn.danhgia.catalog.internal;

import java.util.EnumSet;
import java.util.Set;
import vn.danhgia.catalog.CatalogAction;
import vn.danhgia.catalog.CatalogStatus;
import vn.danhgia.organization.AccessScope;
import vn.danhgia.organization.PositionRank;
import vn.danhgia.organization.UnitId;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;

/**
 * Who may do what to a unit's catalogue (seed 002 §4 Bước 1; Phụ lục 1 mục 1): "Cơ quan tham mưu về công tác tổ chức
 * cán bộ ... chịu trách nhiệm tham mưu trình cấp có thẩm quyền phê duyệt Danh mục sản phẩm/công việc chuẩn".
 * <ul>
 *   <li>read: whoever sees the unit's people (its leadership, the leadership above it, the personnel office serving
 *       it), and administrators;</li>
 *   <li>draft, edit, submit: a personnel officer whose office serves the unit;</li>
 *   <li>approve, return: the unit's head or deputy, or an authority (cấp có thẩm quyền) leading a unit above it, and
 *       never the person who drafted the version (separation of duties).</li>
 * </ul>
 */
record CatalogAccess(Actor actor, AccessScope scope) {

    boolean canRead(UnitId unit) {
        return actor.has(Role.ADMIN) || scope.visibleUnits().contains(unit);
    }

    boolean canDraft(UnitId unit) {
        return actor.has(Role.PERSONNEL_OFFICER) && scope.served().contains(unit);
    }

    /** Whether the person leads the unit or, as an authority, a unit above it (before separation of duties). */
    boolean leadsOrIsAuthorityOver(UnitId unit) {
        PositionRank rank = scope.leads().get(unit);
        if (rank == PositionRank.HEAD || rank == PositionRank.DEPUTY) {
            return true;
        }
        return actor.has(Role.AUTHORITY) && scope.belowLed().contains(unit);
    }

    boolean drafted(CatalogVersion version) {
        return actor.username().equals(version.draftedBy());
    }

    /** What the person may do; {@code prepared} says they drafted, edited or submitted it (they may not decide). */
    Set<CatalogAction> allowed(CatalogVersion version, boolean prepared) {
        Set<CatalogAction> allowed = EnumSet.noneOf(CatalogAction.class);
        UnitId unit = new UnitId(version.unitId());
        if (version.status().editable() && canDraft(unit)) {
            allowed.add(CatalogAction.EDIT);
            if (!version.items().isEmpty()) {
                allowed.add(CatalogAction.SUBMIT);
            }
        }
        if (version.status() == CatalogStatus.SUBMITTED && leadsOrIsAuthorityOver(unit) && !drafted(version)
            && !prepared) {
            allowed.add(CatalogAction.DECIDE);
        }
        return allowed;
    }
}
