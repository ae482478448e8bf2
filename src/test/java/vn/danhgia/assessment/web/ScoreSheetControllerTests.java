package vn.danhgia.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.danhgia.platform.web.WebTestConfiguration.TODAY;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import vn.danhgia.assessment.RatingTexts;
import vn.danhgia.platform.web.WebTestConfiguration;
import vn.danhgia.scheme.SchemeCatalog;

@WebMvcTest(ScoreSheetController.class)
@Import({WebTestConfiguration.class, RatingTexts.class})
@WithMockUser("nguyen.van.an")
class ScoreSheetControllerTests {

    private static final String RESULT = "/assessment/score-sheet/result";

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private SchemeCatalog schemes;

    @BeforeEach
    void seed002SchemeIsInForce() {
        given(schemes.inForce(TODAY)).willReturn(Optional.of(SchemeMother.seed002()));
        given(schemes.byCode(SchemeMother.SEED_002_CODE)).willReturn(Optional.of(SchemeMother.seed002()));
    }

    @Test
    void sheetShowsTheSchemeInForceWithTheSeventeenCriteriaMetAndTheSixAxesAtTheirDefaults() throws Exception {
        String html = html(get("/assessment/score-sheet"));

        assertThat(html).contains(
                "Đánh giá định kỳ hằng quý đối với cán bộ lãnh đạo, quản lý các cấp (An Giang)",
                "Hướng dẫn số 02-HD/TU ngày 19/6/2026 của Ban Thường vụ Tỉnh ủy An Giang",
                "Áp dụng từ ngày 01/04/2026",
                "A. Nhóm tiêu chí chung (30 điểm)",
                "B. Kết quả thực hiện nhiệm vụ được giao (70 điểm)",
                "Có uy tín cao, tiêu biểu về phẩm chất đạo đức và phong cách công tác",
                "Tự soi, tự sửa trên tinh thần trách nhiệm chính trị cao, không né tránh, không đổ lỗi.",
                "Thúc đẩy phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
                "Ví dụ Phụ lục 2", "Thêm nhiệm vụ");
        assertThat(count(html, "type=\"radio\"[^>]*value=\"true\"[^>]*checked=\"checked\"")).isEqualTo(17);
        assertThat(count(html, "type=\"radio\"[^>]*value=\"false\"")).isEqualTo(17);
        assertThat(List.of(0, 1, 2, 3, 4, 5)).map(a -> inputValue(html, "axes[" + a + "].maxPoints"))
                .containsExactly("30", "15", "10", "5", "5", "5");
        assertThat(html).contains("id=\"rating-suggestion\"",
                        "Nhập nhiệm vụ của các trục; điểm được tính lại ngay khi bạn nhập.")
                .doesNotContain("Chưa tính được điểm");
    }

    @Test
    void withoutASchemeInForceTheSheetSaysSoInsteadOfFailing() throws Exception {
        given(schemes.inForce(TODAY)).willReturn(Optional.empty());

        String html = html(get("/assessment/score-sheet"));

        assertThat(html).contains("Chưa có phương án đánh giá nào có hiệu lực vào ngày 15/07/2026")
                .doesNotContain("id=\"score-sheet-form\"");
    }

    /** Seed 002 Phụ lục 2: "A = 6,7/7,7 = 87,01% B = 6,85/7,7 = 88,96% ... KPI = 88,47%", "91,93 điểm". */
    @Test
    void seed002WorkedExamplePostedToTheFragmentScores91comma93() throws Exception {
        String html = html(SheetRequest.seed002WorkedExample().postTo(RESULT));

        assertThat(html).startsWith("<aside id=\"score-result\"");
        assertThat(html).contains("id=\"total-points\" class=\"fs-3 text-primary\">91,93<");
        assertThat(axisRow(html, 4)).contains("87,01 %", "88,96 %", "88,47 %", "61,93 / 70");
        assertThat(html).contains("30,00 / 30", "61,93 / 70", "Nhóm 1", "18 / 18");
        assertThat(html).doesNotContain("Chưa tính được điểm");
    }

