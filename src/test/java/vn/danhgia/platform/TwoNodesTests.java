package vn.danhgia.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danhgia.assessment.SelfAssessmentFixture;
import vn.danhgia.decision.RatingFixture;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.accounts.IssuedAccessToken;
import vn.danhgia.platform.accounts.IssuedPassword;
import vn.danhgia.platform.accounts.NewUserAccount;
import vn.danhgia.platform.accounts.PersonalAccessTokens;
import vn.danhgia.platform.accounts.UserAccountChanges;
import vn.danhgia.platform.accounts.UserAdministration;
import vn.danhgia.platform.accounts.UserSummary;
import vn.danhgia.reporting.QuarterParameter;
import vn.danhgia.reporting.dashboard.Dashboard;
import vn.danhgia.reporting.dashboard.DashboardFigures;
import vn.danhgia.reporting.dashboard.DashboardService;
import vn.danhgia.reporting.dashboard.DashboardStep;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.ObjectStoreServer;
import vn.danhgia.support.SeparateInstance;
import vn.danhgia.support.TestActors;

/**
 * Issue 15 §4: a province runs several application nodes over one database. Two nodes, each on its own port, share
 * the database (the SPRING_DATASOURCE_URL one on PostgreSQL, one named in-memory H2 database otherwise) and an
 * S3-compatible object store (S3Proxy, started by the test), each with a data directory of its own, and are used over real HTTP by a browser that keeps its cookies: a person signs in on one and goes on on
 * the other, an administrator's change made on one ends the person's sessions on both, and a document attached through
 * one is read through the other; a decision taken on one is counted on the other's dashboard. Test quarters: I and
 * II/2060.
 */
@Tag("persistence")
class TwoNodesTests {

    private static final String H2 = "jdbc:h2:mem:two-nodes;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Quarter QUARTER = new Quarter(2060, 1);

    @TempDir
    static Path firstDataDir;
    @TempDir
    static Path secondDataDir;
    /** The object store both nodes keep their documents in; each node's own disk holds none. */
    static String bucket;

    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoNodes() {
        String database = System.getenv().getOrDefault("SPRING_DATASOURCE_URL", H2);
        ObjectStoreServer store = ObjectStoreServer.shared();
        bucket = store.newBucket();
        first = SeparateInstance.startNode(database, firstDataDir, store.arguments(bucket));
        second = SeparateInstance.startNode(database, secondDataDir, store.arguments(bucket));
    }

    @AfterAll
    static void stopNodes() {
        second.close();
        first.close();
    }

