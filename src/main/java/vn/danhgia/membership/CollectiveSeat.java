package vn.danhgia.membership;

import vn.danhgia.organization.PositionRank;
import vn.danhgia.organization.UnitId;

/**
 * A collective before which a cadre is also reviewed, with the rank of their seat in it (seed 004 §II.2: "kiểm điểm
 * trước tập thể lãnh đạo, quản lý cơ quan, đơn vị mà mình là thành viên"; head before deputies, seed 003 §I.2).
 */
public record CollectiveSeat(UnitId unit, String unitName, SubjectKind kind, String positionTitle,
                             PositionRank rank) {
}
