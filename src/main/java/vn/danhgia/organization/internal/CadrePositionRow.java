package vn.danhgia.organization.internal;

import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.CadreWithPosition;
import vn.danhgia.organization.PositionId;
import vn.danhgia.organization.PositionRank;
import vn.danhgia.organization.PositionTrack;
import vn.danhgia.organization.UnitId;

/** Flat projection filled by JPQL constructor expressions; turned into the public record. */
public record CadrePositionRow(Long cadreId, String cadreCode, String fullName, Long positionId, String positionTitle,
                               Long unitId, String unitCode, String unitName, PositionRank rank, PositionTrack track,
                               boolean leader) {

    CadreWithPosition view() {
        return new CadreWithPosition(new CadreId(cadreId), cadreCode, fullName, new PositionId(positionId),
                positionTitle, new UnitId(unitId), unitName, rank, track, leader);
    }
}