    @Test
    void aPersonSignedInOnOneNodeGoesOnOnTheOtherUntilAnAdministratorChangesTheirAccount() throws Exception {
        Actor admin = actor(first, "admin");
        String username = "hai-nut-" + UUID.randomUUID().toString().substring(0, 8);
        IssuedPassword issued = TestActors.runAs(admin, () -> administration(first).create(new NewUserAccount(
                username, "Trần Văn Hai", null, null, EnumSet.of(Role.CADRE))));
        Browser browser = new Browser();

        assertThat(browser.signIn(first, username, issued.password())).endsWith("/");
        HttpResponse<String> tokensOnSecond = browser.get(second, "/account/tokens");
        assertThat(tokensOnSecond.statusCode()).isEqualTo(200);
        assertThat(tokensOnSecond.body()).contains("id=\"signed-in-user\">" + username + "<");

        // A form whose CSRF token the first node rendered, sent to the second; its flash message comes back from the
        // first: the session's attributes travel through the database both ways.
        String csrfOfFirst = csrf(browser.get(first, "/account/tokens").body());
        HttpResponse<String> created = browser.post(second, "/account/tokens",
                "name=" + URLEncoder.encode("Máy trạm phòng", StandardCharsets.UTF_8) + "&validDays=30&_csrf="
                        + URLEncoder.encode(csrfOfFirst, StandardCharsets.UTF_8));
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/account/tokens"));
        assertThat(browser.get(first, "/account/tokens").body()).contains("id=\"issued-token\"", "Máy trạm phòng");

        UserSummary account = TestActors.runAs(admin, () -> administration(second).account(issued.accountId()));
        TestActors.runAs(admin, () -> administration(second).update(issued.accountId(), new UserAccountChanges(
                account.displayName(), null, null, account.roles(), false, account.version())));

        HttpResponse<String> onFirst = browser.get(first, "/account/tokens");
        assertThat(onFirst.statusCode()).isEqualTo(302);
        String signInPage = onFirst.headers().firstValue("Location").orElseThrow();
        assertThat(signInPage).endsWith("/login?expired");
        HttpResponse<String> onSecond = browser.get(second, "/account/tokens");
        assertThat(onSecond.statusCode()).isEqualTo(302);
        assertThat(onSecond.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/login"));
        HttpResponse<String> expired = browser.get(first, "/login?expired");
        assertThat(expired.statusCode()).isEqualTo(200);
        assertThat(expired.body()).contains("id=\"login-expired\"").doesNotContain("id=\"signed-in-user\"");
    }

    @Test
    void aDocumentAttachedThroughOneNodeIsReadThroughTheOther() throws Exception {
        for (ConfigurableApplicationContext node : List.of(first, second)) {
            node.getBean(MutableClock.class).setDate(LocalDate.of(2060, 3, 15));
        }
        SelfAssessmentFixture fixture = new SelfAssessmentFixture(first.getBean(JdbcTemplate.class),
                first.getBean(OrganizationQueries.class), first.getBean(AccessScopes.class));
        fixture.clean(List.of("NB014"), List.of(QUARTER));
        Actor mai = actor(first, "canbo");
        IssuedAccessToken token = TestActors.runAs(mai, () -> first.getBean(PersonalAccessTokens.class)
                .issue("Hai nút", 1));
        try {
            fixture.approvedPlan("NB014", QUARTER, SelfAssessmentFixture.EXAMPLE_WEIGHTS,
                    SelfAssessmentFixture.WORKED_EXAMPLE);
            Api api = new Api(token.token());
            HttpResponse<String> opened = api.send(HttpRequest.newBuilder(uri(first, "/api/v1/self-assessments"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"year\":2060,\"quarter\":1}")));
            assertThat(opened.statusCode()).isEqualTo(201);
            long assessment = id(opened.body());
            byte[] content = ("%PDF-1.7\nBiên bản họp " + UUID.randomUUID() + "\n%%EOF")
                    .getBytes(StandardCharsets.UTF_8);

            HttpResponse<String> attached = api.attach(first, "/api/v1/self-assessments/" + assessment + "/evidence",
                    "Biên bản.pdf", content);
            assertThat(attached.statusCode()).isEqualTo(201);
            long evidence = id(attached.body());

            HttpResponse<byte[]> read = api.client.send(api.authorised(HttpRequest.newBuilder(uri(second,
                    "/api/v1/self-assessments/" + assessment + "/evidence/" + evidence))).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(read.body()).isEqualTo(content);
            assertThat(ObjectStoreServer.shared().keys(bucket)).hasSize(1);
            assertThat(firstDataDir.resolve("documents").resolve(ObjectStoreServer.shared().keys(bucket).get(0)))
                    .doesNotExist();
        } finally {
            TestActors.runAs(mai, () -> {
                first.getBean(PersonalAccessTokens.class).revoke(token.id());
                return null;
            });
            fixture.clean(List.of("NB014"), List.of(QUARTER));
        }
    }

    /**
     * Issue 15 §2: the steps each node keeps in memory are counted again after a change committed on the other node —
     * the units' generations are in the shared database — so the two dashboards never disagree. Test quarter II/2060.
     */
    @Test
    void aDecisionTakenOnOneNodeIsCountedOnTheOthersDashboard() {
        Quarter quarter = new Quarter(2060, 2);
        for (ConfigurableApplicationContext node : List.of(first, second)) {
            node.getBean(MutableClock.class).setDate(LocalDate.of(2060, 6, 20));
        }
        RatingFixture ratings = new RatingFixture(first);
        ratings.clean(quarter);
        try {
            long before = decidedOnSecondNode(quarter);
            assertThat(decidedOnSecondNode(quarter)).isEqualTo(before);
            ratings.decided("NB013", quarter, RatingLevel.GOOD);
            assertThat(decidedOnSecondNode(quarter)).isEqualTo(before + 1);
        } finally {
            ratings.clean(quarter);
            first.getBean(DashboardFigures.class).recomputeQuarter(quarter);
        }
    }

    private static long decidedOnSecondNode(Quarter quarter) {
        Dashboard dashboard = TestActors.runAs(actor(second, "admin"), () -> second.getBean(DashboardService.class)
                .dashboard(QuarterParameter.format(quarter), null));
        return dashboard.steps().stream().filter(step -> step.step() == DashboardStep.DECIDED).findFirst()
                .orElseThrow().done();
    }

    private static UserAdministration administration(ConfigurableApplicationContext node) {
        return node.getBean(UserAdministration.class);
    }

    private static Actor actor(ConfigurableApplicationContext node, String username) {
        return node.getBean(TestActors.class).account(username);
    }

    private static URI uri(ConfigurableApplicationContext node, String path) {
        int port = ((WebServerApplicationContext) node).getWebServer().getPort();
        return URI.create("http://localhost:" + port + path);
    }

    private static String csrf(String page) {
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("the page carries a CSRF token").isTrue();
        return token.group(1);
    }

    private static long id(String json) {
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(json);
        assertThat(id.find()).as(json).isTrue();
        return Long.parseLong(id.group(1));
    }

    /** A browser: one cookie jar for both nodes, which differ only by port, as behind one load balancer. */
    private static final class Browser {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        /** Where the sign-in sends the browser. */
        String signIn(ConfigurableApplicationContext node, String username, String password) throws Exception {
            String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                    + URLEncoder.encode(csrf(get(node, "/login").body()), StandardCharsets.UTF_8);
            HttpResponse<String> answer = post(node, "/login", form);
            assertThat(answer.statusCode()).isEqualTo(302);
            return answer.headers().firstValue("Location").orElseThrow();
        }

        HttpResponse<String> get(ConfigurableApplicationContext node, String path) throws Exception {
            return client.send(HttpRequest.newBuilder(uri(node, path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        HttpResponse<String> post(ConfigurableApplicationContext node, String path, String form) throws Exception {
            return client.send(HttpRequest.newBuilder(uri(node, path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    /** A program calling the JSON API with a personal access token, on whichever node it reaches. */
    private static final class Api {

        private final HttpClient client = HttpClient.newHttpClient();
        private final String token;

        Api(String token) {
            this.token = token;
        }

        HttpRequest.Builder authorised(HttpRequest.Builder request) {
            return request.header("Authorization", "Bearer " + token);
        }

        HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            return client.send(authorised(request).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        HttpResponse<String> attach(ConfigurableApplicationContext node, String path, String fileName, byte[] content)
                throws Exception {
            String boundary = "hai-nut-" + UUID.randomUUID();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + fileName + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return send(HttpRequest.newBuilder(uri(node, path))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        }
    }
}
