package vn.danhgia.rules.quarterly;

/**
 * The state of the limitations and shortcomings pointed out earlier (hạn chế, khuyết điểm đã được chỉ ra):
 * EXCELLENT needs them remedied (Quy định 366-QĐ/TW Điều 11).
 */
public enum EarlierShortcomings {
    NONE_POINTED_OUT,
    REMEDIED,
    NOT_REMEDIED
}
