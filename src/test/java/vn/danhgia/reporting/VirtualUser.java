package vn.danhgia.reporting;

import java.io.IOException;
import java.net.ConnectException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.danhgia.scheme.Quarter;

/**
 * One person at a keyboard, as the server sees them: a client of its own with its own cookies, signing in through
 * the login form and posting the application's forms with their CSRF token and the version they carry. Requests go
 * to the nodes given, either always the same one (sticky) or the next one each time (round robin, which needs the
 * sessions shared). A node that does not answer is left for the next, as a load balancer would; a lost session means
 * signing in again. Every request is timed in {@link Latencies}.
 */
final class VirtualUser {

    private static final Pattern SHEET = Pattern.compile("/assessment/self-assessments/(\\d+)$");
    private static final String FORM = "self-assessment-form";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Nodes nodes;
    private final int home;
    private final Latencies latencies;
    private final String password;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private final long thinkMillis;
    private int turn;
    private String csrf;
    private boolean signedIn;

    /**
     * A user who pauses about {@code thinkMillis} (half to one and a half times, at random) before each request, as a
     * person reads a page and types; none at 0, the harness's throughput mode.
     */
    VirtualUser(Nodes nodes, int home, Latencies latencies, String password, long thinkMillis) {
        this.thinkMillis = thinkMillis;
        this.nodes = nodes;
        this.home = home;
        this.turn = home;
        this.latencies = latencies;
        this.password = password;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** What became of one cadre's self-assessment. */
    enum Outcome { SUBMITTED, ALREADY_SUBMITTED, GAVE_UP }

    /**
     * Signs in as the cadre, opens the quarter's self-assessment, saves an edit, submits it and signs out; a step that
     * fails starts again from the sheet (signing in again if the session is gone), up to {@code attempts} times. A
     * sheet found already submitted on a retry means an earlier submit went through: done, not an error.
     */
    Outcome submitAs(String username, Quarter quarter, int attempts) throws InterruptedException {
        for (int attempt = 1; attempt <= attempts; attempt++) {
            if (attempt > 1) {
                latencies.count("retries");
                Thread.sleep(Math.min(2_000, 100L * attempt * attempt));
            }
            try {
                Optional<Outcome> outcome = trySubmit(username, quarter, attempt > 1);
                if (outcome.isPresent()) {
                    signOut();
                    return outcome.get();
                }
            } catch (Failed failed) {
                if (failed.sessionLost) {
                    signedIn = false;
                }
            }
        }
        signOut();
        return Outcome.GAVE_UP;
    }

    private Optional<Outcome> trySubmit(String username, Quarter quarter, boolean retry) throws InterruptedException {
        if (!signedIn) {
            signIn(username);
        }
        csrf = HtmlForm.csrf(expect(get("list", "/assessment/self-assessments"), 200).body())
                .orElseThrow(() -> new Failed(false));
        HttpResponse<String> opened = expect(post("open", "/assessment/self-assessments",
                "year=" + quarter.year() + "&quarter=" + quarter.number() + "&_csrf=" + csrf), 302);
        Matcher sheetPath = SHEET.matcher(opened.headers().firstValue("Location").orElse(""));
        if (!sheetPath.find()) {
            throw fail("open", "not the sheet: " + opened.headers().firstValue("Location").orElse(""), "");
        }
        String sheet = "/assessment/self-assessments/" + sheetPath.group(1);
        String page = expect(get("sheet", sheet), 200).body();
        Optional<HtmlForm> form = HtmlForm.byId(page, FORM);
        if (form.isEmpty()) {
            if (retry) {
                latencies.count("already submitted, found on a retry");
                return Optional.of(Outcome.ALREADY_SUBMITTED);
            }
            throw fail("sheet", "no form on a draft", page);
        }
        edit(form.get());
        expect(post("save", sheet, form.get().encoded()), 302);
        page = expect(get("sheet", sheet), 200).body();
        HtmlForm saved = HtmlForm.byId(page, FORM).orElseThrow(() -> fail("sheet", "no form after saving", ""));
        edit(saved);
        Reply submitted = post("submit", sheet + "/submit", saved.encoded());
        if (retry && submitted.response().statusCode() == 409) {
            // The sheet was read before an earlier submit, still on its way, went through.
            latencies.count("already submitted, refused on a retry");
            return Optional.of(Outcome.ALREADY_SUBMITTED);
        }
        expect(submitted, 302);
        return Optional.of(Outcome.SUBMITTED);
    }

    /**
     * The morning's edit: everything planned done at the expected quality, the level proposed (the lowest that passes:
     * the harness measures the writes, not the rating) and a word of comment.
     */
    private static void edit(HtmlForm form) {
        Map<String, String> fields = new LinkedHashMap<>(form.fields());
        fields.forEach((name, value) -> {
            if (name.endsWith(".doneQuantity")) {
                String planned = fields.get(name.replace(".doneQuantity", ".plannedQuantity"));
                form.set(name, planned == null || planned.isBlank() ? "10" : planned);
            } else if (name.endsWith(".quality") || name.endsWith(".timeliness") || name.endsWith(".leadership")) {
                form.set(name, "1");
            } else if (name.endsWith(".met")) {
                form.set(name, "true");
            }
        });
        form.set("proposedLevel", "COMPLETED");
        form.set("selfComment", "Hoàn thành đầy đủ nhiệm vụ được giao trong quý, đúng tiến độ.");
    }

    /** Signs in through the login form; the session's cookie is all that is kept. */
    void signIn(String username) throws InterruptedException {
        cookies.getCookieStore().removeAll();
        String token = HtmlForm.csrf(expect(get("login page", "/login"), 200).body())
                .orElseThrow(() -> new Failed(false));
        HttpResponse<String> response = expect(post("sign in", "/login", "username=" + username
                + "&password=" + password + "&_csrf=" + token), 302);
        if (response.headers().firstValue("Location").orElse("").contains("error")) {
            throw fail("sign in", "refused", response.headers().firstValue("Location").orElse(""));
        }
        signedIn = true;
    }

    private void signOut() {
        if (signedIn && csrf != null) {
            try {
                expect(post("sign out", "/logout", "_csrf=" + csrf), 302);
            } catch (Failed | InterruptedException ignored) {
                // Timed and counted already; the cookies go anyway.
            }
        }
        signedIn = false;
        csrf = null;
        cookies.getCookieStore().removeAll();
    }

    /** A board reader's look at a page. */
    String read(String path) throws InterruptedException {
        return expect(get("progress board", path), 200).body();
    }

    private Reply get(String step, String path) throws InterruptedException {
        return send(step, path, null);
    }

    private Reply post(String step, String path, String form) throws InterruptedException {
        return send(step, path, form);
    }

    private Reply send(String step, String path, String form) throws InterruptedException {
        if (thinkMillis > 0) {
            Thread.sleep(thinkMillis / 2 + java.util.concurrent.ThreadLocalRandom.current().nextLong(thinkMillis + 1));
        }
        String base = node();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT);
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
        }
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(step, response, System.nanoTime() - start);
        } catch (HttpTimeoutException timeout) {
            latencies.error(step, "timeout", System.nanoTime() - start, base + path);
            throw new Failed(false);
        } catch (IOException broken) {
            latencies.error(step, broken instanceof ConnectException ? "connection refused"
                    : "I/O " + broken.getClass().getSimpleName(), System.nanoTime() - start, base + path);
            if (broken instanceof ConnectException) {
                nodes.down(base);
                turn++;
                throw new Failed(!nodes.sharedSessions());
            }
            throw new Failed(false);
        }
    }

    private String node() {
        return nodes.sticky() ? nodes.alive(turn) : nodes.alive(nodes.next());
    }

    /**
     * Records the response under the step's name: as a success when it has the expected status, else as an error
     * (a redirect to the sign-in page means the session is gone).
     */
    private HttpResponse<String> expect(Reply reply, int status) {
        String step = reply.step();
        HttpResponse<String> response = reply.response();
        long nanos = reply.nanos();
        if (response.statusCode() == status) {
            latencies.success(step, nanos);
            return response;
        }
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() == 302 && location.contains("/login")) {
            latencies.error(step, "session lost (redirect to sign-in)", nanos, location);
            latencies.count("signed in again");
            throw new Failed(true);
        }
        latencies.error(step, "HTTP " + response.statusCode(), nanos, response.body());
        // A post that reaches a node without the session is refused for its CSRF token before anything else: 403.
        throw new Failed(response.statusCode() == 403);
    }

    private Failed fail(String step, String kind, String body) {
        latencies.error(step, kind, 0, body);
        return new Failed(false);
    }

    /** A response and how long it took. */
    private record Reply(String step, HttpResponse<String> response, long nanos) {
    }

    /** A step that did not go through; already counted. */
    private static final class Failed extends RuntimeException {

        private final boolean sessionLost;

        Failed(boolean sessionLost) {
            super(null, null, false, false);
            this.sessionLost = sessionLost;
        }
    }
}
