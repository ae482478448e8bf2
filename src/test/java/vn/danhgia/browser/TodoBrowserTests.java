package vn.danhgia.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.TodoTestData;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.Browser;
import vn.danhgia.support.BrowserTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.SubmittedSelfAssessments;

/**
 * Issue 12: each role starts from the home page's to-do list ("Việc cần làm") and reaches its step by clicking, never
 * typing an address, on 5 December 2058, when quarter IV is not rated and quarter I/2059's plans are due by the 25th
 * (seed 002 §4 Bước 1). Mai (canbo) writes and submits her plan, her head Phong (truongphong) approves it and, as the
 * authority for his deputies (seed 000 §III.1.2), decides her appraised quarter II; the personnel office (tochuc)
 * reaches the appraisal of her quarter III and the council member (hoidong) the open vote. Years 2058–2061 only.
 */
@BrowserTest
class TodoBrowserTests {

    private static final LocalDate DECEMBER = LocalDate.of(2058, 12, 5);

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

    @BeforeEach
    void december() {
        TodoTestData.clean(jdbc);
        clock.setDate(DECEMBER);
    }

    @AfterEach
    void clean() {
        TodoTestData.clean(jdbc);
    }

    private Browser clickTodo(String messageKey) {
        browser.open("/");
        return browser.click("#todo a.todo-link[data-todo='" + messageKey + "']");
    }

    @Test
    void theCadrePlansFromHerToDoListAndHerHeadApprovesFromHis() {
        browser.login("canbo");
        clickTodo("planning.todo.write").waitForPath("/plans");
        browser.select("#quarter-select", "I/2059").click("#open-plan button[type=submit]").waitForPath("/plans/");
        assertThat(browser.text("h1")).isEqualTo("Kế hoạch công tác của cá nhân quý I/2059");
        browser.type("#axis-1", "40").type("#axis-2", "30").type("#axis-3", "0").type("#axis-4", "0")
                .type("#axis-5", "0").type("#axis-6", "0");
        browser.select("select[name='tasks[0].catalogItemId']", "2. Báo cáo kết quả thực hiện nhiệm vụ hằng quý (1)")
                .type("input[name='tasks[0].plannedQuantity']", "1")
                .click("button[name=add]");
        browser.waitUntil(ExpectedConditions.presenceOfElementLocated(By.name("tasks[1].catalogItemId")));
        browser.select("select[name='tasks[1].axis']", "2")
                .select("select[name='tasks[1].catalogItemId']", "4. Tờ trình về sinh hoạt đảng trực tuyến (1,5)")
                .type("input[name='tasks[1].plannedQuantity']", "1");
        browser.click("#submit-plan");
        browser.waitUntil(ExpectedConditions.alertIsPresent()).accept();
        browser.waitUntil(ExpectedConditions.textToBe(By.id("plan-status"), "Đã gửi, chờ phê duyệt"));
        browser.open("/");
        assertThat(browser.findAll("#todo a.todo-link[data-todo='planning.todo.write']")).isEmpty();
        browser.screenshot("todo-01-cadre-plan-submitted");

        browser.login("truongphong");
        clickTodo("planning.todo.approve").waitForPath("/plans/");
        assertThat(browser.text("h1")).isEqualTo("Kế hoạch công tác của cá nhân quý I/2059");
        browser.type("#approve-note", "Đồng ý kế hoạch").click("#approve-plan");
        browser.waitUntil(ExpectedConditions.textToBe(By.id("plan-status"), "Đã phê duyệt"));
        browser.open("/");
        assertThat(browser.findAll("#todo a.todo-link[data-todo='planning.todo.approve']")).isEmpty();
        browser.screenshot("todo-02-head-approved");
    }

    @Test
    void theAuthorityDecidesTheOfficeAppraisesAndTheCouncilVotesEachFromTheirToDoList() {
        SubmittedSelfAssessments assessments = new SubmittedSelfAssessments(jdbc, organization, access);
        assessments.appraised("NB014", new Quarter(2058, 2), 1, true, "GOOD");
        assessments.submitted("NB014", new Quarter(2058, 3), 1, true, "GOOD");
        long council = TodoTestData.councilWithOpenVote(jdbc, organization, "VPUB-NB.KT", new Quarter(2058, 3),
                "NB002", "NB013");

        browser.login("truongphong");
        clickTodo("review.todo.decide").waitForPath("/review/decisions");
        assertThat(browser.driver().getCurrentUrl()).endsWith("year=2058&quarter=2");
        // The engine suggests EXCELLENT, but 20 % of the one qualifying deputy rounds to no EXCELLENT place (seed 002
        // §6.1), so he decides GOOD.
        browser.selectValue("#decide-level-NB014", "GOOD");
        browser.submit("#row-NB014 .decide-form button[type=submit]");
        browser.screenshot("todo-03-authority-decision-page");
        browser.open("/");
        assertThat(browser.findAll("#todo a.todo-link[data-todo='review.todo.decide']")).isEmpty();
        browser.screenshot("todo-03-authority-decided");

        browser.login("tochuc");
        clickTodo("review.todo.appraise").waitForPath("/review/appraisals");
        assertThat(browser.driver().getPageSource()).contains("Lương Thị Mai");
        browser.screenshot("todo-04-office-appraisals");

        browser.login("hoidong");
        clickTodo("review.todo.vote").waitForPath("/review/councils/" + council);
        browser.screenshot("todo-05-council-vote");
    }
}
