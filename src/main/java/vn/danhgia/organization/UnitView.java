package vn.danhgia.organization;

/**
 * A unit (cơ quan, đơn vị, phòng, ban, chi bộ, đảng ủy, tập thể lãnh đạo) as other modules see it.
 *
 * @param parent the unit it belongs to, or {@code null} for the top of a tree (UBND tỉnh, Đảng ủy UBND tỉnh)
 */
public record UnitView(UnitId id, String code, String name, UnitKind kind, UnitId parent) {
}
