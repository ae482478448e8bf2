package vn.danhgia.organization;

/**
 * A position (chức vụ) in a unit, e.g. "Phó Trưởng phòng" of Phòng Tổng hợp. Several cadres may hold a deputy or
 * member position at once; a head position has one holder at a time.
 *
 * @param leader whether its holder is a leader/manager (cán bộ lãnh đạo, quản lý) rated quarterly
 */
public record PositionView(PositionId id, String code, String title, PositionRank rank, PositionTrack track,
                           UnitId unit, String unitName, boolean leader) {
}
