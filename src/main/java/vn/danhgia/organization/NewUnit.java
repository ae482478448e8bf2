package vn.danhgia.organization;

/** @param parent the unit it belongs to, or {@code null} for the top of a tree */
public record NewUnit(String code, String name, UnitKind kind, UnitId parent) {
}
