package vn.danhgia.organization.internal;

import vn.danhgia.organization.PositionRank;
import vn.danhgia.organization.PositionTrack;

/** A {@link CadrePositionRow} under the authority whose scope it falls in; filled by a JPQL constructor expression. */
public record AuthorityCadreRow(Long authorityId, Long cadreId, String cadreCode, String fullName, Long positionId,
                                String positionTitle, Long unitId, String unitCode, String unitName,
                                PositionRank rank, PositionTrack track, boolean leader) {

    CadrePositionRow row() {
        return new CadrePositionRow(cadreId, cadreCode, fullName, positionId, positionTitle, unitId, unitCode,
                unitName, rank, track, leader);
    }
}
