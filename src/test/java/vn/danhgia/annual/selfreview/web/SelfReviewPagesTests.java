package vn.danhgia.annual.selfreview.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.danhgia.support.TestActors.as;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.support.ApiTokens;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Trịnh Đình Phong (NB013) writes his 2097 self-review on the page and through the API: opened from "Bản kiểm điểm
 * năm", points typed with a decimal comma, a wrong figure refused beside its item, submitting without a level refused
 * beside the level, and the API answering problem+json.
 */
@DemoDataTest
class SelfReviewPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestActors actors;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationContext context;

    Actor phong;

    @BeforeEach
    void december2097() {
        clean();
        clock.setDate(LocalDate.of(2097, 12, 1));
        phong = actors.cadre("NB013", Role.UNIT_HEAD);
    }

    @AfterEach
    void clean() {
        jdbc.update("delete from self_review_section where self_review_id in "
                + "(select id from self_review where review_year = 2097)");
        jdbc.update("delete from self_review_score where self_review_id in "
                + "(select id from self_review where review_year = 2097)");
        jdbc.update("delete from self_review where review_year = 2097");
        clock.setDate(LocalDate.of(2026, 6, 20));
    }

    @Test
    void theReviewIsOpenedPrefilledAndRefusalsStandBesideTheirFields() throws Exception {
        mvc.perform(get("/annual/self-review").param("year", "2097").with(as(phong)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"open-review\"")));
        String location = mvc.perform(post("/annual/self-review").param("year", "2097").with(as(phong)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", startsWith("/annual/self-reviews/")))
                .andReturn().getResponse().getHeader("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        mvc.perform(get(location).with(as(phong)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Quý I/2097: xếp loại chưa có kết quả.")))
                .andExpect(content().string(containsString("name=\"scores[2]\"")));

        mvc.perform(post(location).with(as(phong)).with(csrf()).param("version", "0")
                        .param("scores[1]", "18,5").param("scores[2]", "năm mươi"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Điểm phải là một số, ví dụ 18 hoặc 42,5.")));
        mvc.perform(post(location + "/submit").with(as(phong)).with(csrf()).param("version", "0")
                        .param("scores[1]", "18,5").param("scores[2]", "45").param("scores[3]", "27"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Hãy chọn mức tự xếp loại trước khi nộp.")));

        mvc.perform(put("/api/v1/annual/self-reviews/{id}", id)
                        .with(ApiTokens.bearer(ApiTokens.of(context, "truongphong")))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"proposedLevel\":\"GOOD\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/annual/self-reviews/{id}", id)
                        .with(ApiTokens.bearer(ApiTokens.of(context, "truongphong"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.form").value("MAU_2B"))
                .andExpect(jsonPath("$.frame.length()").value(3));
        mvc.perform(get("/api/v1/annual/self-reviews/{id}", id)
                        .with(ApiTokens.bearer(ApiTokens.of(context, "canbo"))))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
