package vn.danhgia.assessment.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.danhgia.rules.RatingRules;
import vn.danhgia.scheme.AxisDefinition;
import vn.danhgia.scheme.CriterionDefinition;
import vn.danhgia.scheme.CriterionGroup;
import vn.danhgia.scheme.EvaluationSchemeView;
import vn.danhgia.scheme.Quarter;

/**
 * Seed 002's scheme as the scheme module will serve it: the 17 general criteria of Mẫu 03 part I.A in their three
 * groups (9 × 2, 4 × 1, 4 × 2 = 30 points), the six axes of §1.2 with the default maxima 30/15/10/5/5/5 of Mẫu 03
 * part I.B, and the factors 0,75 / 1 / 1,2 of Phụ lục 2.
 */
final class SchemeMother {

    static final String SEED_002_CODE = "AG-02-HD-TU-2026";

    private SchemeMother() {
    }

    static EvaluationSchemeView seed002() {
        return seed002(List.of(new BigDecimal("0.75"), BigDecimal.ONE, new BigDecimal("1.2")));
    }

    static EvaluationSchemeView seed002(List<BigDecimal> allowedFactors) {
        return new EvaluationSchemeView(SEED_002_CODE,
                "Đánh giá định kỳ hằng quý đối với cán bộ lãnh đạo, quản lý các cấp (An Giang)",
                "Hướng dẫn số 02-HD/TU ngày 19/6/2026 của Ban Thường vụ Tỉnh ủy An Giang",
                LocalDate.of(2026, 4, 1), criteriaGroups(), axes(), List.of(), RatingRules.defaults(),
                Set.of(1, 2, 3), allowedFactors, Set.of(new Quarter(2026, 2)), 15, false);
    }

    /** Seed 002 Mẫu 03 part I.A. */
    static List<CriterionGroup> criteriaGroups() {
        return List.of(
                new CriterionGroup(1, "Về phẩm chất chính trị, đạo đức, lối sống, thực hiện trách nhiệm nêu gương",
                        group1()),
                new CriterionGroup(2, "Tư duy đổi mới, chiến lược, khát vọng cống hiến, dám nghĩ, dám làm", group2()),
                new CriterionGroup(3,
                        "Về tự phê bình và phê bình, tự soi, tự sửa, khắc phục hạn chế, khuyết điểm", group3()));
    }

    /** Seed 002 §1.2, the six result axes (trục kết quả trọng tâm); maxima of Mẫu 03 part I.B. */
    static List<AxisDefinition> axes() {
        return List.of(
                new AxisDefinition(1,
                        "Thực hiện mục tiêu phát triển kinh tế - xã hội và nhiệm vụ chính trị được giao",
                        new BigDecimal("30")),
                new AxisDefinition(2,
                        "Hoàn thiện thể chế, đẩy mạnh phân cấp, phân quyền gắn với kiểm tra, giám sát",
                        new BigDecimal("15")),
                new AxisDefinition(3,
                        "Thúc đẩy phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
                        new BigDecimal("10")),
                new AxisDefinition(4,
                        "Xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh; giữ gìn đoàn kết, thống nhất nội "
                        + "bộ; phòng, chống tham nhũng, lãng phí, tiêu cực",
                        new BigDecimal("5")),
                new AxisDefinition(5,
                        "Phát triển văn hóa, con người, bảo đảm an sinh xã hội, nâng cao đời sống nhân dân",
                        new BigDecimal("5")),
                new AxisDefinition(6,
                        "Củng cố quốc phòng, an ninh, giữ vững ổn định chính trị - xã hội, nâng cao hiệu quả đối "
                        + "ngoại và hội nhập quốc tế",
                        new BigDecimal("5")));
    }

