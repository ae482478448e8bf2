package vn.danhgia.membership.internal;

import vn.danhgia.organization.EmploymentKind;
import vn.danhgia.organization.PositionRank;

/** A position held on a date with its holder and unit, as read in one query. */
record SeatRow(long cadreId, String cadreCode, String fullName, boolean partyMember, EmploymentKind employmentKind,
               long positionId, String positionTitle, PositionRank rank, boolean leader, long unitId, String unitName) {
}
