package vn.danhgia.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danhgia.support.Browser;
import vn.danhgia.support.BrowserTest;

/**
 * Issue 11 §3 as Lương Thị Mai (canbo) meets it: under her name in the menu she opens "Khóa truy cập API", creates a
 * token for the office's automated report, copies it once, a program reads her results with it, and she revokes it.
 */
@BrowserTest
class ApiTokenBrowserTests {

    @Autowired
    Browser browser;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aCadreCreatesATokenAProgramUsesItAndSheRevokesIt() throws Exception {
        browser.login("canbo").open("/");
        browser.click("#nav-account").click("#nav-tokens").waitForPath("/account/tokens");
        browser.type("#token-name", "Báo cáo tự động của phòng").click("#token-form button[type=submit]");
        String token = browser.find("#issued-token code").getText();
        browser.screenshot("api-token-created");

        assertThat(token).startsWith("dg_");
        assertThat(results(token).statusCode()).isEqualTo(200);

        browser.click("#tokens form button[type=submit]");
        browser.waitUntil(ExpectedConditions.alertIsPresent()).accept();
        browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("tokens"), "Đã thu hồi"));
        assertThat(browser.findAll("#issued-token")).isEmpty();
        assertThat(results(token).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> results(String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(browser.baseUrl() + "/api/v1/ratings/mine"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