    /**
     * Issue 12 §4 and seed 002 Phụ lục 2 mục 2 (i): work beyond the requirement counts through the factors (1,2), so
     * the total passes 100 (30 + 70 × 115 % = 110,50), and the sheet says why; 91,93 needs no such sentence.
     */
    @Test
    void aTotalAbove100IsExplainedAsWorkBeyondTheRequirement() throws Exception {
        String html = html(SheetRequest.seed002AllCriteriaMet().axisMaxima("70", "0", "0", "0", "0", "0")
                .task(0, 0, "Tờ trình Ban Thường vụ Tỉnh ủy về sinh hoạt đảng trực tuyến", "1", "1,5", "1", "1,2")
                .postTo(RESULT));

        assertThat(html).contains("id=\"total-points\" class=\"fs-3 text-primary\">110,50<",
                "Tổng điểm 110,50 vượt 100 vì có nhiệm vụ hoàn thành vượt mức yêu cầu",
                "Phụ lục 2, mục 2 (i)");
        assertThat(html(SheetRequest.seed002WorkedExample().postTo(RESULT))).doesNotContain("beyond-requirement");
    }

    /**
     * Seed 002 §6.1: "Trường hợp cá nhân hoàn thành dưới 100% nhiệm vụ được giao trong quý thì xếp loại “Không hoàn
     * thành nhiệm vụ”": in the worked example only one of the two monthly reports was done, so 91,93 points still
     * rate NOT_COMPLETED, and the page says why and under which rule.
     */
    @Test
    void workedExampleSuggestsNotCompletedBecauseOneReportIsMissing() throws Exception {
        String html = html(SheetRequest.seed002WorkedExample().postTo(RESULT));

        assertThat(html).contains("id=\"suggested-level\"", "Không hoàn thành nhiệm vụ");
        assertThat(html).contains("Hoàn thành dưới 100% nhiệm vụ được giao (1/5 nhiệm vụ chưa hoàn thành)");
        assertThat(html).contains("Hướng dẫn số 02-HD/TU ngày 19/6/2026 của Ban Thường vụ Tỉnh ủy, mục 6.1");
    }

    @Test
    void exampleButtonLoadsTheWorkedExampleOnAxisFourWithItsFigures() throws Exception {
        String html = html(get("/assessment/score-sheet/example"));

        assertThat(inputValue(html, "axes[3].maxPoints")).isEqualTo("70");
        assertThat(inputValue(html, "axes[0].maxPoints")).isEqualTo("0");
        assertThat(inputValue(html, "axes[3].tasks[2].coefficient")).isEqualTo("1,2");
        assertThat(html).contains("Tờ trình Ban Thường vụ Tỉnh ủy về xây dựng Kết luận thực hiện Nghị quyết 21-NQ/TW");
        assertThat(html).contains(">91,93<");
    }

    @Test
    void notMetCriteriaScoreZero() throws Exception {
        // Mẫu 03 I.A: "Chấm 0 điểm nếu không đảm bảo"; 1.1 (2 points) and 2.1 (1 point) not met → 27.
        String html = html(SheetRequest.seed002WorkedExample()
                .set("criteria[0].met", "false").set("criteria[9].met", "false").postTo(RESULT));

        assertThat(html).contains("27,00 / 30", ">88,93<");
    }

    @Test
    void emptyNegativeAndNonNumericInputsGetVietnameseMessagesNextToTheirFields() throws Exception {
        String html = html(SheetRequest.seed002WorkedExample()
                .set("axes[3].tasks[0].plannedQuantity", "")
                .set("axes[3].tasks[1].coefficient", "-1")
                .set("axes[3].tasks[2].doneQuantity", "mười")
                .postTo(RESULT));

        assertThat(slot(html, "axes[3].tasks[0].plannedQuantity")).isEqualTo("Bắt buộc nhập.");
        assertThat(slot(html, "axes[3].tasks[1].coefficient")).isEqualTo("Không được là số âm.");
        assertThat(slot(html, "axes[3].tasks[2].doneQuantity")).isEqualTo("Phải là một số, ví dụ 2 hoặc 1,5.");
        assertThat(slot(html, "axes[3].tasks[3].doneQuantity")).isEmpty();
        assertThat(html).contains("Chưa tính được điểm:", "Hãy sửa các ô có thông báo màu đỏ.")
                .doesNotContain("id=\"total-points\"");
    }

