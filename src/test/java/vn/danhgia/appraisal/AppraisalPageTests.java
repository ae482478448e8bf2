package vn.danhgia.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.assessment.SelfAssessmentService;
import vn.danhgia.assessment.SelfAssessmentView;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.Actor;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/** The "Thẩm định" pages: the officer's list, the appraisal page, a refused save shown beside the field. */
@DemoDataTest
class AppraisalPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    TestActors actors;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganizationQueries organization;

    @Autowired
    AccessScopes access;

    @Autowired
    SelfAssessmentService selfAssessments;

    @Autowired
    AppraisalService appraisals;

    AppraisalFixture fixture;
    Actor hung;
    SelfAssessmentView submitted;

    @BeforeEach
    void setUp() {
        fixture = new AppraisalFixture(jdbc, organization, access, selfAssessments);
        clean();
        clock.setDate(java.time.LocalDate.of(2026, 9, 15));
        hung = actors.account("tochuc");
        submitted = fixture.workedExample(actors.cadre("NB034"), "NB034", true);
    }

    @AfterEach
    void clean() {
        fixture.clean(List.of("NB033", "NB034"));
    }

    @Test
    void theOfficerOpensAnAppraisalFromTheListAndSeesBothFigures() throws Exception {
        mvc.perform(get("/review/appraisals").with(TestActors.as(hung))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Nguyễn Hoàng Yến")))
                .andExpect(content().string(Matchers.containsString("nav-appraisals")));

        String location = mvc.perform(post("/review/appraisals").with(TestActors.as(hung)).with(csrf())
                        .param("selfAssessmentId", String.valueOf(submitted.id())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get(location).with(TestActors.as(hung))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Cán bộ tự đánh giá")))
                .andExpect(content().string(Matchers.containsString("Mức xếp loại gợi ý theo quy định")))
                .andExpect(content().string(Matchers.containsString("Chủ động tiếp cận")));
    }

    /** Issue 12 §4: the cadre's figures read with a decimal comma, as on Mẫu 03 (0,75 and 1,5, not 0.75 and 1.5). */
    @Test
    void theCadresFiguresAreShownWithADecimalComma() throws Exception {
        String location = mvc.perform(post("/review/appraisals").with(TestActors.as(hung)).with(csrf())
                        .param("selfAssessmentId", String.valueOf(submitted.id())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        String page = mvc.perform(get(location).with(TestActors.as(hung))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");

        assertThat(page).contains("<td>0,75</td>", "<td>1,2</td>", "hệ số quy đổi: 1,5").doesNotContain("<td>0.75</td>",
                "<td>1.2</td>");
    }

    /** Issue 12 §4: the factors are offered as the scheme's choices (seed 002 Phụ lục 2), as on Mẫu 03, not free text. */
    @Test
    void theFactorsAreTheSchemesChoicesAsOnMau03() throws Exception {
        AppraisalView opened = TestActors.runAs(hung, () -> appraisals.open(submitted.id()));

        String page = mvc.perform(get("/review/appraisals/" + opened.id()).with(TestActors.as(hung)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");

        String quality = element(page, "select", "tasks[1].quality");
        String cadreQuality = opened.tasks().get(1).cadre().quality().stripTrailingZeros().toPlainString();
        assertThat(quality).contains("<option value=\"0.75\"", ">0,75</option>", "<option value=\"1\"",
                "<option value=\"1.2\"", ">1,2</option>", "value=\"" + cadreQuality + "\" selected=\"selected\"");
        assertThat(page).doesNotContain("<input class=\"form-control form-control-sm\" name=\"tasks[1].quality\"");
    }

    /** Issue 12 §4: a refused figure sits beside its field, which is marked invalid. */
    @Test
    void aRefusedFigureMarksItsFieldInvalid() throws Exception {
        AppraisalView opened = TestActors.runAs(hung, () -> appraisals.open(submitted.id()));
        var request = post("/review/appraisals/" + opened.id()).with(TestActors.as(hung)).with(csrf())
                .param("version", String.valueOf(opened.version()));
        for (int i = 0; i < opened.tasks().size(); i++) {
            request.param("tasks[" + i + "].taskId", String.valueOf(opened.tasks().get(i).taskId()))
                    .param("tasks[" + i + "].doneQuantity", i == 0 ? "mười" : "");
        }

        String page = mvc.perform(request).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString().replaceAll("\\s+", " ");

        String field = element(page, "input", "tasks[0].doneQuantity");
        assertThat(field).contains("is-invalid");
        String after = page.substring(page.indexOf(field) + field.length()).strip();
        assertThat(after).startsWith("<div class=\"invalid-feedback\">Dòng 1: &quot;mười&quot; không phải là số.</div>");
    }

    /** The opening tag (and, for a select, its options) of the control with this name. */
    private static String element(String page, String tag, String name) {
        int nameAt = page.indexOf("name=\"" + name + "\"");
        assertThat(nameAt).as("a %s named %s", tag, name).isPositive();
        int start = page.lastIndexOf("<" + tag, nameAt);
        int end = tag.equals("select") ? page.indexOf("</select>", nameAt) + "</select>".length()
                : page.indexOf(">", nameAt) + 1;
        return page.substring(start, end);
    }

    @Test
    void anAdjustmentWithoutAReasonIsShownBesideTheFieldAndNothingIsStored() throws Exception {
        AppraisalView opened = TestActors.runAs(hung, () -> appraisals.open(submitted.id()));
        String before = fixture.stored(opened.id());
        var request = post("/review/appraisals/" + opened.id()).with(TestActors.as(hung)).with(csrf())
                .param("version", String.valueOf(opened.version()));
        for (int i = 0; i < opened.tasks().size(); i++) {
            AppraisalView.TaskLine task = opened.tasks().get(i);
            request.param("tasks[" + i + "].taskId", String.valueOf(task.taskId()))
                    .param("tasks[" + i + "].quality", i == 1 ? "0,75" : task.cadre().quality().toPlainString());
        }

        mvc.perform(request).andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString(
                        "Dòng 2: điều chỉnh số liệu của cán bộ phải ghi lý do.")));

        assertThat(fixture.stored(opened.id())).isEqualTo(before);
    }

    @Test
    void aCadreOfAnotherDepartmentFindsNoAppraisalPage() throws Exception {
        AppraisalView opened = TestActors.runAs(hung, () -> appraisals.open(submitted.id()));
        mvc.perform(get("/review/appraisals/" + opened.id()).with(TestActors.as(actors.account("canbo"))))
                .andExpect(status().isNotFound());
    }
}
