package vn.danhgia.rules;

/**
 * How the person stood towards corruption, waste or negativity disciplined in their directly managed scope
 * (seed 000 §III.3.4 c and the paragraph after it).
 */
public enum CorruptionExemption {
    /** No exemption: the case counts against the person. */
    NONE,
    /** "Không thể biết": the person could not have known; no effect on the rating. */
    COULD_NOT_KNOW,
    /** "Đã áp dụng các biện pháp cần thiết … để phòng ngừa, ngăn chặn": no effect on the rating. */
    PREVENTIVE_MEASURES_TAKEN,
    /** "Đã chủ động phát hiện, báo cáo và chỉ đạo xử lý kịp thời, khắc phục xong hậu quả": the authority decides. */
    DETECTED_REPORTED_HANDLED
}
