package vn.danhgia.organization.internal;

import vn.danhgia.organization.ScopeRole;
import vn.danhgia.organization.UnitKind;

/**
 * Flat projection of one position a cadre holds and one unit of its authority; the authority columns are
 * {@code null} when the position has no scope on the date.
 */
public record ScopeRow(Long cadreId, Long positionId, String positionTitle, String unitName, ScopeRole role, Long authorityId,
                       String authorityCode, String authorityName, UnitKind authorityKind, String basis) {
}
