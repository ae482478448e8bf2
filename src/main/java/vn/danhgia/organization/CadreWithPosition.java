package vn.danhgia.organization;

/** A cadre and one position they hold on a given date; a cadre with concurrent positions appears once per position. */
public record CadreWithPosition(CadreId cadreId, String cadreCode, String fullName, PositionId positionId,
                                String positionTitle, UnitId unitId, String unitName, PositionRank rank,
                                PositionTrack track, boolean leader) {
}
