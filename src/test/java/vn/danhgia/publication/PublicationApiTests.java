package vn.danhgia.publication;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import vn.danhgia.decision.RatingFixture;
import vn.danhgia.decision.RatingStatus;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Announcement and complaints over JSON and on the pages for Phòng Kinh tế's quarter I/2032: each endpoint per role
 * (own, unit head, personnel officer, authority, inspection, stranger, a guessed id), the record unchanged after each
 * refusal.
 */
@DemoDataTest
class PublicationApiTests {

    static final Quarter Q = new Quarter(2032, 1);

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    TestActors actors;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    RatingFixture fixture;
    long mai;

    @BeforeEach
    void setUp() {
        fixture = new RatingFixture(context);
        clean();
        clock.setDate(LocalDate.of(2032, 3, 20));
        mai = fixture.decided("NB014", Q, RatingLevel.GOOD);
        fixture.decided("NB013", Q, RatingLevel.EXCELLENT);
    }

    @AfterEach
    void clean() {
        fixture.clean(Q);
    }

    String announcement() {
        return "/api/v1/announcements/" + fixture.unitId() + "/2032/1";
    }

    ResultActions announce(Actor actor) throws Exception {
        return mvc.perform(post(announcement()).with(TestActors.as(actor)).header("Accept-Language", "vi"));
    }

    ResultActions json(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, Actor actor,
                       String body) throws Exception {
        return mvc.perform(request.with(TestActors.as(actor)).contentType(MediaType.APPLICATION_JSON).content(body)
                .header("Accept-Language", "vi"));
    }