    @Test
    void zeroPlannedQuantityOrCoefficientIsRefused() throws Exception {
        String html = html(SheetRequest.seed002WorkedExample()
                .set("axes[3].tasks[0].plannedQuantity", "0")
                .set("axes[3].tasks[4].coefficient", "0,0")
                .postTo(RESULT));

        assertThat(slot(html, "axes[3].tasks[0].plannedQuantity")).isEqualTo("Phải lớn hơn 0.");
        assertThat(slot(html, "axes[3].tasks[4].coefficient")).isEqualTo("Phải lớn hơn 0.");
    }

    @Test
    void axisMaximaNotTotallingSeventyAreReported() throws Exception {
        String html = html(SheetRequest.seed002WorkedExample().set("axes[3].maxPoints", "65").postTo(RESULT));

        assertThat(html).contains("Tổng điểm tối đa của các trục phải bằng 70; hiện đang là 65.")
                .doesNotContain("id=\"total-points\"");
    }

    @Test
    void axisWithPointsButNoTaskIsReported() throws Exception {
        String html = html(SheetRequest.seed002WorkedExample()
                .axisMaxima("30", "15", "10", "5", "5", "5").postTo(RESULT));

        assertThat(html).contains("Trục 1 có điểm tối đa 30 nhưng chưa có nhiệm vụ nào");
        assertThat(slot(html, "axes[1].tasks")).startsWith("Trục 2 có điểm tối đa 15 nhưng chưa có nhiệm vụ nào");
        assertThat(html).doesNotContain("Trục 4 có điểm tối đa");
    }

    @Test
    void factorOutsideTheSchemeIsRefused() throws Exception {
        String html = html(SheetRequest.seed002WorkedExample().set("axes[3].tasks[1].quality", "0,9").postTo(RESULT));

        assertThat(slot(html, "axes[3].tasks[1].quality"))
                .isEqualTo("Hệ số phải là một trong các giá trị: 0,75; 1; 1,2.");
    }

    @Test
    void untouchedEmptyRowsAreIgnored() throws Exception {
        String html = html(SheetRequest.seed002WorkedExample()
                .task(3, 5, "", "", "1", "", "1").postTo(RESULT));

        assertThat(html).contains(">91,93<");
    }

    @Test
    void malformedChoiceIsReportedNotAServerError() throws Exception {
        String html = html(SheetRequest.seed002WorkedExample().set("criteria[3].met", "có lẽ").postTo(RESULT));

        assertThat(html).contains("Chưa tính được điểm:").doesNotContain("id=\"total-points\"");
    }

    @Test
    void sheetDrawnFromASchemeNoLongerKnownAsksForAReload() throws Exception {
        String html = html(SheetRequest.seed002WorkedExample().set("schemeCode", "KHONG-CON").postTo(RESULT));

        assertThat(html).contains("Bảng chấm điểm không còn khớp với phương án đánh giá hiện hành.");
    }

    @Test
    void sheetNotMatchingTheSchemeAsksForAReload() throws Exception {
        String html = html(SheetRequest.seed002WorkedExample().set("criteria[16].code", "9.9").postTo(RESULT));

        assertThat(html).contains("Bảng chấm điểm không còn khớp với phương án đánh giá hiện hành.");
    }

