package vn.danhgia.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danhgia.demo.DemoHistory;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.Browser;
import vn.danhgia.support.BrowserTest;
import vn.danhgia.support.DemoHistoryRows;

/**
 * The personnel officer opens the dashboard on the demo office with the demo's made-up results of quarter I/2035
 * (no other journey uses it), sees the three charts drawn by Chart.js without a console error, and follows a bar of
 * the per-unit chart to the people behind it and on to one person's rating history.
 */
@BrowserTest
class DashboardBrowserTests {

    private static final Quarter QUARTER = new Quarter(2035, 1);

    @Autowired
    Browser browser;

    @Autowired
    DemoHistory history;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheHistory() {
        DemoHistoryRows.remove(jdbc, 2035);
    }

    @Test
    void personnelOfficerSeesTheChartsAndDrillsDownToAPerson() {
        assertThat(history.record(QUARTER)).isGreaterThan(30);
        browser.login("tochuc").click("#nav-reporting").click("#nav-dashboard").waitForPath("/dashboard");
        // The browser is shared with the other journeys: forget their console messages before looking at ours.
        browser.driver().manage().logs().get(LogType.BROWSER);
        browser.open("/dashboard?quarter=2035-Q1");

        assertThat(browser.text("h1")).isEqualTo("Bảng điều hành quý I/2035");
        browser.waitUntil(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("figure.dashboard-chart[data-drawn='true'] canvas"), 3));
        for (var canvas : browser.findAll("figure.dashboard-chart canvas")) {
            assertThat(canvas.getSize().getHeight()).isGreaterThan(100);
        }
        List<LogEntry> problems = browser.driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .filter(entry -> !entry.getMessage().contains("favicon.ico")).toList();
        assertThat(problems).isEmpty();
        browser.screenshot("dashboard");

        // The numbers in the per-unit table open the same lists as its bars.
        browser.click("#chart-units tbody td a.drill");
        browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#people-table")));
        assertThat(browser.text("#slice-description")).contains("Quý I/2035");
        String first = browser.text("#people-table tbody tr td a");
        browser.screenshot("dashboard-people");

        browser.click("#people-table tbody tr td a").waitForPath("/review/history/");
        assertThat(browser.driver().getPageSource()).contains(first);
        browser.screenshot("dashboard-person-history");
    }
}
