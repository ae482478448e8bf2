package vn.danhgia.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.platform.AuditTrail;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.platform.TodoList;
import vn.danhgia.rules.RatingMethod;
import vn.danhgia.rules.RatingRules;

/** The two schemes the migrations ship, read back through the catalog other modules use. */
@ApplicationModuleTest
@Tag("persistence")
@Transactional
class ShippedSchemesTests {

    // SchemeAdministration, the settings page's service, needs the platform's audit trail and signed-in person, which
    // this module test does not start; these tests call SchemeService directly.
    @MockitoBean
    AuditTrail auditTrail;
    @MockitoBean
    CurrentActor currentActor;
    // The default period reads the platform's to-do list and clock, which this module test does not start either.
    @MockitoBean
    TodoList todoList;
    @MockitoBean
    Clock clock;

    private static final String AN_GIANG = "AG-02-HD-TU-2026";
    private static final String NINH_BINH = "NB-VP-UBND-2026";

    // Seed 002 Mẫu 03 I.A: the opening and closing words of each criterion.
    private static final List<Mau03Text> MAU_03 = List.of(
            new Mau03Text("1.1", "Tuyệt đối trung thành với Đảng, Tổ quốc và Nhân dân; kiên định chủ nghĩa Mác - Lênin",
                    "các biểu hiện suy thoái, \"tự diễn biến\", \"tự chuyển hoá\"."),
            new Mau03Text("1.2", "Có tinh thần yêu nước sâu sắc, tận tụy phục vụ Nhân dân",
                    "vì độc lập, tự do của Tổ quốc, vì hạnh phúc của Nhân dân."),
            new Mau03Text("1.3", "Chấp hành nghiêm chủ trương, đường lối, nghị quyết, chỉ thị",
                    "yên tâm công tác và hoàn thành tốt mọi nhiệm vụ được giao."),
            new Mau03Text("1.4", "Có tinh thần tự giác, trách nhiệm cao trong nghiên cứu, học tập chủ nghĩa Mác - Lênin",
                    "nâng cao trình độ về mọi mặt, đáp ứng yêu cầu, nhiệm vụ."),
            new Mau03Text("1.5", "Có phẩm chất đạo đức, lối sống trong sáng, trung thực, khiêm tốn",
                    "Không né tránh công việc, chạy theo thành tích; không vi phạm đạo đức, lối sống đến mức bị xử lý kỷ luật."),
            new Mau03Text("1.6", "Không tham vọng quyền lực; không chạy chức, chạy quyền",
                    "lối sống cơ hội, thực dụng, bè phái, lợi ích nhóm, nói không đi đôi với làm."),
            new Mau03Text("1.7", "Có uy tín cao, tiêu biểu về phẩm chất đạo đức và phong cách công tác",
                    "là trung tâm đoàn kết, thương yêu đồng chí, đồng nghiệp."),
            new Mau03Text("1.8", "Có tinh thần chủ động, đổi mới sáng tạo",
                    "đóng góp vào mục tiêu chung của đất nước."),
            new Mau03Text("1.9", "Thực hiện việc kê khai và công khai tài sản, thu nhập theo quy định.",
                    "hoạt động của cơ quan, tổ chức, đơn vị với cấp trên khi được yêu cầu."),
            new Mau03Text("2.1", "Có tư duy đổi mới, tầm nhìn chiến lược",
                    "có năng lực cụ thể hoá trong lãnh đạo, chỉ đạo cơ quan, đơn vị thực hiện và hoàn thành tốt chức năng, "
                        + "nhiệm vụ được giao."),
            new Mau03Text("2.2", "Luôn bám sát thực tiễn, có nhiều cách làm hay, sáng tạo",
                    "cơ quan, đơn vị vững mạnh toàn diện."),
            new Mau03Text("2.3", "Nói đi đôi với làm, dám nghĩ, dám làm, dám chịu trách nhiệm, dám đột phá vì lợi ích chung.",
                    "đề xuất hoặc quyết định những giải pháp phù hợp, kịp thời, hiệu quả."),
            new Mau03Text("2.4", "Có khát vọng phấn đấu, cống hiến",
                    "trong cơ quan, đơn vị và các cơ quan, đơn vị có liên quan."),
            new Mau03Text("3.1", "Chủ động, nghiêm túc thực hiện tự phê bình và phê bình",
                    "có tinh thần cầu thị và tiếp thu phản biện, góp ý."),
            new Mau03Text("3.2", "Có kế hoạch rõ ràng và quyết liệt trong khắc phục hạn chế, khuyết điểm",
                    "đã được chỉ ra."),
            new Mau03Text("3.3", "Kết quả khắc phục hoàn thành từ > 80% nội dung",
                    "được tổ chức đánh giá tốt; không để tái diễn tồn tại."),
            new Mau03Text("3.4", "Tự soi, tự sửa trên tinh thần trách nhiệm chính trị cao",
                    "không né tránh, không đổ lỗi."));