    @Test
    void announcePerRole() throws Exception {
        announce(actors.account("canbo")).andExpect(status().isForbidden());
        announce(actors.cadre("NB013", Role.UNIT_HEAD)).andExpect(status().isForbidden());
        announce(actors.account("kiemtra")).andExpect(status().isNotFound());
        announce(actors.cadre("NB036")).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/announcements/999999/2032/1").with(TestActors.as(actors.account("tochuc"))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/announcements/" + fixture.unitId() + "/2032/7")
                .with(TestActors.as(actors.account("tochuc")))).andExpect(status().isBadRequest());
        assertThat(fixture.status(mai)).isEqualTo(RatingStatus.DECIDED);
        announce(actors.account("thamquyen")).andExpect(status().isOk())
                .andExpect(jsonPath("$.announced.length()").value(2));
        announce(actors.account("tochuc")).andExpect(status().isConflict());
    }

    @Test
    void theAnnouncedListCarriesNoCommentsOrScores() throws Exception {
        announce(actors.account("tochuc")).andExpect(status().isOk());
        for (Actor reader : new Actor[] {actors.account("canbo"), actors.account("truongphong"),
                actors.account("tochuc"), actors.account("thamquyen")}) {
            String body = mvc.perform(get(announcement()).with(TestActors.as(reader)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.announced[1].fullName").value("Lương Thị Mai"))
                    .andExpect(jsonPath("$.announced[1].level").value("GOOD"))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).doesNotContain("Quyết định của Đảng ủy", "Đề xuất của Trưởng phòng", "decisionComment",
                    "headComment", "quota", "discrepancy");
        }
        mvc.perform(get(announcement()).with(TestActors.as(actors.account("kiemtra"))))
                .andExpect(status().isNotFound());
        mvc.perform(get(announcement()).with(TestActors.as(actors.cadre("NB036")))).andExpect(status().isNotFound());
        String page = mvc.perform(get("/review/announcements/" + fixture.unitId() + "/2032/1")
                        .with(TestActors.as(actors.account("canbo"))).header("Accept-Language", "vi"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Lương Thị Mai", "Hoàn thành tốt nhiệm vụ").doesNotContain("Quyết định của Đảng ủy",
                "id=\"announce\"");
    }

    @Test
    void complaintsPerRoleAndTwoSessionsAnsweringTheSameVersion() throws Exception {
        announce(actors.account("tochuc")).andExpect(status().isOk());
        String complaint = "{\"ratingId\": " + mai + ", \"text\": \"Đề nghị xem xét lại mức xếp loại.\"}";
        json(post("/api/v1/complaints"), actors.account("truongphong"), complaint).andExpect(status().isForbidden());
        json(post("/api/v1/complaints"), actors.account("tochuc"), complaint).andExpect(status().isForbidden());
        json(post("/api/v1/complaints"), actors.account("thamquyen"), complaint).andExpect(status().isForbidden());
        json(post("/api/v1/complaints"), actors.account("kiemtra"), complaint).andExpect(status().isNotFound());
        json(post("/api/v1/complaints"), actors.cadre("NB036"), complaint).andExpect(status().isNotFound());
        json(post("/api/v1/complaints"), actors.account("canbo"), "{\"ratingId\": 999999, \"text\": \"x\"}")
                .andExpect(status().isNotFound());
        json(post("/api/v1/complaints"), actors.account("canbo"), "{\"ratingId\": " + mai + ", \"text\": \" \"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Vui lòng nhập nội dung khiếu nại, kiến nghị."));
        String filed = json(post("/api/v1/complaints"), actors.account("canbo"), complaint)
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long id = Long.parseLong(filed.replaceAll("^\\{\"id\":(\\d+).*$", "$1"));
        String path = "/api/v1/complaints/" + id;

        mvc.perform(get(path).with(TestActors.as(actors.account("canbo")))).andExpect(status().isOk());
        mvc.perform(get(path).with(TestActors.as(actors.account("kiemtra")))).andExpect(status().isOk());
        mvc.perform(get(path).with(TestActors.as(actors.account("tochuc")))).andExpect(status().isOk());
        mvc.perform(get(path).with(TestActors.as(actors.account("truongphong")))).andExpect(status().isForbidden());
        mvc.perform(get(path).with(TestActors.as(actors.account("thamquyen")))).andExpect(status().isForbidden());
        mvc.perform(get(path).with(TestActors.as(actors.cadre("NB036")))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/complaints/999999").with(TestActors.as(actors.account("kiemtra"))))
                .andExpect(status().isNotFound());

        String assign = "{\"version\": 0, \"inspectorCadreId\": " + fixture.cadre("NB003") + "}";
        json(post(path + "/assignment"), actors.account("canbo"), assign).andExpect(status().isForbidden());
        json(post(path + "/assignment"), actors.account("tochuc"), assign).andExpect(status().isForbidden());
        json(post(path + "/assignment"), actors.cadre("NB036"), assign).andExpect(status().isNotFound());
        json(post(path + "/assignment"), actors.account("kiemtra"), assign).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ASSIGNED"));
        long version = jdbc.queryForObject("select version from complaint where id = ?", Long.class, id);

        String answer = "{\"version\": " + version + ", \"upheld\": true, \"answer\": \"Chấp nhận, xếp loại lại.\"}";
        json(post(path + "/answer"), actors.account("canbo"), answer).andExpect(status().isForbidden());
        json(post(path + "/answer"), actors.account("thamquyen"), answer).andExpect(status().isForbidden());
        json(post(path + "/answer"), actors.account("kiemtra"), "{\"version\": " + version + ", \"upheld\": true}")
                .andExpect(status().isBadRequest());
        assertThat(fixture.status(mai)).isEqualTo(RatingStatus.ANNOUNCED);
        json(post(path + "/answer"), actors.account("kiemtra"), answer).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UPHELD"));
        json(post(path + "/answer"), actors.account("kiemtra"),
                "{\"version\": " + version + ", \"upheld\": false, \"answer\": \"Giữ nguyên.\"}")
                .andExpect(status().isConflict());
        assertThat(fixture.status(mai)).isEqualTo(RatingStatus.CANCELLED);
        mvc.perform(get("/api/v1/ratings/mine").with(TestActors.as(actors.account("canbo"))))
                .andExpect(jsonPath("$[?(@.ratingId == " + mai + ")].status").value("CANCELLED"));
    }

    @Test
    void pagesForTheCadreAndTheInspectionCommittee() throws Exception {
        announce(actors.account("tochuc")).andExpect(status().isOk());
        String results = mvc.perform(get("/review/results").with(TestActors.as(actors.account("canbo")))
                        .header("Accept-Language", "vi"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(results).contains("Gửi khiếu nại, kiến nghị", "/review/results/" + mai + "/complaints", "_csrf");
        mvc.perform(post("/review/results/" + mai + "/complaints").param("text", "Đề nghị xem xét lại.")
                        .with(TestActors.as(actors.account("canbo")))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .csrf()))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.queryForObject("select id from complaint where rating_id = ?", Long.class, mai);
        String list = mvc.perform(get("/review/complaints").with(TestActors.as(actors.account("kiemtra")))
                        .header("Accept-Language", "vi"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("Lương Thị Mai", "/review/complaints/" + id);
        String detail = mvc.perform(get("/review/complaints/" + id).with(TestActors.as(actors.account("kiemtra")))
                        .header("Accept-Language", "vi"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(detail).contains("Đề nghị xem xét lại.", "Giao xử lý", "Trần Minh Tuấn");
        mvc.perform(get("/review/complaints/" + id).with(TestActors.as(actors.cadre("NB036"))))
                .andExpect(status().isNotFound());
    }
}
