package vn.danhgia.organization;

/**
 * Who evaluates and who decides for one position a cadre holds on a date (thẩm quyền đánh giá). A cadre with
 * concurrent positions has one of these per position; the authorities may differ between them.
 */
public record CadreScope(PositionId position, String positionTitle, String unitName, Authority evaluates,
                         Authority decides) {
}