    private static List<CriterionDefinition> group1() {
        return List.of(
                criterion("1.1", "2",
                        "Tuyệt đối trung thành với Đảng, Tổ quốc và Nhân dân; kiên định chủ nghĩa Mác - Lênin, tư "
                        + "tưởng Hồ Chí Minh, mục tiêu độc lập dân tộc và chủ nghĩa xã hội. Có lập trường, quan điểm, "
                        + "bản lĩnh chính trị vững vàng; kiên quyết bảo vệ nền tảng tư tưởng, Cương lĩnh chính trị, "
                        + "đường lối của Đảng, Hiến pháp, pháp luật của Nhà nước; đấu tranh phản bác các quan điểm sai "
                        + "trái, thù địch, các biểu hiện suy thoái, \"tự diễn biến\", \"tự chuyển hoá\"."),
                criterion("1.2", "2",
                        "Có tinh thần yêu nước sâu sắc, tận tụy phục vụ Nhân dân, sâu sát cơ sở, luôn hành động vì "
                        + "lợi ích của Nhân dân. Đặt lợi ích của Đảng, quốc gia - dân tộc, Nhân dân, tập thể lên trên "
                        + "lợi ích cá nhân, sẵn sàng hy sinh vì sự nghiệp cách mạng của Đảng, vì độc lập, tự do của Tổ "
                        + "quốc, vì hạnh phúc của Nhân dân."),
                criterion("1.3", "2",
                        "Chấp hành nghiêm chủ trương, đường lối, nghị quyết, chỉ thị, quy định, nguyên tắc tổ chức, "
                        + "kỷ luật của Đảng, nhất là nguyên tắc tập trung dân chủ, tự phê bình và phê bình; chấp hành "
                        + "nghiêm pháp luật của Nhà nước và quy định của cơ quan, đơn vị. Tuyệt đối chấp hành sự phân "
                        + "công của tổ chức, yên tâm công tác và hoàn thành tốt mọi nhiệm vụ được giao."),
                criterion("1.4", "2",
                        "Có tinh thần tự giác, trách nhiệm cao trong nghiên cứu, học tập chủ nghĩa Mác - Lênin, tư "
                        + "tưởng Hồ Chí Minh, các nghị quyết, chỉ thị của Đảng và các chương trình bồi dưỡng, cập nhật "
                        + "kiến thức mới nhằm nâng cao trình độ về mọi mặt, đáp ứng yêu cầu, nhiệm vụ."),
                criterion("1.5", "2",
                        "Có phẩm chất đạo đức, lối sống trong sáng, trung thực, khiêm tốn, chân thành, giản dị; cần, "
                        + "kiệm, liêm, chính, chí công vô tư; chấp hành nghiêm quy định về chuẩn mực đạo đức cách mạng "
                        + "của cán bộ, đảng viên trong giai đoạn mới, trách nhiệm nêu gương; không vi phạm Quy định về "
                        + "những điều đảng viên không được làm. Không né tránh công việc, chạy theo thành tích; không "
                        + "vi phạm đạo đức, lối sống đến mức bị xử lý kỷ luật."),
                criterion("1.6", "2",
                        "Không tham vọng quyền lực; không chạy chức, chạy quyền; không tham nhũng, lãng phí, cơ hội, "
                        + "vụ lợi, cục bộ, lợi ích nhóm; không để gia đình, người thân và người khác lợi dụng chức vụ, "
                        + "vị trí công tác để trục lợi. Không có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, "
                        + "lối sống, những biểu hiện \"tự diễn biến\", \"tự chuyển hoá\" trong nội bộ. Kiên quyết đấu "
                        + "tranh chống quan liêu, cửa quyền, tham nhũng, xa hoa, lãng phí, tiêu cực, chủ nghĩa cá nhân,"
                        + " lối sống cơ hội, thực dụng, bè phái, lợi ích nhóm, nói không đi đôi với làm."),
                criterion("1.7", "2",
                        "Có uy tín cao, tiêu biểu về phẩm chất đạo đức và phong cách công tác; là trung tâm đoàn kết,"
                        + " thương yêu đồng chí, đồng nghiệp."),
                criterion("1.8", "2",
                        "Có tinh thần chủ động, đổi mới sáng tạo; phấn đấu vì mục tiêu phát triển của cơ quan, đơn "
                        + "vị, đóng góp vào mục tiêu chung của đất nước."),
                criterion("1.9", "2",
                        "Thực hiện việc kê khai và công khai tài sản, thu nhập theo quy định. Báo cáo đầy đủ, trung "
                        + "thực, cung cấp thông tin chính xác, khách quan về những nội dung liên quan đến việc thực "
                        + "hiện chức trách, nhiệm vụ được giao và hoạt động của cơ quan, tổ chức, đơn vị với cấp trên "
                        + "khi được yêu cầu."));
    }

    private static List<CriterionDefinition> group2() {
        return List.of(
                criterion("2.1", "1",
                        "Có tư duy đổi mới, tầm nhìn chiến lược, khả năng lãnh đạo, chỉ đạo thích ứng với sự phát "
                        + "triển của thời đại và xu thế toàn cầu hoá; phương pháp làm việc khoa học, nhạy bén chính "
                        + "trị; có năng lực cụ thể hoá trong lãnh đạo, chỉ đạo cơ quan, đơn vị thực hiện và hoàn thành "
                        + "tốt chức năng, nhiệm vụ được giao."),
                criterion("2.2", "1",
                        "Luôn bám sát thực tiễn, có nhiều cách làm hay, sáng tạo, đạt hiệu quả cao trong lãnh đạo, "
                        + "chỉ đạo, tổ chức thực hiện nhiệm vụ; xây dựng cấp ủy, tổ chức đảng trong sạch, vững mạnh, cơ"
                        + " quan, đơn vị vững mạnh toàn diện."),
                criterion("2.3", "1",
                        "Nói đi đôi với làm, dám nghĩ, dám làm, dám chịu trách nhiệm, dám đột phá vì lợi ích chung. "
                        + "Có khả năng phân tích, dự báo tình hình, phát hiện những khó khăn, bất cập, thời cơ, thuận "
                        + "lợi trong thực tiễn; đề xuất hoặc quyết định những giải pháp phù hợp, kịp thời, hiệu quả."),
                criterion("2.4", "1",
                        "Có khát vọng phấn đấu, cống hiến; có khả năng quy tụ và phát huy được sức mạnh của tập thể, "
                        + "cá nhân trong cơ quan, đơn vị và các cơ quan, đơn vị có liên quan."));
    }

    private static List<CriterionDefinition> group3() {
        return List.of(
                criterion("3.1", "2",
                        "Chủ động, nghiêm túc thực hiện tự phê bình và phê bình, có tinh thần cầu thị và tiếp thu "
                        + "phản biện, góp ý."),
                criterion("3.2", "2",
                        "Có kế hoạch rõ ràng và quyết liệt trong khắc phục hạn chế, khuyết điểm đã được chỉ ra."),
                criterion("3.3", "2",
                        "Kết quả khắc phục hoàn thành từ > 80% nội dung, có tiến bộ rõ, được tổ chức đánh giá tốt; "
                        + "không để tái diễn tồn tại."),
                criterion("3.4", "2",
                        "Tự soi, tự sửa trên tinh thần trách nhiệm chính trị cao, không né tránh, không đổ lỗi."));
    }

    private static CriterionDefinition criterion(String code, String points, String text) {
        return new CriterionDefinition(code, text, new BigDecimal(points));
    }
}
