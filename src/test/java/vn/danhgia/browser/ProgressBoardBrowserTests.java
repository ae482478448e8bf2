package vn.danhgia.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danhgia.support.Browser;
import vn.danhgia.support.BrowserTest;
import vn.danhgia.support.MutableClock;

/** Smoke journey in Chromium: the login page, then the personnel officer narrowing the progress board. */
@BrowserTest
class ProgressBoardBrowserTests {

    @Autowired
    Browser browser;

    @Autowired
    MutableClock clock;

    private LocalDate dayBefore;

    @BeforeEach
    void inQuarterThreeOf2026() {
        dayBefore = clock.today();
        clock.setDate(LocalDate.of(2026, 9, 10));
    }

    @AfterEach
    void resetClock() {
        clock.setDate(dayBefore);
    }

    @Test
    void loginPageAsksForUsernameAndPassword() {
        browser.driver().manage().deleteAllCookies();
        browser.open("/login");

        assertThat(browser.text("h1")).isEqualTo("Đăng nhập");
        browser.screenshot("login");
    }

    @Test
    void personnelOfficerFindsACadreOnTheProgressBoard() {
        browser.login("tochuc").click("#nav-rating").click("#nav-progress").waitForPath("/progress");

        assertThat(browser.text("h1")).isEqualTo("Tiến độ lập kế hoạch và tự đánh giá quý III/2026");
        assertThat(browser.findAll("#progress-table tbody tr")).hasSizeGreaterThanOrEqualTo(38);
        browser.screenshot("progress-board");

        browser.select("#unit", "– Phòng Kinh tế").type("#q", "luong thi mai").click("#apply-filters");
        browser.waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#progress-table tbody tr"), 1));

        assertThat(browser.text("#progress-table tbody tr .cadre-name")).isEqualTo("Lương Thị Mai");
        assertThat(browser.driver().getCurrentUrl()).contains("q=luong+thi+mai");
        browser.screenshot("progress-board-filtered");
    }
}
