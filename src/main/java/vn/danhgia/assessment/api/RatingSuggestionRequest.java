package vn.danhgia.assessment.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import vn.danhgia.rules.CollectiveRole;
import vn.danhgia.rules.CorruptionExemption;
import vn.danhgia.rules.DisciplineForm;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.quarterly.EarlierShortcomings;

/** What the rating engine weighs for one person's quarter. */
@Schema(description = "Hồ sơ gợi ý xếp loại một quý của một cá nhân")
record RatingSuggestionRequest(
        @Schema(description = "Bản chấm điểm Mẫu 03; bắt buộc với phương án tính theo khung điểm")
        QuarterlyScoringRequest scoreSheet,
        @Schema(description = "Số nhiệm vụ đã đếm sẵn, thay cho bản chấm điểm ở phương án chỉ xét điều kiện (Kế hoạch "
                + "của Văn phòng UBND tỉnh Ninh Bình)")
        TaskCount taskConditions,
        @Schema(description = "Lý do khách quan, bất khả kháng được cấp có thẩm quyền xác nhận (Hướng dẫn 02-HD/TU mục 6.1)")
        String forceMajeureReason,
        @Schema(description = "Các trường hợp xếp loại Không hoàn thành nhiệm vụ trong quý (mục III.3.4 a–c)")
        List<VetoInput> vetoes,
        @Schema(description = "Là cán bộ lãnh đạo, quản lý") Boolean leader,
        @Schema(description = "Kết quả nhiệm vụ của cơ quan, đơn vị do cá nhân lãnh đạo, quản lý (chỉ khi leader = true). "
                + "Mức “Hoàn thành tốt nhiệm vụ” trở lên của người lãnh đạo còn đòi hỏi đơn vị đạt điều kiện của mức đó "
                + "(Quy định 366-QĐ/TW Điều 11), nên nếu để trống vì chưa biết thì mức gợi ý tối đa là “Hoàn thành nhiệm "
                + "vụ”, với căn cứ leader-unit-unknown; gửi lại khi đã có kết quả của đơn vị.") TaskCount ledUnit,
        @Schema(description = "Tình trạng khắc phục hạn chế, khuyết điểm đã được chỉ ra") EarlierShortcomings shortcomings,
        @Schema(description = "Vị trí trong tập thể lãnh đạo và kết quả của tập thể") CollectiveInput collective) {

    @Schema(description = "Số nhiệm vụ: được giao, hoàn thành, vượt mức, chậm tiến độ, phải sửa đổi")
    record TaskCount(Integer assigned, Integer done, Integer beyond, Integer late, Integer needingRework) {
    }

    @Schema(description = "DISCIPLINE: kỷ luật (cần disciplineForm, dutyRelated); DEGRADATION: kết luận suy thoái; "
            + "CORRUPTION_IN_MANAGED_SCOPE: tham nhũng, lãng phí, tiêu cực trong phạm vi quản lý trực tiếp (cần exemption); "
            + "description: mô tả sự việc, bắt buộc")
    record VetoInput(VetoKind kind, DisciplineForm disciplineForm, Boolean dutyRelated, CorruptionExemption exemption,
                     String description) {
    }

    enum VetoKind {
        DISCIPLINE,
        DEGRADATION,
        CORRUPTION_IN_MANAGED_SCOPE
    }

    @Schema(description = "Tập thể: chỉ tiêu được giao, đã hoàn thành, được miễn do bất khả kháng; mức xếp loại nếu đã có")
    record CollectiveInput(CollectiveRole role, Integer targetsAssigned, Integer targetsDone, Integer targetsExcused,
                           RatingLevel level) {
    }
}
