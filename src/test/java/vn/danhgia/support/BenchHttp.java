package vn.danhgia.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;

/**
 * The benchmarks' browser-like client of a running application: signs in through the login form (CSRF token, session
 * cookie) and reads pages with the session, or the API with a bearer token. Anything but a 200 answer, or a page that
 * ends on the sign-in form, stops the benchmark: a timing of an error page would be meaningless.
 */
public final class BenchHttp {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final HttpClient withoutSession = HttpClient.newHttpClient();

    private BenchHttp(String base) {
        this.base = base;
    }

    /** A client of the application's web server, signed in as the person. */
    public static BenchHttp signedIn(ApplicationContext app, String username, String password)
            throws IOException, InterruptedException {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        BenchHttp http = new BenchHttp("http://localhost:" + port);
        Matcher token = CSRF.matcher(http.page("/login"));
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + token.group(1);
        HttpResponse<String> answer = http.client.send(HttpRequest.newBuilder(URI.create(http.base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.uri().getPath().equals("/login")) {
            throw new IllegalStateException("could not sign in as " + username);
        }
        return http;
    }

    /** The body of a whole page read with the session. */
    public String page(String path) throws IOException, InterruptedException {
        return body(path, client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    /** The body of a fragment read with the session, as htmx asks for it. */
    public String fragment(String path) throws IOException, InterruptedException {
        return body(path, client.send(HttpRequest.newBuilder(URI.create(base + path)).header("HX-Request", "true")
                .GET().build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** The body of an API answer read with the bearer token, without the session. */
    public String bearer(String path, String token) throws IOException, InterruptedException {
        return body(path, withoutSession.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString()));
    }

    private static String body(String path, HttpResponse<String> response) {
        if (response.statusCode() != 200 || (response.uri().getPath().equals("/login") && !path.equals("/login"))) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + " at " + response.uri());
        }
        return response.body();
    }
}
