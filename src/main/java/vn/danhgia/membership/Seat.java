package vn.danhgia.membership;

import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.PositionId;
import vn.danhgia.organization.PositionRank;

/** A cadre's seat in a collective: the position they hold in its unit and its rank (seed 004 §II.2). */
public record Seat(CadreId cadre, String fullName, PositionId position, String positionTitle, PositionRank rank) {
}
