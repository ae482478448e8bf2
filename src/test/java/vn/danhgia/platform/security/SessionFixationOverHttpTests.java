package vn.danhgia.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
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
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue item 1, session fixation: a session id handed out before signing in (one an attacker could have planted)
 * must stop being the signed-in session. Only a real server and browser-like client show the cookies change. The
 * session cookie is Spring Session's ({@code SESSION}): sessions live in the database, not in the container.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionFixationOverHttpTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void signingInGivesANewSessionIdAndTheOldOneStaysAnonymous() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();

        HttpResponse<String> loginPage = browser.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Matcher token = CSRF.matcher(loginPage.body());
        assertThat(token.find()).as("login form carries a CSRF token").isTrue();
        String before = sessionId(cookies);
        assertThat(before).isNotNull();

        String form = "username=admin&password=" + URLEncoder.encode("test-admin-password-only-for-tests",
                StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signIn = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error").endsWith("/"));
        String after = sessionId(cookies);
        assertThat(after).isNotNull().isNotEqualTo(before);

        HttpResponse<String> home = browser.send(HttpRequest.newBuilder(uri("/")).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("id=\"signed-in-user\">admin<");

        HttpResponse<String> withOldId = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/"))
                .header("Cookie", "SESSION=" + before).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(withOldId.statusCode()).isEqualTo(302);
        assertThat(withOldId.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    private static String sessionId(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("SESSION"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
