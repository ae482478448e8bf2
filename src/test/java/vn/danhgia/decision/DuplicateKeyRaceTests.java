package vn.danhgia.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Twenty sessions creating the same record from the same empty board at the same moment ({@code expectedVersion}
 * null): Phong (NB013, truongphong) proposing and deciding for his deputies Mai (NB014) and Bảo (NB015), Thắng
 * (NB001) recording Phòng Kinh tế's collective result. One creation wins; every other answer is 409 with the rule
 * (the database's unique key refusing the second insert is a lost race, not a server error), over the API and on
 * the pages alike, and exactly one record is stored. Quarters of 2047, which no other test uses.
 */
@DemoDataTest
class DuplicateKeyRaceTests {

    private static final Quarter Q1 = new Quarter(2047, 1);
    private static final Quarter Q2 = new Quarter(2047, 2);
    private static final int SESSIONS = 20;

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    TestActors actors;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganizationQueries organization;

    @Autowired
    AccessScopes access;

    @Autowired
    MessageSource messages;

    DecisionFixture fixture;
    Actor phong;
    Actor thang;

    @BeforeEach
    void setUp() {
        fixture = new DecisionFixture(jdbc, organization, access);
        clean();
        clock.setDate(LocalDate.of(2047, 3, 18));
        phong = actors.account("truongphong");
        thang = actors.cadre("NB001", Role.AUTHORITY, Role.UNIT_HEAD);
        fixture.appraised("NB014", Q1, 0);
        fixture.appraised("NB015", Q1, 0);
        fixture.appraised("NB014", Q2, 0);
        fixture.appraised("NB015", Q2, 0);
    }

    @AfterEach
    void clean() {
        fixture.clean(2047);
    }

    @Test
    @DisplayName("API: twenty decisions on Mai's empty quarter at once — one 200, every other 409, one rating")
    void decidingTheSameCadreAtOnceOverTheApi() throws Exception {
        long mai = fixture.cadre("NB014").value();
        List<Answer> answers = race(() -> api("/api/v1/decisions/decide", phong, "{\"cadreId\":" + mai
                + ",\"year\":2047,\"quarter\":1,\"expectedVersion\":null,\"level\":\"GOOD\"}"));
        assertOneWinnerOverTheApi(answers);
        assertThat(liveRatings("NB014", Q1)).isEqualTo(1);
    }

    @Test
    @DisplayName("API: twenty proposals for Bảo's empty quarter at once — one 200, every other 409, one rating")
    void proposingForTheSameCadreAtOnceOverTheApi() throws Exception {
        long bao = fixture.cadre("NB015").value();
        List<Answer> answers = race(() -> api("/api/v1/decisions/propose", phong, "{\"cadreId\":" + bao
                + ",\"year\":2047,\"quarter\":1,\"level\":\"GOOD\"}"));
        assertOneWinnerOverTheApi(answers);
        assertThat(liveRatings("NB015", Q1)).isEqualTo(1);
    }

    @Test
    @DisplayName("API: twenty recordings of Phòng Kinh tế's collective result at once — one 200, every other 409")
    void recordingTheSameCollectiveAtOnceOverTheApi() throws Exception {
        long unit = fixture.unit("VPUB-NB.KT").value();
        List<Answer> answers = race(() -> api("/api/v1/decisions/collective", thang, "{\"unitId\":" + unit
                + ",\"year\":2047,\"quarter\":1,\"assigned\":10,\"done\":9}"));
        assertOneWinnerOverTheApi(answers);
        assertThat(collectives(unit, Q1)).isEqualTo(1);
    }

    @Test
    @DisplayName("Pages: twenty decisions on Mai's empty quarter at once — one saved, every other 409 with a message")
    void decidingTheSameCadreAtOnceOnThePage() throws Exception {
        long mai = fixture.cadre("NB014").value();
        List<Answer> answers = race(() -> form("/review/decisions/decide", phong).param("cadre", "" + mai)
                .param("year", "2047").param("quarter", "2").param("version", "").param("level", "GOOD"));
        assertOneWinnerOnThePage(answers);
        assertThat(liveRatings("NB014", Q2)).isEqualTo(1);
    }

    @Test
    @DisplayName("Pages: twenty proposals for Bảo's empty quarter at once — one saved, every other 409 with a message")
    void proposingForTheSameCadreAtOnceOnThePage() throws Exception {
        long bao = fixture.cadre("NB015").value();
        List<Answer> answers = race(() -> form("/review/decisions/propose", phong).param("cadre", "" + bao)
                .param("year", "2047").param("quarter", "2").param("version", "").param("level", "GOOD"));
        assertOneWinnerOnThePage(answers);
        assertThat(liveRatings("NB015", Q2)).isEqualTo(1);
    }

    @Test
    @DisplayName("Pages: twenty recordings of the collective's result at once — one saved, every other 409")
    void recordingTheSameCollectiveAtOnceOnThePage() throws Exception {
        long unit = fixture.unit("VPUB-NB.KT").value();
        List<Answer> answers = race(() -> form("/review/decisions/collective", thang).param("unit", "" + unit)
                .param("year", "2047").param("quarter", "2").param("version", "").param("assigned", "10")
                .param("done", "9"));
        assertOneWinnerOnThePage(answers);
        assertThat(collectives(unit, Q2)).isEqualTo(1);
    }

    /** What one session got back: the status and body, or the exception that escaped every handler (a 500). */
    private record Answer(int status, String contentType, String body, Throwable escaped) {

        @Override
        public String toString() {
            return escaped != null ? "500 " + escaped : status + " " + body.substring(0, Math.min(200, body.length()));
        }
    }

    private List<Answer> race(Supplier<MockHttpServletRequestBuilder> request) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(SESSIONS);
        try {
            List<Future<Answer>> pending = new ArrayList<>();
            for (int i = 0; i < SESSIONS; i++) {
                MockHttpServletRequestBuilder built = request.get();
                pending.add(pool.submit(() -> {
                    start.await();
                    try {
                        MockHttpServletResponse response = mvc.perform(built).andReturn().getResponse();
                        return new Answer(response.getStatus(), String.valueOf(response.getContentType()),
                                response.getContentAsString(), null);
                    } catch (Exception escaped) {
                        return new Answer(500, "", "", escaped);
                    }
                }));
            }
            start.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> answer : pending) {
                answers.add(answer.get(120, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The losers read that someone saved (a stale version) or created (a unique key) the record first. */
    private void assertOneWinnerOverTheApi(List<Answer> answers) {
        assertThat(answers).as("every answer is 200 or 409").allSatisfy(answer ->
                assertThat(answer.status()).isIn(200, 409));
        assertThat(answers).filteredOn(answer -> answer.status() == 200).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.status() == 409).allSatisfy(answer -> {
            assertThat(answer.contentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(answer.body()).containsAnyOf(message("platform.concurrent-edit"),
                    message("platform.created-meanwhile")).doesNotContain("Exception", "could not execute");
        });
    }

    private void assertOneWinnerOnThePage(List<Answer> answers) {
        assertThat(answers).as("every answer is a redirect after saving or 409").allSatisfy(answer ->
                assertThat(answer.status()).isIn(302, 409));
        assertThat(answers).filteredOn(answer -> answer.status() == 302).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.status() == 409).allSatisfy(answer ->
                assertThat(answer.body()).containsAnyOf(message("review.decision.conflict"),
                        message("platform.created-meanwhile")).doesNotContain("Exception", "could not execute"));
    }

    private String message(String key) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, null, Locale.forLanguageTag("vi")), "UTF-8");
    }

    private static MockHttpServletRequestBuilder api(String path, Actor actor, String body) {
        return post(path).with(csrf()).with(TestActors.as(actor)).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).content(body);
    }

    private static MockHttpServletRequestBuilder form(String path, Actor actor) {
        return post(path).with(csrf()).with(TestActors.as(actor));
    }

    private int liveRatings(String code, Quarter quarter) {
        return jdbc.queryForObject("select count(*) from quarter_rating where cadre_id = ? and period_year = ? "
                + "and period_quarter = ?", Integer.class, fixture.cadre(code).value(), quarter.year(),
                quarter.number());
    }

    private int collectives(long unit, Quarter quarter) {
        return jdbc.queryForObject("select count(*) from collective_result where unit_id = ? and period_year = ? "
                + "and period_quarter = ?", Integer.class, unit, quarter.year(), quarter.number());
    }
}
