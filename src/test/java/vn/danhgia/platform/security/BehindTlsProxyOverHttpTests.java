package vn.danhgia.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.accounts.UserAccountService;

/**
 * Issue 11 §2 and §5 behind a TLS proxy, as the README tells operators to run it (SERVER_FORWARD_HEADERS_STRATEGY=
 * native): the proxy's X-Forwarded-Proto makes the session cookie Secure and turns HSTS on, and its X-Forwarded-For is
 * the client address the sign-in throttle counts. Only a real server shows the container's cookie and proxy handling.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
class BehindTlsProxyOverHttpTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String PASSWORD = "qua-proxy-2026";

    @LocalServerPort
    int port;

    @Autowired
    UserAccountService accounts;

    @Test
    void overHttpsTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/login"))
                .header("X-Forwarded-Proto", "https").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("SESSION=").containsIgnoringCase("; Secure")
                        .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        assertThat(page.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
    }

    @Test
    void overPlainHttpThereIsNoHstsAndTheCookieIsNotMarkedSecure() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/login")).GET()
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("SESSION=").doesNotContainIgnoringCase("Secure"));
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void theThrottleCountsTheAddressTheProxyForwards() throws Exception {
        String username = freshAccount();
        Browser guesser = new Browser("203.0.113.41");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(guesser.signIn(username, "sai")).endsWith("/login?error");
        }

        assertThat(guesser.signIn(username, PASSWORD)).endsWith("/login?locked=15");
        assertThat(new Browser("198.51.100.41").signIn(username, PASSWORD)).doesNotContain("login");
    }

    /** An office computer writes an address into the header itself: the proxy's own entry is what counts. */
    @Test
    void anAddressAClientWritesIntoTheHeaderItselfIsIgnored() throws Exception {
        String username = freshAccount();
        for (int attempt = 1; attempt <= 5; attempt++) {
            String forged = "198.51.100." + attempt + ", 10.1.2.3";
            assertThat(new Browser(forged).signIn(username, "sai")).endsWith("/login?error");
        }

        assertThat(new Browser("198.51.100.99, 10.1.2.3").signIn(username, PASSWORD)).endsWith("/login?locked=15");
    }

    private String freshAccount() {
        String username = "qua.proxy." + java.util.UUID.randomUUID().toString().substring(0, 8);
        accounts.createIfAbsent(username, PASSWORD, "Đỗ Văn Quang", Set.of(Role.CADRE));
        return username;
    }

    @Test
    void theApiDocumentNeedsASignIn() throws Exception {
        HttpResponse<String> document = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/v3/api-docs"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(document.statusCode()).isEqualTo(302);
        assertThat(document.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** A browser whose requests reach the application through the proxy, which sends the given X-Forwarded-For. */
    private final class Browser {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        private final String address;
        private String csrf;

        Browser(String address) {
            this.address = address;
        }

        /** Where the sign-in sends the browser. */
        String signIn(String username, String password) throws Exception {
            if (csrf == null) {
                HttpResponse<String> page = client.send(HttpRequest.newBuilder(uri("/login"))
                        .header("X-Forwarded-For", address).GET().build(), HttpResponse.BodyHandlers.ofString());
                Matcher token = CSRF.matcher(page.body());
                assertThat(token.find()).isTrue();
                csrf = token.group(1);
            }
            String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                    + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(uri("/login"))
                    .header("X-Forwarded-For", address)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(302);
            return answer.headers().firstValue("Location").orElseThrow();
        }
    }
}
