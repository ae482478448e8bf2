package vn.danhgia.decision;

import java.util.List;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;

/**
 * Why a cadre's quarter is not rated at the quarter's rating (hoãn đánh giá, xếp loại quý; seed 002 §7 d): the results
 * of the quarter "sẽ được xem xét sang quý tiếp theo".
 */
public enum DeferralKind {
    /** "tham gia đào tạo, bồi dưỡng theo hình thức tập trung từ 02 tháng trở lên trong quý đánh giá". */
    TRAINING,
    /** "lần đầu được bổ nhiệm giữ chức danh lãnh đạo, quản lý có thời gian dưới 01 tháng trong quý đánh giá". */
    FIRST_APPOINTMENT,
    /** "nghỉ ốm hoặc nghỉ thai sản thời gian từ 02 tháng trở lên trong quý". */
    SICK_OR_MATERNITY_LEAVE,
    /** "đang trong thời gian kiểm tra dấu hiệu vi phạm". */
    UNDER_INVESTIGATION;

    /** Key of the label in the review message bundle. */
    public String messageKey() {
        return "review.deferral.kind." + name();
    }

    /** The kind a form or request names, refused beside the field when missing or unknown. */
    public static DeferralKind fromInput(String input) {
        for (DeferralKind kind : values()) {
            if (kind.name().equals(input)) {
                return kind;
            }
        }
        throw new InvalidInputException(List.of(FieldViolation.of("kind", "review.deferral.kindRequired")));
    }
}
