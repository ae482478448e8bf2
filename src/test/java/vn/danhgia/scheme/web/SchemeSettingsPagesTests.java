package vn.danhgia.scheme.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.AuditEntryView;
import vn.danhgia.platform.AuditTrail;
import vn.danhgia.rules.RatingRules;
import vn.danhgia.scheme.AxisDefinition;
import vn.danhgia.scheme.DeadlineStep;
import vn.danhgia.scheme.SchemeAdministration;
import vn.danhgia.scheme.SchemeDetails;
import vn.danhgia.scheme.SchemeService;
import vn.danhgia.scheme.SchemeSettings;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.TestActors;

/**
 * Issue 12, scheme settings page: thresholds, axis weights, deadlines and the complaint window are changed in the UI,
 * each refused value beside its field, a stale form refused, every change audited. Works on the Ninh Bình office's
 * scheme and puts its shipped settings back, since all demo tests share the database.
 */
@DemoDataTest
class SchemeSettingsPagesTests {

    private static final String NINH_BINH = "NB-VP-UBND-2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestActors testActors;
    @Autowired
    SchemeService schemes;
    @Autowired
    AuditTrail auditTrail;

    private SchemeSettings shipped;

    private Actor admin() {
        return testActors.account("admin");
    }

    @AfterEach
    void restoreShippedSettings() {
        if (shipped != null) {
            long current = schemes.get(NINH_BINH).orElseThrow().version();
            schemes.updateSettings(NINH_BINH, new SchemeSettings(current, shipped.ratingRules(),
                    shipped.axisMaxPoints(), shipped.deadlines(), shipped.complaintWindowDays(), shipped.secretBallot()));
        }
    }

    @Test
    void anAdministratorChangesTheComplaintWindowAndTheGoodBandWithAnAuditEntry() throws Exception {
        SchemeDetails before = scheme();
        shipped = SchemeSettings.of(before);

        mvc.perform(form(before, Map.of("goodMinPoints", "72.5", "complaintWindowDays", "20")))
                .andExpect(status().is3xxRedirection());

        SchemeDetails after = scheme();
        assertThat(after.scheme().complaintWindowDays()).isEqualTo(20);
        assertThat(after.scheme().ratingRules().goodMinPoints()).isEqualByComparingTo("72.5");
        assertThat(after.scheme().deadlines()).isEqualTo(before.scheme().deadlines());
        assertThat(after.version()).isGreaterThan(before.version());
        List<AuditEntryView> trail = auditTrail.ofRecord(SchemeAdministration.RECORD_TYPE, after.id());
        AuditEntryView last = trail.get(trail.size() - 1);
        assertThat(last.action()).isEqualTo("SCHEME_SETTINGS_CHANGED");
        assertThat(last.before()).contains("\"complaintWindowDays\":" + before.scheme().complaintWindowDays());
        assertThat(last.after()).contains("\"complaintWindowDays\":20", "72.5");
    }

