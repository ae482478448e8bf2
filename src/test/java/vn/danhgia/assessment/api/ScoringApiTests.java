package vn.danhgia.assessment.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.danhgia.support.ApiTokens;

/** POST /api/v1/scoring/quarterly as another system calls it (issue 2 §5). */
@SpringBootTest
@AutoConfigureMockMvc
class ScoringApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    /** The administrator's personal access token, sent as Authorization: Bearer like another system sends it. */
    RequestPostProcessor admin() {
        return ApiTokens.bearer(ApiTokens.of(context, "admin"));
    }

    /** Seed 002 Phụ lục 2: "Tổng điểm = 30 + 88,47% x 70 = 91,93 điểm". */
    @Test
    void seed002WorkedExampleAnswers91point93() throws Exception {
        String body = score(ScoringRequests.seed002Example())
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getContentAsString();

        assertThat(body).isEqualTo("{\"generalPoints\":30.00,\"taskPoints\":61.93,\"total\":91.93,\"axes\":[{\"axis\":1,"
                + "\"maxPoints\":70,\"quantity\":0.8701,\"quality\":0.8896,\"timeliness\":0.8896,\"leadership\":0.8896,"
                + "\"kpi\":0.8847,\"points\":61.93}]}");
    }

    @Test
    void withoutCredentialsAnswers401ProblemJson() throws Exception {
        mvc.perform(post("/api/v1/scoring/quarterly").contentType(MediaType.APPLICATION_JSON)
                        .content(ScoringRequests.seed002Example()))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("xác thực")));
    }

    @Test
    void malformedJsonAnswers400ProblemJson() throws Exception {
        problem(score("{\"generalCriteria\": [")).andExpect(jsonPath("$.detail", containsString("JSON không đúng cú pháp")));
    }

    @Test
    void textInANumberFieldNamesTheField() throws Exception {
        problem(score(ScoringRequests.seed002Example().replace("\"plannedQuantity\":2", "\"plannedQuantity\":\"hai\"")))
                .andExpect(jsonPath("$.detail", containsString("axes[0].tasks[0].plannedQuantity: sai kiểu dữ liệu: phải là số")));
    }

    @Test
    void stringForABooleanIsRefused() throws Exception {
        problem(score(ScoringRequests.seed002Example().replaceFirst("\"met\":true", "\"met\":\"true\"")))
                .andExpect(jsonPath("$.errors[0].field").value("generalCriteria[0].met"));
    }

    @Test
    void unknownFieldIsNamed() throws Exception {
        problem(score(ScoringRequests.seed002Example().replace("\"doneQuantity\":1,", "\"doneQty\":1,\"doneQuantity\":1,")))
                .andExpect(jsonPath("$.detail", containsString("doneQty")));
    }

    @Test
    void missingCriterionIsNamed() throws Exception {
        problem(score(ScoringRequests.seed002Example().replace("{\"code\":\"3.2\",\"met\":true},", "")))
                .andExpect(jsonPath("$.errors[0].field").value("generalCriteria"))
                .andExpect(jsonPath("$.detail", containsString("thiếu tiêu chí 3.2")));
    }

    @Test
    void duplicatedCriterionIsNamed() throws Exception {
        problem(score(ScoringRequests.seed002Example().replace("{\"code\":\"3.2\",", "{\"code\":\"3.1\",")))
                .andExpect(jsonPath("$.detail", containsString("generalCriteria[14].code: mã tiêu chí \"3.1\" xuất hiện hơn một lần")));
    }

    @Test
    void unknownCriterionCodeIsNamed() throws Exception {
        problem(score(ScoringRequests.seed002Example().replace("{\"code\":\"3.2\",", "{\"code\":\"4.1\",")))
                .andExpect(jsonPath("$.detail", containsString("mã tiêu chí \"4.1\" không có")));
    }

    @Test
    void negativeDoneQuantityIsRefused() throws Exception {
        problem(score(ScoringRequests.seed002Example().replace("\"doneQuantity\":1,\"quality\":0.75",
                "\"doneQuantity\":-1,\"quality\":0.75")))
                .andExpect(jsonPath("$.detail", containsString("axes[0].tasks[0].doneQuantity: không được âm")));
    }

    @Test
    void zeroPlannedQuantityIsRefused() throws Exception {
        problem(score(ScoringRequests.seed002Example().replace("\"plannedQuantity\":2", "\"plannedQuantity\":0")))
                .andExpect(jsonPath("$.detail", containsString("plannedQuantity: phải lớn hơn 0")));
    }

    @Test
    void negativeFactorIsRefused() throws Exception {
        problem(score(ScoringRequests.seed002Example().replace("\"leadership\":0.75", "\"leadership\":-0.75")))
                .andExpect(jsonPath("$.detail", containsString("axes[0].tasks[0].leadership: không được âm")));
    }

    @Test
    void weightsNotAddingUpTo70AreRefused() throws Exception {
        problem(score(ScoringRequests.seed002Example().replace("\"maxPoints\":70", "\"maxPoints\":69")))
                .andExpect(jsonPath("$.detail", containsString("axes: tổng điểm tối đa của các trục phải bằng 70 (đang là 69)")));
    }

    @Test
    void axisOutOfRangeIsRefused() throws Exception {
        problem(score(ScoringRequests.seed002Example().replace("\"axis\":1", "\"axis\":7")))
                .andExpect(jsonPath("$.detail", containsString("axes[0].axis: số thứ tự trục phải từ 1 đến 6")));
    }

    @Test
    void duplicatedAxisIsRefused() throws Exception {
        String twoAxesOne = ScoringRequests.seed002Example().replace("\"maxPoints\":70", "\"maxPoints\":35")
                .replace("]}]}", "]},{\"axis\":1,\"maxPoints\":35,\"tasks\":[" + ScoringRequests.ONE_DONE_TASK + "]}]}");
        problem(score(twoAxesOne)).andExpect(jsonPath("$.detail", containsString("axes[1].axis: trục 1 xuất hiện hơn một lần")));
    }

    @Test
    void axisWithPointsButNoTaskIsRefused() throws Exception {
        String emptyAxis = ScoringRequests.seed002Example().replace("\"maxPoints\":70", "\"maxPoints\":60")
                .replace("]}]}", "]},{\"axis\":2,\"maxPoints\":10,\"tasks\":[]}]}");
        problem(score(emptyAxis)).andExpect(jsonPath("$.detail", containsString("axes[1].tasks: trục có điểm")));
    }

    @Test
    void absurdlyLargeNumberIsRefusedNotComputed() throws Exception {
        problem(score(ScoringRequests.seed002Example().replace("\"plannedQuantity\":2", "\"plannedQuantity\":1e999999")))
                .andExpect(jsonPath("$.detail", containsString("plannedQuantity: không được lớn hơn")));
    }

    @Test
    void emptyBodyIsRefused() throws Exception {
        problem(score("")).andExpect(jsonPath("$.detail", containsString("Thiếu nội dung")));
    }

    @Test
    void unknownSchemeIsRefused() throws Exception {
        problem(mvc.perform(post("/api/v1/scoring/quarterly").param("scheme", "KHONG-CO").with(admin())
                .contentType(MediaType.APPLICATION_JSON).content(ScoringRequests.seed002Example())))
                .andExpect(jsonPath("$.detail", containsString("KHONG-CO")));
    }

    private ResultActions score(String json) throws Exception {
        return mvc.perform(post("/api/v1/scoring/quarterly").with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private static ResultActions problem(ResultActions actions) throws Exception {
        return actions.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400));
    }
}