    private record Mau03Text(String code, String opening, String ending) {
    }

    @Autowired
    SchemeCatalog catalog;

    @Test
    void anGiangGuidanceIsTheDefaultFromQuarterTwoOf2026() {
        EvaluationSchemeView anGiang = scheme(AN_GIANG);

        assertThat(anGiang.name()).isEqualTo("Hướng dẫn số 02-HD/TU ngày 19/6/2026 của Ban Thường vụ Tỉnh ủy An Giang");
        assertThat(anGiang.legalBasis()).startsWith("Hướng dẫn số 02-HD/TU ngày 19/6/2026")
                .contains("Quy định số 366-QĐ/TW ngày 30/8/2025", "Hướng dẫn số 02-HD/BTCTW ngày 22/5/2026");
        assertThat(anGiang.effectiveFrom()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(anGiang.ratedQuarters()).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(anGiang.allowedFactors())
                .containsExactly(new BigDecimal("0.75"), BigDecimal.ONE, new BigDecimal("1.2"));
        assertThat(anGiang.ratingRules()).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(RatingRules.defaults());
    }

    @Test
    void seventeenGeneralCriteriaMakeThirtyPointsAsEighteenFourAndEight() {
        // Seed 002 Mẫu 03 I.A: groups of 18, 4 and 8 points, "Tổng (A) = 30".
        EvaluationSchemeView anGiang = scheme(AN_GIANG);

        assertThat(anGiang.criteria()).hasSize(17);
        assertThat(anGiang.generalMaxPoints()).isEqualByComparingTo("30");
        assertThat(anGiang.criteriaGroups()).extracting(CriterionGroup::number, CriterionGroup::title,
                        group -> group.items().size(), ShippedSchemesTests::points)
                .containsExactly(
                        tuple(1,
                                "Về phẩm chất chính trị, đạo đức, lối sống, thực hiện trách nhiệm nêu gương", 9,
                                new BigDecimal("18")),
                        tuple(2,
                                "Tư duy đổi mới, chiến lược, khát vọng cống hiến, dám nghĩ, dám làm", 4,
                                new BigDecimal("4")),
                        tuple(3,
                                "Về tự phê bình và phê bình, tự soi, tự sửa, khắc phục hạn chế, khuyết điểm", 4,
                                new BigDecimal("8")));
    }

    @Test
    void criteriaTextsAreMau03Texts() {
        List<CriterionDefinition> criteria = scheme(AN_GIANG).criteria();

        assertThat(criteria).extracting(CriterionDefinition::code)
                .containsExactlyElementsOf(MAU_03.stream().map(Mau03Text::code).toList());
        for (int i = 0; i < MAU_03.size(); i++) {
            assertThat(criteria.get(i).text()).as(MAU_03.get(i).code())
                    .startsWith(MAU_03.get(i).opening())
                    .endsWith(MAU_03.get(i).ending());
        }
        // Mẫu 03 spells 1.6 "không để gia đình"; Mẫu 01 has the typo "không đê gia đình".
        assertThat(criteria.get(5).text()).contains("không để gia đình, người thân và người khác lợi dụng chức vụ",
                "những biểu hiện \"tự diễn biến\", \"tự chuyển hoá\" trong nội bộ");
        assertThat(criteria.get(16).text())
                .isEqualTo("Tự soi, tự sửa trên tinh thần trách nhiệm chính trị cao, không né tránh, không đổ lỗi.");
    }

    @Test
    void sixAxesCarryTheMau01TitlesAndSeventyPoints() {
        EvaluationSchemeView anGiang = scheme(AN_GIANG);

        assertThat(anGiang.axes()).extracting(AxisDefinition::number, AxisDefinition::defaultMaxPoints)
                .containsExactly(tuple(1, new BigDecimal("30")),
                        tuple(2, new BigDecimal("15")),
                        tuple(3, new BigDecimal("10")),
                        tuple(4, new BigDecimal("5")),
                        tuple(5, new BigDecimal("5")),
                        tuple(6, new BigDecimal("5")));
        assertThat(anGiang.taskMaxPoints()).isEqualByComparingTo("70");
        assertThat(anGiang.axes()).extracting(AxisDefinition::title).containsExactly(
                "Thực hiện các mục tiêu và nhiệm vụ chính trị được giao",
                "Việc cụ thể hóa, triển khai thực hiện các chương trình, đề án, kế hoạch, quy định",
                "Việc phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
                "Việc xây dựng đảng và hệ thống chính trị trong sạch, vững mạnh; giữ gìn đoàn kết, thống nhất nội bộ; "
                        + "phòng, chống tham nhũng, lãng phí, tiêu cực",
                "Việc phát triển văn hóa, con người, bảo đảm an sinh xã hội, nâng cao đời sống nhân dân",
                "Việc củng cố quốc phòng, an ninh, giữ vững ổn định chính trị - xã hội, nâng cao hiệu quả đối ngoại và "
                        + "hội nhập quốc tế");
    }

    @Test
    void anGiangDeadlinesForQuarterThreeOf2026() {
        // Seed 002 §4: plan "chậm nhất đến ngày 25 tháng cuối của quý trước"; Mẫu 03 "trước ngày 30 tháng cuối của
        // mỗi quý"; Bước 5: report before the 30th, upwards "trước ngày 05 tháng đầu quý tiếp theo".
        Map<DeadlineStep, LocalDate> dates = lastDaysInTime(scheme(AN_GIANG), 2026, 3);

        assertThat(dates).containsExactly(
                Map.entry(DeadlineStep.PLAN, LocalDate.of(2026, 6, 25)),
                Map.entry(DeadlineStep.SELF_ASSESSMENT, LocalDate.of(2026, 9, 29)),
                Map.entry(DeadlineStep.REPORT, LocalDate.of(2026, 9, 29)),
                Map.entry(DeadlineStep.REPORT_UPWARD, LocalDate.of(2026, 10, 4)));
    }

    @Test
    void ninhBinhPlanRatesByConditionsWithDeadlinesFifteenEighteenNineteen() {
        // Seed 000 §III.4: "Trước ngày 15 … Trước ngày 18 … Trước ngày 19 tháng cuối quý".
        EvaluationSchemeView ninhBinh = scheme(NINH_BINH);

        assertThat(ninhBinh.name()).isEqualTo("Kế hoạch triển khai công tác đánh giá định kỳ hằng quý đối với cán bộ "
                + "lãnh đạo, quản lý — Đảng ủy Văn phòng UBND tỉnh Ninh Bình");
        assertThat(ninhBinh.legalBasis()).contains("Kế hoạch số 34-KH/TU ngày 10/02/2026",
                "Kế hoạch số 48-KH/ĐU ngày 03/3/2026");
        assertThat(ninhBinh.effectiveFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(ninhBinh.ratingRules().method()).isEqualTo(RatingMethod.CONDITIONS_ONLY);
        assertThat(ninhBinh.ratingRules()).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).ignoringFields("method")
                .isEqualTo(RatingRules.defaults());
        assertThat(ninhBinh.ratedQuarters()).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(lastDaysInTime(ninhBinh, 2026, 3)).containsExactly(
                Map.entry(DeadlineStep.SELF_ASSESSMENT, LocalDate.of(2026, 9, 14)),
                Map.entry(DeadlineStep.VOTE, LocalDate.of(2026, 9, 17)),
                Map.entry(DeadlineStep.DECISION, LocalDate.of(2026, 9, 17)),
                Map.entry(DeadlineStep.REPORT, LocalDate.of(2026, 9, 18)));
    }

    @Test
    void ninhBinhUsesTheSameCriteriaTemplateAndAxes() {
        EvaluationSchemeView anGiang = scheme(AN_GIANG);
        EvaluationSchemeView ninhBinh = scheme(NINH_BINH);

        assertThat(ninhBinh.criteriaGroups()).isEqualTo(anGiang.criteriaGroups());
        assertThat(ninhBinh.axes()).isEqualTo(anGiang.axes());
        assertThat(ninhBinh.allowedFactors()).isEqualTo(anGiang.allowedFactors());
    }

    @Test
    void nothingIsInForceBeforeTheAnGiangGuidanceBecauseNinhBinhIsNotADefault() {
        assertThat(catalog.inForce(LocalDate.of(2026, 2, 15))).isEmpty();
        assertThat(catalog.inForce(LocalDate.of(2026, 3, 31))).isEmpty();
    }

    @Test
    void anGiangGuidanceIsInForceFromTheFirstOfApril2026() {
        assertThat(catalog.inForce(LocalDate.of(2026, 4, 1))).map(EvaluationSchemeView::code).contains(AN_GIANG);
        assertThat(catalog.inForce(LocalDate.of(2027, 7, 1))).map(EvaluationSchemeView::code).contains(AN_GIANG);
    }

    @Test
    void allListsNewestEffectiveDateFirst() {
        assertThat(catalog.all()).extracting(EvaluationSchemeView::code).containsExactly(AN_GIANG, NINH_BINH);
    }

    @Test
    void unknownCodeFindsNothing() {
        assertThat(catalog.byCode("HN-01-2026")).isEmpty();
    }

    private EvaluationSchemeView scheme(String code) {
        return catalog.byCode(code).orElseThrow();
    }

    private static BigDecimal points(CriterionGroup group) {
        return group.items().stream().map(CriterionDefinition::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Map<DeadlineStep, LocalDate> lastDaysInTime(EvaluationSchemeView scheme, int year, int quarter) {
        Map<DeadlineStep, LocalDate> dates = new LinkedHashMap<>();
        scheme.deadlines().forEach(deadline -> dates.put(deadline.step(), deadline.lastDayInTime(year, quarter)));
        return dates;
    }
}
