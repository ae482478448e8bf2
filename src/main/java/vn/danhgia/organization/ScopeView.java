package vn.danhgia.organization;

import java.time.LocalDate;

/**
 * One unit of the authority for a position (diện quản lý): what it does, from when, until when (null while in force)
 * and the document that sets it.
 */
public record ScopeView(ManagementScopeId id, PositionId position, ScopeRole role, UnitId authority,
                        LocalDate validFrom, LocalDate validTo, String basis) {
}