    /** Issue 12: the secret ballot (bỏ phiếu kín) is a setting of the scheme like the others, audited. */
    @Test
    void anAdministratorTurnsOnTheSecretBallotWithAnAuditEntryAndAGarbledValueChangesNothing() throws Exception {
        SchemeDetails before = scheme();
        shipped = SchemeSettings.of(before);
        assertThat(mvc.perform(get("/admin/schemes/{code}", NINH_BINH).with(TestActors.as(admin())))
                .andReturn().getResponse().getContentAsString()).contains("name=\"secretBallot\"");

        String garbled = mvc.perform(form(before, Map.of("secretBallot", "có lẽ")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(garbled).contains("Giá trị không hợp lệ.");
        assertThat(scheme().version()).isEqualTo(before.version());

        mvc.perform(form(before, Map.of("secretBallot", "true"))).andExpect(status().is3xxRedirection());

        SchemeDetails after = scheme();
        assertThat(after.scheme().secretBallot()).isTrue();
        assertThat(after.scheme().complaintWindowDays()).isEqualTo(before.scheme().complaintWindowDays());
        List<AuditEntryView> trail = auditTrail.ofRecord(SchemeAdministration.RECORD_TYPE, after.id());
        AuditEntryView last = trail.get(trail.size() - 1);
        assertThat(last.action()).isEqualTo("SCHEME_SETTINGS_CHANGED");
        assertThat(last.before()).contains("\"secretBallot\":false");
        assertThat(last.after()).contains("\"secretBallot\":true");
    }

    @Test
    void axisWeightsThatDoNotAddUpToTheTaskMaximumAreShownBesideTheAxesAndNothingChanges() throws Exception {
        SchemeDetails before = scheme();

        String html = mvc.perform(form(before, Map.of("axes[0].maxPoints", "99")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Tổng điểm tối đa của các trục kết quả là");
        assertThat(scheme().version()).isEqualTo(before.version());
    }

    @Test
    void aShareAboveOneAndBandsOutOfOrderAreShownBesideTheirFields() throws Exception {
        SchemeDetails before = scheme();

        String share = mvc.perform(form(before, Map.of("excellentQuotaShare", "1.5")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(share).contains("phải từ 0 đến 1", "is-invalid");

        String bands = mvc.perform(form(before, Map.of("goodMinPoints", "95")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(bands).contains("Điểm tối thiểu phải giảm dần");

        String notANumber = mvc.perform(form(before, Map.of("completedMinPoints", "năm mươi")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(notANumber).contains("Giá trị không hợp lệ.");
        assertThat(scheme().version()).isEqualTo(before.version());
    }

    @Test
    void aFormReadBeforeAnotherChangeIsRefusedAndTheOtherChangeStays() throws Exception {
        SchemeDetails before = scheme();
        shipped = SchemeSettings.of(before);
        mvc.perform(form(before, Map.of("complaintWindowDays", "30"))).andExpect(status().is3xxRedirection());

        String html = mvc.perform(form(before, Map.of("complaintWindowDays", "10")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Phương án đánh giá vừa được người khác sửa.");
        assertThat(scheme().scheme().complaintWindowDays()).isEqualTo(30);
    }

    @Test
    void aCadreMayNotOpenTheSettings() throws Exception {
        mvc.perform(get("/admin/schemes/{code}", NINH_BINH).with(TestActors.as(testActors.account("canbo"))))
                .andExpect(status().isForbidden());
        assertThat(mvc.perform(get("/admin/schemes/{code}", NINH_BINH).with(TestActors.as(admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("id=\"settings-form\"", "id=\"past-results\"");
    }

    private SchemeDetails scheme() {
        return schemes.get(NINH_BINH).orElseThrow();
    }

    /** The settings form as drawn from the scheme, with some fields typed over. */
    private MockHttpServletRequestBuilder form(SchemeDetails details, Map<String, String> typed) {
        RatingRules rules = details.scheme().ratingRules();
        MockHttpServletRequestBuilder request = post("/admin/schemes/{code}", NINH_BINH).with(csrf())
                .with(TestActors.as(admin()));
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put("version", details.version());
        values.put("method", rules.method());
        values.put("excellentMinPoints", rules.excellentMinPoints());
        values.put("goodMinPoints", rules.goodMinPoints());
        values.put("completedMinPoints", rules.completedMinPoints());
        values.put("excellentMinBeyondShare", rules.excellentMinBeyondShare());
        values.put("completedMaxLateShare", rules.completedMaxLateShare());
        values.put("beyondFactorAbove", rules.beyondFactorAbove());
        values.put("shortfallFactorBelow", rules.shortfallFactorBelow());
        values.put("collectiveMinCompletion", rules.collectiveMinCompletion());
        values.put("excellentQuotaShare", rules.excellentQuotaShare());
        values.put("smallUnitLimit", rules.smallUnitLimit());
        values.put("quotaBase", rules.quotaBase());
        values.put("complaintWindowDays", details.scheme().complaintWindowDays());
        values.put("secretBallot", details.scheme().secretBallot());
        List<AxisDefinition> axes = details.scheme().axes();
        for (int index = 0; index < axes.size(); index++) {
            values.put("axes[" + index + "].number", axes.get(index).number());
            values.put("axes[" + index + "].maxPoints", axes.get(index).defaultMaxPoints());
        }
        DeadlineStep[] steps = DeadlineStep.values();
        for (int index = 0; index < steps.length; index++) {
            String row = "deadlines[" + index + "].";
            values.put(row + "step", steps[index]);
            details.scheme().deadline(steps[index]).ifPresent(deadline -> {
                values.put(row + "set", true);
                values.put(row + "month", deadline.month());
                values.put(row + "day", deadline.day());
                values.put(row + "inclusive", deadline.inclusive());
            });
        }
        values.putAll(typed);
        values.forEach((name, value) -> request.param(name, value instanceof BigDecimal number
                ? number.toPlainString() : String.valueOf(value)));
        return request;
    }
}
