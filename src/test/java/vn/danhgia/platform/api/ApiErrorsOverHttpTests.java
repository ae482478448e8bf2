package vn.danhgia.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.danhgia.support.ApiTokens;

/**
 * Errors raised before any controller is chosen travel through the servlet container's error dispatch, which only a
 * real server shows: they must still be problem+json with a Vietnamese detail, never an HTML page or a stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiErrorsOverHttpTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void wrongMethodAnswers405ProblemJson() throws Exception {
        HttpResponse<String> response = send(request("/api/v1/scoring/quarterly").GET());
        assertThat(response.statusCode()).isEqualTo(405);
        assertProblemJson(response, "Phương thức");
    }

    @Test
    void wrongContentTypeAnswers415ProblemJson() throws Exception {
        HttpResponse<String> response = send(request("/api/v1/scoring/quarterly")
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("x")));
        assertThat(response.statusCode()).isEqualTo(415);
        assertProblemJson(response, "application/json");
    }

    @Test
    void unknownApiPathAnswers404ProblemJson() throws Exception {
        HttpResponse<String> response = send(request("/api/v1/khong-co").GET());
        assertThat(response.statusCode()).isEqualTo(404);
        assertProblemJson(response, "Không tìm thấy");
    }

    @Test
    void anUnknownTokenAnswers401ProblemJsonInVietnamese() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/scoring/quarterly"))
                .header("Authorization", "Bearer dg_khong-phai-khoa-that")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains(
                "Bearer realm=\"danhgia\", error=\"invalid_token\"");
        assertProblemJson(response, "Khóa truy cập không hợp lệ");
    }

    /** Issue 11 §3: a password is no way into the API, and no browser is ever asked for one. */
    @Test
    void aPasswordIsRefusedWithoutABasicChallenge() throws Exception {
        String credentials = Base64.getEncoder().encodeToString(
                "admin:test-admin-password-only-for-tests".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/audit"))
                .header("Authorization", "Basic " + credentials).GET());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().allValues("WWW-Authenticate")).containsExactly("Bearer realm=\"danhgia\"");
        assertProblemJson(response, "xác thực");
    }

    /** Issue 11 §4: {@code /error} typed into the address bar is a page that does not exist, not a server error. */
    @ParameterizedTest(name = "{0}, {1}")
    @CsvSource({"anonymous, text/html", "anonymous, application/json", "signed in, text/html",
            "signed in, application/json"})
    void errorAddressAskedDirectlyAnswers404(String who, String accept) throws Exception {
        HttpClient browser = who.equals("anonymous") ? http : signedInAsAdmin();
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(uri("/error")).header("Accept", accept)
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(404);
        if (accept.equals("application/json")) {
            assertProblemJson(response, "Không tìm thấy");
        } else {
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/html"));
            // The page's CSRF token is random and may hold any digits: taken out before looking for status codes.
            String page = response.body().replaceAll("[\\w-]{40,}", "");
            assertThat(page).contains("Rất tiếc", "404").doesNotContain("999", "500", "Exception");
        }
    }

    private HttpClient signedInAsAdmin() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> loginPage = browser.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(token.find()).isTrue();
        String form = "username=admin&password=" + URLEncoder.encode("test-admin-password-only-for-tests",
                StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signIn = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
        return browser;
    }

    private HttpRequest.Builder request(String path) {
        if (token == null) {
            token = ApiTokens.issue(context, "admin");
        }
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }

    private String token;

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void assertProblemJson(HttpResponse<String> response, String detailFragment) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":" + response.statusCode()).contains(detailFragment)
                .doesNotContain("Exception").doesNotContain("at org.");
    }
}
