package vn.danhgia.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 15 §6: health and the Prometheus scrape answer on the management port without a sign-in, and nothing else
 * does there; the public port does not serve them (an /actuator path is like any page that does not exist). Request
 * timings are kept per page template, so an id typed in an address never becomes a metric's label.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ManagementPortOverHttpTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    private final HttpClient anonymous = HttpClient.newHttpClient();

    @Test
    void healthProbesAnswerOnTheManagementPortWithoutSignIn() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);

        HttpResponse<String> health = get(anonymous, management("/actuator/health"));
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"db\"");

        assertThat(get(anonymous, management("/actuator/health/liveness")).body()).contains("\"status\":\"UP\"");
        HttpResponse<String> readiness = get(anonymous, management("/actuator/health/readiness"));
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"db\"").contains("\"readinessState\"")
                .doesNotContain("jdbc:").doesNotContain("database\":");
    }

    @Test
    void theManagementPortExposesNothingButHealthAndMetrics() throws Exception {
        for (String path : new String[] {"/actuator/env", "/actuator/beans", "/actuator/heapdump",
                "/actuator/configprops", "/actuator/loggers", "/actuator/metrics", "/login", "/"}) {
            HttpResponse<String> answer = get(anonymous, management(path));
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.headers().firstValue("Location")).as(path).isEmpty();
        }
    }

    @Test
    void thePublicPortDoesNotServeTheActuator() throws Exception {
        HttpResponse<String> unknownPage = get(anonymous, application("/no-such-page"));
        for (String path : new String[] {"/actuator/health", "/actuator/prometheus", "/actuator"}) {
            HttpResponse<String> answer = get(anonymous, application(path));
            // The same answer as any page that does not exist: nothing tells the actuator is there
            assertThat(answer.statusCode()).as(path).isEqualTo(unknownPage.statusCode());
            assertThat(answer.headers().firstValue("Location")).as(path)
                    .isEqualTo(unknownPage.headers().firstValue("Location"));
        }
        HttpClient admin = signedInAdministrator();
        assertThat(get(admin, application("/actuator/health")).statusCode()).isEqualTo(404);
        assertThat(get(admin, application("/actuator/prometheus")).statusCode()).isEqualTo(404);
    }

    @Test
    void pagesAreTimedByTheirTemplateWithoutTheIdsInTheAddress() throws Exception {
        HttpClient admin = signedInAdministrator();
        assertThat(get(admin, application("/dashboard")).statusCode()).isEqualTo(200);
        get(admin, application("/plans/987654"));
        assertThat(get(admin, application("/no-such-page/424242")).statusCode()).isEqualTo(404);

        HttpResponse<String> scrape = get(anonymous, management("/actuator/prometheus"));

        assertThat(scrape.statusCode()).isEqualTo(200);
        String metrics = scrape.body();
        assertThat(metrics).containsPattern(
                "http_server_requests_seconds_bucket\\{[^}]*method=\"GET\"[^}]*status=\"200\"[^}]*uri=\"/dashboard\"");
        // The service levels of issue 15 are exact bucket bounds, so Prometheus can count the requests within them
        for (String bound : new String[] {"0.1", "0.25", "0.3", "1.0"}) {
            assertThat(metrics).contains("uri=\"/dashboard\",le=\"" + bound + "\"}");
        }
        // A page with an id in its address is one series for all ids; addresses no page answers are one series too
        assertThat(metrics).contains("uri=\"/plans/{id}\"").containsPattern("status=\"404\",uri=\"NOT_FOUND\"")
                .doesNotContain("987654").doesNotContain("424242").doesNotContain("no-such-page");
        assertThat(metrics).contains("hikaricp_connections_active").contains("jvm_memory_used_bytes")
                .contains("application=\"danhgia\"");
    }

    private HttpClient signedInAdministrator() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> loginPage = get(browser, application("/login"));
        Matcher token = CSRF.matcher(loginPage.body());
        assertThat(token.find()).isTrue();
        String form = "username=admin&password=" + URLEncoder.encode("test-admin-password-only-for-tests",
                StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signIn = browser.send(HttpRequest.newBuilder(application("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
        return browser;
    }

    private static HttpResponse<String> get(HttpClient client, URI uri) throws Exception {
        return client.send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI application(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private URI management(String path) {
        return URI.create("http://127.0.0.1:" + managementPort + path);
    }
}
