package vn.danhgia.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import vn.danhgia.scheme.DeadlineStep;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.scheme.SchemeCatalog;
import vn.danhgia.support.Browser;
import vn.danhgia.support.MutableClock;

/**
 * Issue 12 §5 and "Late work has a path" in Chromium, on the demo started on 6 December 2026 with its history on (its
 * own database, under the demo's own scheme): quarter IV is not rated, so the working quarter is III/2026, whose
 * self-assessment deadline has passed. Each cadre starts from the home page's to-do list. The head of Phòng Kinh tế (truongphong) extends Lương Thị Mai's (canbo) deadline from her page; she submits
 * within it, in time. He then submits his own self-assessment without an extension: it is taken and marked late.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:browser-december;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "danhgia.demo.history.enabled=true"})
@ActiveProfiles("demo")
@Import({DecemberDemoBrowserTests.StartedInDecember.class, Browser.class})
class DecemberDemoBrowserTests {

    static final LocalDate START = LocalDate.of(2026, 12, 6);

    /** The clock stands at the start day before the demo loaders run. */
    @TestConfiguration(proxyBeanMethods = false)
    static class StartedInDecember {

        @Bean
        @Primary
        MutableClock decemberClock() {
            MutableClock clock = new MutableClock();
            clock.setDate(START);
            return clock;
        }
    }

    @Autowired
    Browser browser;

    @Autowired
    SchemeCatalog schemes;

    @Test
    void theHeadExtendsHerDeadlineSheSubmitsInTimeAndHisOwnLateSubmissionIsMarked() {
        browser.login("canbo").open("/");
        openWorkingSelfAssessment();
        LocalDate schemesDay = schemes.inForce(START).orElseThrow()
                .lastDayInTime(DeadlineStep.SELF_ASSESSMENT, new Quarter(2026, 3)).orElseThrow();
        assertThat(schemesDay).isBefore(START);
        assertThat(browser.text("#deadline")).contains(schemesDay.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        String herPage = browser.driver().getCurrentUrl().substring(browser.baseUrl().length());
        browser.screenshot("december-01-past-the-deadline");

        browser.login("truongphong").open(herPage);
        browser.click("#extension-details summary");
        browser.driver().executeScript("document.getElementById('extension-last-day').value = '2026-12-15'");
        browser.type("#extension-reason", "Nghỉ ốm cuối tháng 9, có giấy xác nhận.").click("#extension-submit");
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("extension")));
        assertThat(browser.text("#extension")).contains("15/12/2026").contains("Nghỉ ốm cuối tháng 9");
        browser.screenshot("december-02-extension-granted");

        // Her to-do list counts down to the extended day, not the scheme's.
        browser.login("canbo").open("/");
        assertThat(browser.text("#todo")).contains("15/12/2026");
        browser.open(herPage);
        assertThat(browser.text("#deadline")).contains("15/12/2026");
        fillInAndSubmit();
        assertThat(browser.findAll("#submitted-late")).isEmpty();
        browser.screenshot("december-03-submitted-in-time");

        browser.login("truongphong").open("/");
        openWorkingSelfAssessment();
        fillInAndSubmit();
        assertThat(browser.text("#submitted-late")).isEqualTo("Nộp muộn");
        browser.screenshot("december-04-submitted-late");
    }

    /** From the home page's to-do item "Lập bản tự đánh giá" to the list, then the quarter III/2026 line. */
    private void openWorkingSelfAssessment() {
        browser.click("#todo a.todo-link[data-todo='assessment.todo.open']");
        browser.waitForPath("/assessment/self-assessments");
        browser.waitUntil(ExpectedConditions.elementToBeClickable(By.xpath(
                "//table[@id='my-quarters']//tr[td[contains(., 'III/2026')]]//*[self::button or self::a]"))).click();
        browser.waitForPath("/assessment/self-assessments/");
    }

    private void fillInAndSubmit() {
        int tasks = browser.findAll("tr.task-row").size();
        assertThat(tasks).isPositive();
        for (int i = 0; i < tasks; i++) {
            browser.type("input[name='tasks[" + i + "].doneQuantity']", "1");
        }
        browser.select("select[name='proposedLevel']", "Hoàn thành tốt nhiệm vụ");
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("self-result"), "Hoàn thành"));
        browser.click("#submit");
        browser.waitUntil(ExpectedConditions.alertIsPresent()).accept();
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("read-only")));
        assertThat(browser.text("#status")).isEqualTo("Đã nộp");
    }
}
