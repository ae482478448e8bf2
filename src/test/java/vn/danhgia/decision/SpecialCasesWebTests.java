package vn.danhgia.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.Actor;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Who may read a cadre's history and special cases and who may mark them, over the JSON API and the pages: Lương Thị
 * Mai (NB014, canbo) herself, her head Trịnh Đình Phong (truongphong), the personnel officer Lê Văn Hùng (tochuc), the
 * authority Đinh Quang Thắng (thamquyen), the inspection committee's Trần Minh Tuấn (kiemtra) and her colleague Hà
 * Quốc Bảo (NB015), for quarter I/2032.
 */
@DemoDataTest
class SpecialCasesWebTests {

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
    DeferralService deferrals;

    SpecialCaseFixture fixture;
    long mai;

    @BeforeEach
    void setUp() {
        fixture = new SpecialCaseFixture(jdbc, organization, access);
        clean();
        clock.setDate(LocalDate.of(2026, 9, 16));
        mai = fixture.cadre("NB014");
    }

    @AfterEach
    void clean() {
        fixture.clean(List.of("NB014", "NB015", "NB016"));
    }

    Actor account(String username) {
        return actors.account(username);
    }

    ResultActions defer(Actor actor, long cadre, int quarter, String body) throws Exception {
        return mvc.perform(put("/api/v1/cadres/{id}/quarters/2032/{q}/deferral", cadre, quarter)
                .with(TestActors.as(actor)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void historyIsSeenByTheCadreTheirHeadTheOfficerAndTheAuthorityAndNotFoundForOthers() throws Exception {
        fixture.rating("NB014", 2032, 1, RatingStatus.ANNOUNCED, RatingLevel.GOOD, null, null);
        for (String username : List.of("canbo", "truongphong", "tochuc", "thamquyen")) {
            mvc.perform(get("/api/v1/cadres/{id}/rating-history", mai).with(TestActors.as(account(username))))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.code").value("NB014"));
            mvc.perform(get("/review/history/{id}", mai).with(TestActors.as(account(username))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Hoàn thành tốt nhiệm vụ")));
        }
        for (Actor stranger : List.of(account("kiemtra"), actors.cadre("NB015"))) {
            mvc.perform(get("/api/v1/cadres/{id}/rating-history", mai).with(TestActors.as(stranger)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/review/history/{id}", mai).with(TestActors.as(stranger)))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/cadres/999999/rating-history").with(TestActors.as(account("tochuc"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/review/history/me").with(TestActors.as(account("canbo"))))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void anAbsurdYearOfAlertsIsRefusedInVietnamese() throws Exception {
        mvc.perform(get("/api/v1/rating-alerts").param("year", "-5").with(TestActors.as(account("thamquyen"))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Năm không hợp lệ: từ 2000 đến 2200.")));
        mvc.perform(get("/review/alerts").param("year", "99999").with(TestActors.as(account("thamquyen"))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Năm không hợp lệ")));
    }

    @Test
    void onlyThePersonnelOfficerServingTheUnitMarksAndTheRecordIsUnchangedAfterARefusal() throws Exception {
        String body = """
                {"kind":"TRAINING","note":"Học lớp Cao cấp lý luận chính trị tập trung 3 tháng"}""";
        defer(account("canbo"), mai, 1, body).andExpect(status().isForbidden());
        defer(account("truongphong"), mai, 1, body).andExpect(status().isForbidden());
        defer(account("thamquyen"), mai, 1, body).andExpect(status().isForbidden());
        defer(account("kiemtra"), mai, 1, body).andExpect(status().isNotFound());
        defer(actors.cadre("NB015"), mai, 1, body).andExpect(status().isNotFound());
        defer(account("tochuc"), 999999, 1, body).andExpect(status().isNotFound());
        assertThat(fixture.deferrals("NB014")).isZero();

        defer(account("tochuc"), mai, 1, body).andExpect(status().isOk())
                .andExpect(jsonPath("$.deferral.kind").value("TRAINING"))
                .andExpect(jsonPath("$.deferral.carriedInto.period").value("Q2"));
        for (String username : List.of("canbo", "truongphong", "thamquyen")) {
            mvc.perform(get("/api/v1/cadres/{id}/quarters/2032/1", mai).with(TestActors.as(account(username))))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.canMark").value(false));
        }
        mvc.perform(get("/api/v1/cadres/{id}/quarters/2032/1", mai).with(TestActors.as(account("kiemtra"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aMissingNoteOrAnUnknownKindIsRefusedInVietnameseAndNothingIsStored() throws Exception {
        defer(account("tochuc"), mai, 1, """
                {"kind":"TRAINING","note":"  "}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Nhập ghi chú")));
        defer(account("tochuc"), mai, 1, """
                {"kind":"VACATION","note":"Nghỉ phép"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Chọn một trường hợp")));
        mvc.perform(post("/review/deferrals/{id}/2032/1", mai).with(TestActors.as(account("tochuc"))).with(csrf())
                        .param("kind", "TRAINING").param("note", "").param("version", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Nhập ghi chú")));
        assertThat(fixture.deferrals("NB014")).isZero();
    }

    @Test
    void twoSessionsMarkingFromTheSameVersionTheSecondGetsAConflict() throws Exception {
        defer(account("tochuc"), mai, 2, """
                {"kind":"TRAINING","note":"Học tập trung"}""").andExpect(status().isOk());
        String stored = fixture.storedDeferral("NB014");
        defer(account("tochuc"), mai, 2, """
                {"kind":"UNDER_INVESTIGATION","note":"Kiểm tra dấu hiệu vi phạm"}""")
                .andExpect(status().isConflict());
        assertThat(fixture.storedDeferral("NB014")).isEqualTo(stored);
    }

    @Test
    void quarterFourIsRefusedWithTheSeedsReason() throws Exception {
        defer(account("tochuc"), mai, 4, """
                {"kind":"TRAINING","note":"Học tập trung"}""")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("không thực hiện việc đánh giá quý IV")));
        assertThat(fixture.deferrals("NB014")).isZero();
    }

    @Test
    void theAuthoritySeesAlertsWithLinksToHistoriesAndOthersAreRefused() throws Exception {
        fixture.decided("NB016", 2032, 1, RatingLevel.NOT_COMPLETED);
        fixture.decided("NB016", 2032, 2, RatingLevel.NOT_COMPLETED);
        long thao = fixture.cadre("NB016");
        mvc.perform(get("/review/alerts").param("year", "2032").with(TestActors.as(account("thamquyen"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/review/history/" + thao)))
                .andExpect(content().string(containsString("thực hiện ngay việc thay thế cán bộ")))
                .andExpect(content().string(containsString("không xếp loại “Hoàn thành xuất sắc nhiệm vụ” cả năm")));
        mvc.perform(get("/api/v1/rating-alerts").param("year", "2032").with(TestActors.as(account("thamquyen"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'NB016')].alerts[0].periods").value(2));
        // truongphong is an authority for his deputies (seed 000 §III.1.2) and may see their alerts.
        mvc.perform(get("/api/v1/rating-alerts").with(TestActors.as(account("truongphong"))))
                .andExpect(status().isOk());
        for (String username : List.of("canbo", "tochuc", "kiemtra")) {
            mvc.perform(get("/api/v1/rating-alerts").with(TestActors.as(account(username))))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/review/history/{id}", thao).with(TestActors.as(account("thamquyen"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Quý I/2032")))
                .andExpect(content().string(containsString("thực hiện ngay việc thay thế cán bộ")));
    }

    @Test
    void theOfficersPagesListSuggestionsAndMarkThroughTheForm() throws Exception {
        Actor hung = account("tochuc");
        mvc.perform(get("/review/deferrals").param("year", "2026").param("quarter", "3").with(TestActors.as(hung)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đề nghị xác nhận hoãn")))
                .andExpect(content().string(containsString("đính kèm vào hồ sơ đánh giá")));
        long hcTc = organization.unitByCode("VPUB-NB.HCTC").orElseThrow().id().value();
        mvc.perform(get("/review/deferrals/{id}", fixture.cadre("NB008")).param("year", "2026").param("quarter", "3")
                        .with(TestActors.as(hung)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/review/dossiers/" + hcTc + "/2026/3")));
        mvc.perform(post("/review/deferrals/{id}/2032/1", mai).with(TestActors.as(hung)).with(csrf())
                        .param("kind", "SICK_OR_MATERNITY_LEAVE").param("note", "Nghỉ thai sản").param("version", "-1"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/review/deferrals/{id}", mai).param("year", "2032").param("quarter", "2")
                        .with(TestActors.as(hung)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Xem xét cả kết quả của Quý I/2032")));
        mvc.perform(get("/review/deferrals").with(TestActors.as(account("canbo"))))
                .andExpect(status().isForbidden());
        assertThat(Map.of("rows", fixture.deferrals("NB014"))).containsEntry("rows", 1);
    }

    /**
     * The decision board shows beside each cadre what seed 002 §5 asks the authority to see and the deferral of
     * seed 002 §7 d): Mai (NB014) was NOT_COMPLETED in quarters I and II/2032; Bảo (NB015) is deferred for quarter
     * II/2032, so quarter III takes up its results.
     */
    @Test
    void theDecisionBoardShowsTheYearFlagTheAlertAndTheCarryOver() throws Exception {
        fixture.decided("NB014", 2032, 1, RatingLevel.NOT_COMPLETED);
        fixture.decided("NB014", 2032, 2, RatingLevel.NOT_COMPLETED);
        long bao = fixture.cadre("NB015");
        TestActors.runAs(account("tochuc"), () -> deferrals.defer(bao, 2032, 2, DeferralKind.UNDER_INVESTIGATION,
                "Thông báo kiểm tra số 5", null));
        clock.setDate(LocalDate.of(2032, 9, 16));
        String page = mvc.perform(get("/review/decisions").param("year", "2032").param("quarter", "3")
                        .with(TestActors.as(account("truongphong"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("thay thế ngay")
                .contains("không xếp loại “Hoàn thành xuất sắc nhiệm vụ” cả năm")
                .contains("Xem xét cả kết quả của Quý II/2032")
                .contains("/review/history/" + mai);
    }
}
