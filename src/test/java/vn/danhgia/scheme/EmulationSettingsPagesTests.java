package vn.danhgia.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.danhgia.platform.Actor;
import vn.danhgia.rules.DisciplineForm;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.emulation.EmulationThresholds;
import vn.danhgia.rules.emulation.MinimumShare;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.TestActors;

/**
 * Issue 14 §3: the emulation thresholds stored per annual calendar. A unit under the Ninh Bình office's calendar
 * (VPUB-NB and the units below it) follows what an administrator stored, a unit under another calendar or none keeps
 * the law's values; a wrong value or a stale form is refused in Vietnamese and changes nothing; every change is
 * audited; only administrators open the page.
 */
@DemoDataTest
class EmulationSettingsPagesTests {

    private static final String CALENDAR = "NB-VP-UBND-ANNUAL";
    private static final String PAGE = "/admin/schemes/annual/" + CALENDAR + "/emulation";
    /** A unit of the office, nearest first, as the emulation module asks (the codes below VPUB-NB are made up). */
    private static final List<String> OFFICE_UNIT = List.of("VPUB-NB.KT", "VPUB-NB");
    private static final List<String> WARD = List.of("P-NN");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestActors actors;
    @Autowired
    EmulationSettings settings;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void backToTheLaw() {
        // The other classes of this context read the law's values.
        jdbc.update("delete from emulation_settings");
    }

    /** The law's values but the ones a test changes. */
    private static MockHttpServletRequestBuilder form(String version, String minMonthsWorked, String sharePercent,
            String provincialChain) {
        MockHttpServletRequestBuilder request = post(PAGE).with(csrf()).param("version", version)
                .param("advancedWorkerMinLevel", "GOOD").param("minMonthsWorked", minMonthsWorked)
                .param("maxWorkingDaysOff", "40").param("fighterSharePercent", sharePercent)
                .param("fighterShareRounding", "DOWN").param("provincialFighterChain", provincialChain)
                .param("nationalFighterChain", "2").param("certificateGoodYears", "2")
                .param("provincialMeritExcellentYears", "2").param("provincialMeritInitiatives", "2")
                .param("primeMinisterMeritExcellentYears", "5").param("primeMinisterMeritInitiatives", "5")
                .param("advancedCollectivePercent", "60").param("excellentCollectivePercent", "70")
                .param("collectiveDisciplineBar", "WARNING").param("titleVotePercent", "50")
                .param("titleVoteMoreThan", "true").param("fighterVotePercent", "70")
                .param("highFighterVotePercent", "90");
        // Left out: advancedCollectiveMoreThan and lateRegistrationBlocks, unticked (Spring's "_" markers say so).
        return request.param("_advancedCollectiveMoreThan", "on").param("_lateRegistrationBlocks", "on");
    }

    private long audited() {
        return jdbc.queryForObject("select count(*) from audit_entry where action = 'EMULATION_SETTINGS_CHANGED'",
                Long.class);
    }