    @Test
    void addingATaskRendersANewEmptyRowOnThatAxisAndKeepsTheScore() throws Exception {
        String html = html(SheetRequest.seed002WorkedExample().postTo("/assessment/score-sheet/tasks?axis=3"));

        assertThat(html).startsWith("<div id=\"score-sheet\"");
        assertThat(inputValue(html, "axes[3].tasks[5].title")).isEmpty();
        assertThat(inputValue(html, "axes[3].tasks[5].coefficient")).isEqualTo("1");
        assertThat(html).contains(">91,93<");
    }

    @Test
    void removingATaskRenumbersTheRowsAndRescores() throws Exception {
        String html = html(SheetRequest.seed002WorkedExample()
                .postTo("/assessment/score-sheet/tasks/remove?axis=3&task=0"));

        assertThat(html).doesNotContain("Báo cáo Lãnh đạo Ban kết quả thực hiện nhiệm vụ hằng tháng\"")
                .doesNotContain("axes[3].tasks[4]");
        assertThat(inputValue(html, "axes[3].tasks[0].title"))
                .isEqualTo("Báo cáo Lãnh đạo Ban kết quả thực hiện nhiệm vụ quý II/2026 của các phòng");
        // Without the first row every remaining task is done in full: A = 5,7/5,7, B = C = D = 6,1/5,7 → KPI 105,26 %.
        assertThat(axisRow(html, 4)).contains("100,00 %", "107,02 %", "105,26 %");
    }

    @Test
    void forgedIndexesAreABadRequestNotAServerError() throws Exception {
        mvc.perform(SheetRequest.seed002WorkedExample().postTo("/assessment/score-sheet/tasks/remove?axis=3&task=9"))
                .andExpect(status().isBadRequest());
        mvc.perform(SheetRequest.seed002WorkedExample().postTo("/assessment/score-sheet/tasks?axis=6"))
                .andExpect(status().isBadRequest());
        mvc.perform(SheetRequest.seed002WorkedExample().set("axes[3].tasks[5000].title", "x").postTo(RESULT))
                .andExpect(status().isBadRequest());
    }

    @Test
    void postingWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post(RESULT).param("schemeCode", SchemeMother.SEED_002_CODE)).andExpect(status().isForbidden());
    }

    @Test
    void englishUsesTheDecimalPoint() throws Exception {
        String html = html(SheetRequest.seed002WorkedExample().postTo(RESULT)
                .cookie(new Cookie("danhgia-lang", "en")));

        assertThat(html).contains(">91.93<", "88.47%", "Total (A) + (B)");
    }

    @Test
    void schemeWithoutAllowedFactorsTakesTypedFactors() throws Exception {
        given(schemes.byCode(SchemeMother.SEED_002_CODE)).willReturn(Optional.of(SchemeMother.seed002(List.of())));

        String html = html(SheetRequest.seed002WorkedExample().set("axes[3].tasks[1].quality", "0,9").postTo(RESULT));

        assertThat(slot(html, "axes[3].tasks[1].quality")).isEmpty();
        assertThat(html).contains("id=\"total-points\"");
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        ResultActions result = mvc.perform(request).andExpect(status().isOk());
        // Thymeleaf writes non-ASCII letters of attribute values as entities (&aacute;); compare what a browser shows.
        return HtmlUtils.htmlUnescape(result.andReturn().getResponse().getContentAsString().strip());
    }

    private static int count(String html, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private static String inputValue(String html, String name) {
        Matcher matcher = Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"")
                .matcher(html);
        assertThat(matcher.find()).as("input " + name).isTrue();
        return matcher.group(1);
    }

    /** The text of the message slot of a field, as swapped next to it. */
    private static String slot(String html, String field) {
        Matcher matcher = Pattern.compile("<div id=\"err-" + Pattern.quote(field) + "\"[^>]*>([^<]*)</div>")
                .matcher(html);
        assertThat(matcher.find()).as("message slot of " + field).isTrue();
        return matcher.group(1);
    }

    private static String axisRow(String html, int axis) {
        int start = html.indexOf("id=\"axis-result-" + axis + "\"");
        assertThat(start).as("result row of axis " + axis).isNotNegative();
        return html.substring(start, html.indexOf("</tr>", start));
    }
}
