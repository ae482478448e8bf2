package vn.danhgia.organization;

/** One unit taking part in an authority (cấp có thẩm quyền), e.g. "Ban Thường vụ Đảng ủy UBND tỉnh". */
public record AuthorityUnit(UnitId id, String code, String name, UnitKind kind) {
}