    @Test
    void theLawsValuesApplyUntilAnAdministratorStoresOthers() throws Exception {
        assertThat(settings.forUnitCodes(OFFICE_UNIT)).isEqualTo(EmulationThresholds.defaults());
        mvc.perform(get(PAGE).with(TestActors.as(actors.account("admin"))).header("Accept-Language", "vi"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Lịch này đang dùng giá trị theo luật.")))
                .andExpect(content().string(Matchers.containsString("Theo luật: trên 50 %")));
    }

    @Test
    void storedValuesAreWhatTheCalendarsUnitsGet() throws Exception {
        Actor admin = actors.account("admin");
        long auditedBefore = audited();

        mvc.perform(form("", "8", "12.5", "4").with(TestActors.as(admin))).andExpect(redirectedUrl(PAGE));

        EmulationThresholds stored = settings.forUnitCodes(OFFICE_UNIT);
        EmulationThresholds law = EmulationThresholds.defaults();
        assertThat(stored.minMonthsWorked()).isEqualTo(8);
        assertThat(stored.fighterShareOfAdvanced()).isEqualByComparingTo(new BigDecimal("0.125"));
        assertThat(stored.fighterShareRounding()).isEqualTo(RoundingMode.DOWN);
        assertThat(stored.provincialFighterChain()).isEqualTo(4);
        assertThat(stored.advancedCollectiveShare()).isEqualTo(MinimumShare.atLeast(60));
        assertThat(stored.lateRegistrationBlocks()).isFalse();
        assertThat(stored.advancedWorkerMinLevel()).isEqualTo(RatingLevel.GOOD);
        assertThat(stored.collectiveDisciplineBar()).isEqualTo(DisciplineForm.WARNING);
        assertThat(stored.highFighterVote()).isEqualTo(law.highFighterVote());
        assertThat(stored.titleVote()).isEqualTo(law.titleVote());
        // The ward's calendar stored nothing: its units keep the law's values.
        assertThat(settings.forUnitCodes(WARD)).isEqualTo(law);
        assertThat(settings.forUnitCodes(List.of("NO-SUCH-UNIT"))).isEqualTo(law);
        assertThat(audited()).isEqualTo(auditedBefore + 1);
        String[] states = jdbc.queryForObject("select before_state, after_state from audit_entry"
                + " where action = 'EMULATION_SETTINGS_CHANGED' order by id desc limit 1",
                (row, number) -> new String[] {row.getString(1), row.getString(2)});
        assertThat(states[0]).contains("\"minMonthsWorked\":10", "\"fighterSharePercent\":15");
        assertThat(states[1]).contains("\"minMonthsWorked\":8", "\"fighterSharePercent\":12.5",
                "\"lateRegistrationBlocks\":false");
        mvc.perform(get("/audit").with(TestActors.as(admin)).header("Accept-Language", "vi"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("đã sửa thông số thi đua, khen thưởng")))
                .andExpect(content().string(Matchers.containsString("Số tháng công tác tối thiểu")));

        mvc.perform(get(PAGE).with(TestActors.as(admin)).header("Accept-Language", "vi"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"12.5\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("đang dùng giá trị theo luật"))));

        // A second change, at the version the page now holds, is stored over the first.
        mvc.perform(form("0", "9", "15", "3").with(TestActors.as(admin))).andExpect(redirectedUrl(PAGE));
        assertThat(settings.forUnitCodes(OFFICE_UNIT).minMonthsWorked()).isEqualTo(9);
        assertThat(settings.forUnitCodes(OFFICE_UNIT).fighterShareOfAdvanced())
                .isEqualByComparingTo(new BigDecimal("0.15"));
        assertThat(audited()).isEqualTo(auditedBefore + 2);
    }

    @Test
    void wrongValuesAreRefusedBesideTheirFieldsAndChangeNothing() throws Exception {
        long auditedBefore = audited();
        mvc.perform(form("", "13", "150", "0").with(TestActors.as(actors.account("admin")))
                        .header("Accept-Language", "vi"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Hãy nhập một số từ 0 đến 12.")))
                .andExpect(content().string(Matchers.containsString("Hãy nhập một số từ 0 đến 100.")))
                .andExpect(content().string(Matchers.containsString("Hãy nhập một số từ 1 đến 20.")));
        mvc.perform(form("", "abc", "15", "3").with(TestActors.as(actors.account("admin")))
                        .header("Accept-Language", "vi"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Giá trị không hợp lệ.")));
        mvc.perform(form("", "10", "15.125", "3").with(TestActors.as(actors.account("admin")))
                        .header("Accept-Language", "vi"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("tối đa hai chữ số thập phân")));

        assertThat(jdbc.queryForObject("select count(*) from emulation_settings", Long.class)).isZero();
        assertThat(settings.forUnitCodes(OFFICE_UNIT)).isEqualTo(EmulationThresholds.defaults());
        assertThat(audited()).isEqualTo(auditedBefore);
    }

    @Test
    void aStaleFormIsRefusedAndChangesNothing() throws Exception {
        Actor admin = actors.account("admin");
        mvc.perform(form("", "8", "15", "3").with(TestActors.as(admin))).andExpect(redirectedUrl(PAGE));
        long auditedBefore = audited();

        // Read before the first save, sent after it.
        mvc.perform(form("", "11", "15", "3").with(TestActors.as(admin)).header("Accept-Language", "vi"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("vừa được người khác sửa")));
        mvc.perform(form("7", "11", "15", "3").with(TestActors.as(admin)).header("Accept-Language", "vi"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("vừa được người khác sửa")));

        assertThat(settings.forUnitCodes(OFFICE_UNIT).minMonthsWorked()).isEqualTo(8);
        assertThat(audited()).isEqualTo(auditedBefore);
    }

    @Test
    void onlyAdministratorsOpenOrChangeTheSettings() throws Exception {
        for (String username : List.of("tochuc", "thamquyen", "hoidong")) {
            mvc.perform(get(PAGE).with(TestActors.as(actors.account(username)))).andExpect(status().isForbidden());
            mvc.perform(form("", "8", "15", "3").with(TestActors.as(actors.account(username))))
                    .andExpect(status().isForbidden());
        }
        assertThat(settings.forUnitCodes(OFFICE_UNIT)).isEqualTo(EmulationThresholds.defaults());
    }

    @Test
    void theCalendarPageLeadsToTheSettings() throws Exception {
        mvc.perform(get("/admin/schemes/annual/" + CALENDAR).with(TestActors.as(actors.account("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(PAGE)));
    }
}
