package vn.danhgia.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.Browser;
import vn.danhgia.support.BrowserTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.SubmittedSelfAssessments;

/**
 * Quarter I/2027 of Phòng Kinh tế from submitted self-assessments to an announced result re-rated after a complaint,
 * in Chromium on the demo data (seed 002 §4 Bước 3–6, seed 000 §III.4–5, §IV.4, §II.2). Its leaders are the head
 * Trịnh Đình Phong (truongphong, NB013) and two deputies, Lương Thị Mai (canbo, NB014) and Hà Quốc Bảo (NB015), whose
 * quarter the head's unit decides (seed 000 §III.1.2). Both deputies qualify for EXCELLENT, but a unit of fewer than 5
 * leaders has one place (seed 000 §III.3.1), and Bảo ranks first; the attempt to give it to Mai is refused.
 */
@BrowserTest
class FullQuarterBrowserTests {

    private static final Quarter QUARTER = new Quarter(2027, 1);

    @Autowired
    Browser browser;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganizationQueries organization;

    @Autowired
    AccessScopes access;

    @AfterEach
    void resetClock() {
        clock.setDate(LocalDate.of(2026, 6, 20));
    }

    @Test
    void aUnitsQuarterRunsFromAppraisalToAnnouncementAndAnUpheldComplaintIsReRated() {
        SubmittedSelfAssessments quarter = new SubmittedSelfAssessments(jdbc, organization, access);
        quarter.appraised("NB013", QUARTER, 1, true, "EXCELLENT");
        quarter.submitted("NB014", QUARTER, 2, true, "EXCELLENT");
        quarter.appraised("NB015", QUARTER, 3, true, "EXCELLENT");
        clock.setDate(LocalDate.of(2027, 3, 26));

        appraisalOfMai();
        councilVote();
        decisionsWithTheQuotaConflict();
        clock.setDate(LocalDate.of(2027, 3, 30));
        announce();
        clock.setDate(LocalDate.of(2027, 4, 2));
        long complained = complaintOfMai();
        clock.setDate(LocalDate.of(2027, 4, 5));
        inspectionUpholds();
        clock.setDate(LocalDate.of(2027, 4, 6));
        reRatingOfMai(complained);
    }

    /** Seed 002 §4 Bước 3: the personnel office appraises Mai's self-assessment and proposes a level. */
    private void appraisalOfMai() {
        browser.login("tochuc").open("/review/appraisals");
        browser.click("#awaiting tr:has(a[href*='/review/history/" + id("NB014") + "']) form button");
        browser.waitForPath("/review/appraisals/");
        browser.select("#proposedLevel", "Hoàn thành xuất sắc nhiệm vụ");
        browser.screenshot("11-appraisal");
        browser.submit("button[name=complete]");
        assertThat(browser.find("#proposedLevel").isEnabled()).isFalse();
    }

    /**
     * Seed 000 §III.4: the council of the unit votes a level for each leader (Mẫu 02), never on oneself; issue 12: the
     * attendance is recorded first, the ballot shows each leader's figures, and closing asks for confirmation.
     */
    private void councilVote() {
        browser.open("/review/councils/new");
        browser.selectValue("#unitId", String.valueOf(unit("VPUB-NB.KT")))
                .type("#year", "2027").selectValue("#quarter", "1")
                .selectValue("#members0\\.cadreId", String.valueOf(id("NB013"))).selectValue("#members0\\.role", "CHAIR")
                .selectValue("#members1\\.cadreId", String.valueOf(id("NB014"))).selectValue("#members1\\.role", "MEMBER")
                .selectValue("#members2\\.cadreId", String.valueOf(id("NB002"))).selectValue("#members2\\.role", "SECRETARY");
        browser.submit("#council-form button[type=submit]");
        browser.click("form[action*='/sessions'] button[type=submit]");
        browser.waitForPath("/review/councils/sessions/");
        String minutes = browser.driver().getCurrentUrl();
        browser.findAll("#attendance-form input[name=present]").forEach(WebElement::click);
        browser.submit("#attendance-form button[type=submit]");
        assertThat(browser.text("tr[data-subject=NB015] td.appraised")).contains("Hoàn thành xuất sắc nhiệm vụ");

        vote("truongphong", minutes, "NB014", "Hoàn thành xuất sắc nhiệm vụ");
        vote("truongphong", minutes, "NB015", "Hoàn thành xuất sắc nhiệm vụ");
        vote("canbo", minutes, "NB013", "Hoàn thành tốt nhiệm vụ");
        vote("canbo", minutes, "NB015", "Hoàn thành xuất sắc nhiệm vụ");
        vote("hoidong", minutes, "NB013", "Hoàn thành tốt nhiệm vụ");
        vote("hoidong", minutes, "NB014", "Hoàn thành xuất sắc nhiệm vụ");
        vote("hoidong", minutes, "NB015", "Hoàn thành xuất sắc nhiệm vụ");
        browser.login("truongphong");
        browser.driver().get(minutes);
        browser.click("#close-session");
        browser.waitForPath(minutes.replace(browser.baseUrl(), "").replace("/minutes", "/close"));
        assertThat(browser.text("#close-effects")).contains("không thành viên nào được bỏ phiếu hoặc sửa phiếu nữa");
        browser.submit("#close-form button[type=submit]");
        assertThat(browser.findAll("#close-session")).isEmpty();
        assertThat(browser.text("main p")).contains("Phòng Kinh tế — Quý I/2027");
        assertThat(browser.text("tr[data-subject=NB015] td:nth-last-child(1)"))
                .contains("Hoàn thành xuất sắc nhiệm vụ");
        browser.screenshot("12-council-minutes");
    }

