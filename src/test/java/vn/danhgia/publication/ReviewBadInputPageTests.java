package vn.danhgia.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.danhgia.platform.Actor;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.TestActors;

/**
 * Pages of the review module answer a quarter outside 1–4, a year outside the range or a form field the page never
 * offers with 400 and a Vietnamese message, never a stack trace, and nothing is changed.
 */
@DemoDataTest
class ReviewBadInputPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestActors actors;

    @Autowired
    JdbcTemplate jdbc;

    String page(MockHttpServletRequestBuilder request, Actor actor) throws Exception {
        return mvc.perform(request.with(TestActors.as(actor)).header("Accept-Language", "vi"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    int ratings() {
        return jdbc.queryForObject("select count(*) from quarter_rating", Integer.class);
    }

    @Test
    void decisionFormsWithAQuarterOutsideOneToFourShowTheBoardWithTheRule() throws Exception {
        int before = ratings();
        long canbo = actors.account("canbo").cadreId().orElseThrow();
        for (String action : new String[] {"propose", "decide", "propose-upward", "higher-decision"}) {
            for (String[] period : new String[][] {{"2026", "9"}, {"-1", "1"}}) {
                String body = page(post("/review/decisions/" + action).with(csrf())
                        .param("cadre", String.valueOf(canbo)).param("year", period[0])
                        .param("quarter", period[1]).param("level", "GOOD"), actors.account("thamquyen"));
                assertThat(body).contains("Quý không hợp lệ: năm từ 2000 đến 2100, quý từ 1 đến 4.");
            }
        }
        page(post("/review/decisions/collective").with(csrf()).param("unit", "1").param("year", "2026")
                .param("quarter", "9").param("assigned", "1").param("done", "1"), actors.account("thamquyen"));
        assertThat(ratings()).isEqualTo(before);
    }

    @Test
    void addressesWithAQuarterOutsideOneToFourAreRefusedWithTheRule() throws Exception {
        Actor tochuc = actors.account("tochuc");
        for (String address : new String[] {"/review/announcements/1/2026/9", "/review/dossiers/1/-1/1",
                "/review/deferrals?year=2026&quarter=9", "/review/deferrals/1?year=2026&quarter=9"}) {
            assertThat(page(get(address), tochuc)).contains("1 đến 4", "2000 đến 2200").doesNotContain("Exception");
        }
        page(post("/review/announcements/1/2026/9").with(csrf()), tochuc);
        page(post("/review/deferrals/1/-1/1").with(csrf()).param("kind", "ILLNESS").param("note", "x"), tochuc);
    }

    @Test
    void aCouncilMemberRowThePageNeverOfferedIsRefused() throws Exception {
        assertThat(page(post("/review/councils").with(csrf()).param("members[99999].cadreId", "1"),
                actors.account("tochuc"))).contains("Không thực hiện được yêu cầu (mã 400)");
    }
}
