package vn.danhgia.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danhgia.support.Browser;
import vn.danhgia.support.BrowserTest;
import vn.danhgia.support.MutableClock;

/**
 * The quarter III/2026 of Lương Thị Mai (canbo, Phó Trưởng phòng Kinh tế) in Chromium on the demo data: she plans the
 * quarter from the approved catalogue before 25/6 (seed 002 §4 Bước 1), her head Trịnh Đình Phong (truongphong)
 * approves the plan, and at the end of September she scores herself on Mẫu 03 and submits before the 30th (Bước 2).
 * Screenshots of each main page are kept in target/browser-screenshots.
 */
@BrowserTest
class QuarterlyCycleBrowserTests {

    @Autowired
    Browser browser;

    @Autowired
    MutableClock clock;

    private final LocalDate dayBefore = LocalDate.of(2026, 6, 20);

    @AfterEach
    void resetClock() {
        clock.setDate(dayBefore);
    }

    @Test
    void aCadrePlansTheQuarterHerHeadApprovesAndSheSubmitsHerSelfAssessment() {
        clock.setDate(LocalDate.of(2026, 6, 20));
        browser.login("canbo").open("/plans");
        browser.select("#quarter-select", "III/2026").click("#open-plan button[type=submit]").waitForPath("/plans/");
        assertThat(browser.text("h1")).isEqualTo("Kế hoạch công tác của cá nhân quý III/2026");

        // Her main axis is Trục 1 (40 points), Trục 2 supports it (30); she plans nothing on the other axes.
        browser.type("#axis-1", "40").type("#axis-2", "30").type("#axis-3", "0").type("#axis-4", "0")
                .type("#axis-5", "0").type("#axis-6", "0");
        browser.select("select[name='tasks[0].catalogItemId']", "2. Báo cáo kết quả thực hiện nhiệm vụ hằng quý (1)")
                .type("input[name='tasks[0].plannedQuantity']", "1")
                .click("button[name=add]");
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.name("tasks[1].catalogItemId")));
        browser.select("select[name='tasks[1].axis']", "2")
                .select("select[name='tasks[1].catalogItemId']", "4. Tờ trình về sinh hoạt đảng trực tuyến (1,5)")
                .type("input[name='tasks[1].plannedQuantity']", "1");
        browser.screenshot("01-plan-draft");
        browser.click("#submit-plan");
        browser.waitUntil(ExpectedConditions.alertIsPresent()).accept();
        browser.waitUntil(ExpectedConditions.textToBe(By.id("plan-status"), "Đã gửi, chờ phê duyệt"));
        browser.screenshot("02-plan-submitted");

        browser.login("truongphong").open("/plans");
        assertThat(browser.text("#waiting-plans")).contains("Lương Thị Mai");
        browser.screenshot("03-plans-awaiting-approval");
        browser.click("#waiting-plans a").waitForPath("/plans/");
        browser.type("#approve-note", "Đồng ý kế hoạch").click("#approve-plan");
        browser.waitUntil(ExpectedConditions.textToBe(By.id("plan-status"), "Đã phê duyệt"));
        browser.screenshot("04-plan-approved");

        clock.setDate(LocalDate.of(2026, 9, 25));
        browser.login("canbo").open("/assessment/self-assessments");
        browser.screenshot("05-self-assessments");
        browser.waitUntil(ExpectedConditions.elementToBeClickable(By.xpath(
                "//table[@id='my-quarters']//tr[td[contains(., 'III/2026')]]//form//button"))).click();
        browser.waitForPath("/assessment/self-assessments/");
        assertThat(browser.text("#cadre-name")).isEqualTo("Lương Thị Mai");
        assertThat(browser.findAll("tr.task-row")).hasSize(2);

        browser.type("input[name='tasks[0].doneQuantity']", "1")
                .type("input[name='tasks[1].doneQuantity']", "1")
                .select("select[name='tasks[1].quality']", "1,2")
                .select("select[name='proposedLevel']", "Hoàn thành tốt nhiệm vụ");
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("self-result"), "Hoàn thành"));
        browser.screenshot("06-self-assessment-filled");
        browser.click("#submit");
        browser.waitUntil(ExpectedConditions.alertIsPresent()).accept();
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("read-only")));
        assertThat(browser.text("#status")).isEqualTo("Đã nộp");
        assertThat(browser.findAll("#self-assessment-form")).isEmpty();
        browser.screenshot("07-self-assessment-submitted");
    }
}
