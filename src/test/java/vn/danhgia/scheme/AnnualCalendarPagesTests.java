package vn.danhgia.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.danhgia.platform.Actor;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.TestActors;

/**
 * The annual calendars on the administrators' scheme pages: listed beside the schemes, a step's day changed and
 * audited, a wrong day refused beside its field, the API document listing the annual dossier endpoints.
 */
@DemoDataTest
class AnnualCalendarPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestActors actors;
    @Autowired
    AnnualCalendars calendars;
    @Autowired
    JdbcTemplate jdbc;

    AnnualCalendarView before;

    @AfterEach
    void restore() {
        if (before != null) {
            // Back to seed 004's days, as V65 ships them, for the other classes of this context.
            jdbc.update("update annual_calendar_step set day_of_month = 28 where step = 'DOSSIERS_UPWARD'"
                    + " and calendar_id = (select id from annual_calendar where code = 'DU-PHUONG-79-KH')");
            jdbc.update("delete from annual_calendar_unit where unit_code = 'SNV-NB'");
        }
    }

    MockHttpServletRequestBuilder form(AnnualCalendarView calendar, String dossiersDay) {
        MockHttpServletRequestBuilder request = post("/admin/schemes/annual/" + calendar.code()).with(csrf())
                .param("version", String.valueOf(calendar.version())).param("unitCodes", "SNV-NB");
        AnnualStep[] steps = AnnualStep.values();
        for (int i = 0; i < steps.length; i++) {
            request.param("steps[" + i + "].step", steps[i].name());
            int row = i;
            calendar.step(steps[i]).ifPresent(step -> {
                request.param("steps[" + row + "].set", "true");
                request.param("steps[" + row + "].month", String.valueOf(step.month()));
                request.param("steps[" + row + "].day", steps[row] == AnnualStep.DOSSIERS_UPWARD ? dossiersDay
                        : String.valueOf(step.day()));
                if (step.inclusive()) {
                    request.param("steps[" + row + "].inclusive", "true");
                }
                if (step.addressee() != null) {
                    request.param("steps[" + row + "].addressee", step.addressee());
                }
            });
        }
        return request;
    }

    @Test
    void anAdministratorMovesADayOfTheWardCalendarAndTheChangeIsAudited() throws Exception {
        Actor admin = actors.account("admin");
        before = calendars.byCode("DU-PHUONG-79-KH").orElseThrow();
        mvc.perform(get("/admin/schemes").with(TestActors.as(admin)).header("Accept-Language", "vi"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/admin/schemes/annual/DU-PHUONG-79-KH")));

        mvc.perform(form(before, "31").with(TestActors.as(admin)).header("Accept-Language", "vi"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Ngày không có trong tháng đã chọn.")));
        assertThat(calendars.byCode("DU-PHUONG-79-KH").orElseThrow().lastDayInTime(AnnualStep.DOSSIERS_UPWARD, 2026))
                .contains(LocalDate.of(2026, 11, 27));

        mvc.perform(form(before, "30").with(TestActors.as(admin)))
                .andExpect(redirectedUrl("/admin/schemes/annual/DU-PHUONG-79-KH"));

        AnnualCalendarView after = calendars.byCode("DU-PHUONG-79-KH").orElseThrow();
        assertThat(after.lastDayInTime(AnnualStep.DOSSIERS_UPWARD, 2026)).contains(LocalDate.of(2026, 11, 29));
        assertThat(after.unitCodes()).containsExactly("SNV-NB");
        assertThat(after.version()).isGreaterThan(before.version());
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'ANNUAL_CALENDAR_CHANGED'"
                + " and record_id = ?", Long.class, after.id())).isPositive();
        // A stale form changes nothing.
        mvc.perform(form(before, "20").with(TestActors.as(admin)).header("Accept-Language", "vi"))
                .andExpect(status().isOk());
        assertThat(calendars.byCode("DU-PHUONG-79-KH").orElseThrow().lastDayInTime(AnnualStep.DOSSIERS_UPWARD, 2026))
                .contains(LocalDate.of(2026, 11, 29));
    }

    @Test
    void onlyAdministratorsOpenTheCalendar() throws Exception {
        mvc.perform(get("/admin/schemes/annual/NB-VP-UBND-ANNUAL").with(TestActors.as(actors.account("tochuc"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theApiDocumentListsTheAnnualDossierEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs").with(TestActors.as(actors.account("admin"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/annual/dossiers'].get.tags[0]").value("Hồ sơ hằng năm"))
                .andExpect(jsonPath("$.paths['/api/v1/annual/dossiers/packages'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/annual/progress'].get").exists());
    }
}
