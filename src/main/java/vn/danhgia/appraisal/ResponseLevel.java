package vn.danhgia.appraisal;

/**
 * How far a task's output met the requirements (mức độ đáp ứng yêu cầu), seed 002 §4 Bước 3: "phải đánh giá rõ mức
 * độ đáp ứng yêu cầu theo 03 mức: (1)- Chủ động tiếp cận; giải quyết hiệu quả vấn đề, có kết quả cụ thể; (2)- Cơ bản
 * đáp ứng yêu cầu nhưng còn hạn chế, cần tiếp tục hoàn thiện; (3)- Không đáp ứng yêu cầu nhiệm vụ."
 */
public enum ResponseLevel {
    /** (1) Chủ động tiếp cận; giải quyết hiệu quả vấn đề, có kết quả cụ thể. */
    PROACTIVE_EFFECTIVE,
    /** (2) Cơ bản đáp ứng yêu cầu nhưng còn hạn chế, cần tiếp tục hoàn thiện. */
    BASICALLY_MEETS,
    /** (3) Không đáp ứng yêu cầu nhiệm vụ. */
    DOES_NOT_MEET;

    public String messageKey() {
        return "review.appraisal.response." + name();
    }
}