    private void vote(String account, String minutes, String subject, String level) {
        browser.login(account);
        browser.driver().get(minutes);
        String row = "tr[data-subject=" + subject + "] ";
        browser.select(row + "select[name=level]", level);
        browser.submit(row + "button");
    }

    /**
     * Seed 002 §4 Bước 4 and §6.1: the head decides for his deputies; one EXCELLENT place goes to the first in the
     * ranking, so EXCELLENT for Mai is refused and she is rated GOOD. The office's leadership decides for the head.
     */
    private void decisionsWithTheQuotaConflict() {
        browser.login("truongphong").open("/review/decisions?year=2027&quarter=1");
        browser.screenshot("13-decision-board");
        decide("NB014", "Hoàn thành xuất sắc nhiệm vụ");
        assertThat(browser.text("#refusal")).contains("suất");
        browser.screenshot("14-quota-refused");
        decide("NB015", "Hoàn thành xuất sắc nhiệm vụ");
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("row-NB015"), "Đã quyết định"));
        decide("NB014", "Hoàn thành tốt nhiệm vụ");
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("row-NB014"), "Đã quyết định"));

        browser.login("thamquyen").open("/review/decisions?year=2027&quarter=1");
        // Heads of departments decided together are peers: 20 % of the one appraised so far gives no place.
        assertThat(browser.text("#row-NB013 .quota-outcome")).isEqualTo("Ngoài số suất");
        decide("NB013", "Hoàn thành tốt nhiệm vụ");
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("row-NB013"), "Đã quyết định"));
        browser.screenshot("15-decided");
    }

    /** Seed 002 §4 Bước 6: the personnel office publishes the unit's results; they are locked from then on. */
    private void announce() {
        browser.login("tochuc").open("/review/announcements/" + unit("VPUB-NB.KT") + "/2027/1");
        browser.submit("#announce");
        assertThat(browser.text("#announced-list")).contains("Hà Quốc Bảo", "Lương Thị Mai", "Trịnh Đình Phong",
                "Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ");
        browser.screenshot("16-announced");
    }

    /** Seed 000 §III.5 (3): Mai complains about her announced result within the window. */
    private long complaintOfMai() {
        long rating = liveRating("NB014");
        browser.login("canbo").open("/review/results");
        browser.type("#text-" + rating, "Đề nghị xem xét lại: hai trong ba nhiệm vụ vượt mức yêu cầu.");
        browser.screenshot("17-complaint");
        browser.submit("#rating-" + rating + " form button[type=submit]");
        return rating;
    }

    /**
     * Seed 000 §IV.4: the inspection committee handles the complaint; upheld, the result is cancelled for re-rating
     * (seed 000 §II.2 "xem xét hủy bỏ, đánh giá, xếp loại lại").
     */
    private void inspectionUpholds() {
        browser.login("kiemtra").open("/review/complaints");
        browser.click("table a[href*='/review/complaints/']");
        browser.waitForPath("/review/complaints/");
        browser.selectValue("#inspectorCadreId", String.valueOf(id("NB003")));
        browser.submit("form[action$='/assignment'] button[type=submit]");
        browser.type("#answer", "Kiểm tra lại hồ sơ thẩm định: chấp nhận khiếu nại, đề nghị xếp loại lại.")
                .click("#outcome-upheld");
        browser.submit("form[action$='/answer'] button[type=submit]");
        assertThat(browser.text("#status")).isEqualTo("Được chấp nhận");
        browser.screenshot("18-complaint-upheld");
    }

    /** The cancelled result frees Mai's quarter: the head decides again, and the new result is announced. */
    private void reRatingOfMai(long cancelled) {
        browser.login("truongphong").open("/review/decisions?year=2027&quarter=1");
        assertThat(browser.text("#row-NB014")).contains("Chưa");
        browser.type("#row-NB014 .decide-form textarea[name=comment]", "Xếp loại lại sau khiếu nại được chấp nhận");
        decide("NB014", "Hoàn thành tốt nhiệm vụ");
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("row-NB014"), "Đã quyết định"));
        browser.screenshot("19-re-rated");

        browser.login("tochuc").open("/review/announcements/" + unit("VPUB-NB.KT") + "/2027/1");
        browser.submit("#announce");
        browser.login("canbo").open("/review/results");
        assertThat(browser.text("#rating-" + cancelled)).contains("Đã hủy bỏ");
        assertThat(browser.text("#rating-" + liveRating("NB014"))).contains("Hoàn thành tốt nhiệm vụ", "Đã thông báo");
        assertThat(jdbc.queryForObject("select replaces_id from quarter_rating where id = ?", Long.class,
                liveRating("NB014"))).isEqualTo(cancelled);
        browser.screenshot("20-results-after-re-rating");
    }

    private long liveRating(String code) {
        return jdbc.queryForObject("select id from quarter_rating where cadre_id = ? and period_year = 2027 "
                + "and period_quarter = 1 and status <> 'CANCELLED'", Long.class, id(code));
    }

    private void decide(String code, String level) {
        browser.select("#decide-level-" + code, level);
        browser.submit("#row-" + code + " .decide-form button[type=submit]");
    }

    private long id(String code) {
        return organization.cadreByCode(code).orElseThrow().id().value();
    }

    private long unit(String code) {
        return organization.unitByCode(code).orElseThrow().id().value();
    }
}
