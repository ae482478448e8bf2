package vn.danhgia.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.RuleSource;
import vn.danhgia.rules.annual.SubjectTrack;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Phòng Kinh tế's year 2044 rated by the annual rating engine (issue 13 §5): the facts gathered from the submitted
 * self-review and quarters or entered on the board, the legal basis chosen by year and track, every reason shown the
 * same on the board, the decision form and the API.
 */
@DemoDataTest
class YearlyEngineWiringTests {

    static final int YEAR = 2044;

    @Autowired
    YearlyRatings ratings;

    @Autowired
    SelfReviewService selfReviews;

    @Autowired
    MutableClock clock;

    @Autowired
    TestActors actors;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    YearlyRatingFixture fixture;
    Actor authority;
    Actor personnel;

    @BeforeEach
    void setUp() {
        fixture = new YearlyRatingFixture(context);
        clean();
        authority = actors.account("thamquyen");
        personnel = actors.account("tochuc");
        clock.setDate(java.time.LocalDate.of(YEAR, 12, 14));
    }

    @AfterEach
    void clean() {
        jdbc.update("update org_cadre set employment_kind = 'CIVIL_SERVANT' where code = 'NB015'");
        for (String table : List.of("self_review_score", "self_review_section")) {
            jdbc.update("delete from " + table + " where self_review_id in (select id from self_review"
                    + " where review_year = ?)", YEAR);
        }
        jdbc.update("delete from audit_entry where record_type = 'SELF_REVIEW' and record_id in (select id from"
                + " self_review where review_year = ?)", YEAR);
        jdbc.update("delete from self_review where review_year = ?", YEAR);
        fixture.clean(YEAR);
    }

    void gather() {
        TestActors.runAs(personnel, () -> ratings.gather(fixture.unit(), YEAR));
    }

    YearlyRatingView rating(String code, YearlyTrack track) {
        long cadre = fixture.cadre(code);
        return TestActors.runAs(authority, () -> ratings.board(fixture.unit(), YEAR)).ratings().stream()
                .filter(r -> r.track() == track && r.cadreId() != null && r.cadreId() == cadre)
                .findFirst().orElseThrow();
    }

    YearlyRatingView collective() {
        return TestActors.runAs(authority, () -> ratings.board(fixture.unit(), YEAR)).ratings().stream()
                .filter(r -> r.track() == YearlyTrack.COLLECTIVE).findFirst().orElseThrow();
    }

    YearlyRatingView enter(YearlyRatingView rating, YearlyFactsInput facts) {
        return TestActors.runAs(personnel, () -> ratings.enterFacts(rating.id(), rating.version(), facts));
    }

    static YearlyFactsInput tasks(int assigned, int done, int beyond, int late, int rework) {
        return new YearlyFactsInput(null, assigned, done, beyond, late, rework, null, false, null);
    }

    static List<String> codes(YearlyRatingView rating) {
        return rating.suggestionReasons().stream().map(YearlyReason::messageKey).toList();
    }

    /** The head's Mẫu 02B submitted with the frame's points adding up to the total. */
    void selfReviewOfTheHead(String total) {
        Actor head = actors.account("truongphong");
        TestActors.runAs(head, () -> {
            SelfReviewView review = selfReviews.openMine(YEAR);
            Map<String, BigDecimal> scores = new LinkedHashMap<>();
            BigDecimal short_ = review.frame().stream().map(SelfReviewView.FrameItem::maxPoints)
                    .reduce(BigDecimal.ZERO, BigDecimal::add).subtract(new BigDecimal(total));
            for (SelfReviewView.FrameItem item : review.frame()) {
                BigDecimal taken = short_.min(item.maxPoints());
                scores.put(item.code(), item.maxPoints().subtract(taken));
                short_ = short_.subtract(taken);
            }
            SelfReviewView saved = selfReviews.save(review.id(), review.version(),
                    new SelfReviewContent(null, "EXCELLENT", scores));
            return selfReviews.submit(saved.id(), saved.version());
        });
    }

    @Test
    void aLeaderScoring92WithTooFewTasksBeyondRequirementIsNotExcellentUnderQd366() {
        // Every task on time with quality, one in ten beyond requirement: QĐ 366 Điều 11 wants ≥ 30 % for EXCELLENT.
        for (int quarter = 1; quarter <= 2; quarter++) {
            fixture.submitted("NB013", YEAR, quarter, "90", 9, 1, 0);
        }
        gather();
        // The unit he leads: every task done on time, 40 % beyond (its own conditions met for EXCELLENT).
        enter(collective(), tasks(10, 10, 4, 0, 0));
        YearlyRatingView party = rating("NB013", YearlyTrack.PARTY);
        assertThat(party.facts().pointsSource()).isEqualTo(FactSource.QUARTERS);
        selfReviewOfTheHead("92");

        party = rating("NB013", YearlyTrack.PARTY);
        assertThat(party.facts().subjectTrack()).isEqualTo(SubjectTrack.PARTY_MEMBER);
        assertThat(party.facts().points()).isEqualByComparingTo("92");
        assertThat(party.facts().pointsSource()).isEqualTo(FactSource.SELF_REVIEW);
        assertThat(party.facts().tasks().assigned()).isEqualTo(20);
        assertThat(party.facts().tasks().beyond()).isEqualTo(2);
        assertThat(party.facts().tasksSource()).isEqualTo(FactSource.QUARTERS);
        assertThat(party.suggestedLevel()).isEqualTo(RatingLevel.GOOD);
        YearlyReason short_ = party.suggestionReasons().stream()
                .filter(reason -> reason.messageKey().equals("rule.beyond-share-short")).findFirst().orElseThrow();
        assertThat(short_.limits()).isTrue();
        assertThat(short_.sourceKey()).isEqualTo(RuleSource.QD_366_ARTICLE_11.messageKey());
        assertThat(codes(party)).contains("rule.annual-legal-basis", "rule.points-band")
                .doesNotContain("rule.leader-unit-unknown", "rule.leader-unit-conditions");
        // The legal basis named: Quy định 366 for the party side from the 2025 review.
        assertThat(text(party.suggestionReasons().get(0))).contains("366");
    }

    @Test
    void aCivilServantFrom2026IsRatedOnTheBandsOfNd335() {
        for (int quarter = 1; quarter <= 3; quarter++) {
            fixture.submitted("NB014", YEAR, quarter, quarter == 1 ? "66" : "70", 5, 0, 0);
        }
        gather();
        YearlyRatingView mai = rating("NB014", YearlyTrack.STATE);
        // The mean of 66, 70 and 70: 68.67, in NĐ 335's band 50 – < 70.
        assertThat(mai.facts().subjectTrack()).isEqualTo(SubjectTrack.CIVIL_SERVANT);
        assertThat(mai.facts().points()).isEqualByComparingTo("68.67");
        assertThat(mai.suggestedLevel()).isEqualTo(RatingLevel.COMPLETED);
        YearlyReason band = mai.suggestionReasons().stream()
                .filter(reason -> reason.messageKey().equals("rule.points-band")).findFirst().orElseThrow();
        assertThat(band.sourceKey()).isEqualTo(RuleSource.ND_335_2025.messageKey());
        assertThat(text(band)).contains("68,67");
        // NĐ 335 carries the tasks in its 70 result points: no separate task conditions.
        assertThat(codes(mai)).doesNotContain("rule.beyond-share-short", "rule.beyond-share-met");
    }

    @Test
    void aPublicEmployeeUnderNd90NeedsHalfHisTasksBeyondRequirementForExcellent() {
        jdbc.update("update org_cadre set employment_kind = 'PUBLIC_EMPLOYEE' where code = 'NB015'");
        fixture.submitted("NB015", YEAR, 1, "95", 6, 4, 0);
        gather();
        YearlyRatingView bao = rating("NB015", YearlyTrack.STATE);
        assertThat(bao.facts().subjectTrack()).isEqualTo(SubjectTrack.PUBLIC_EMPLOYEE);
        // Nghị định 90/2020: 40 % beyond is not the 50 % EXCELLENT needs; the points play no part.
        assertThat(bao.suggestedLevel()).isEqualTo(RatingLevel.GOOD);
        YearlyReason short_ = bao.suggestionReasons().stream()
                .filter(reason -> reason.messageKey().equals("rule.beyond-share-short")).findFirst().orElseThrow();
        assertThat(short_.sourceKey()).isEqualTo(RuleSource.ND_90_2020.messageKey());
        assertThat(codes(bao)).doesNotContain("rule.points-band");
        // Five of ten beyond requirement, entered: EXCELLENT.
        bao = enter(bao, tasks(10, 10, 5, 0, 0));
        assertThat(bao.facts().tasksSource()).isEqualTo(FactSource.ENTERED);
        assertThat(bao.suggestedLevel()).isEqualTo(RatingLevel.EXCELLENT);
        assertThat(codes(bao)).contains("rule.beyond-share-met");
    }

    @Test
    void disciplineEnteredOnTheBoardMakesTheYearNotCompleted() {
        for (int quarter = 1; quarter <= 3; quarter++) {
            fixture.submitted("NB014", YEAR, quarter, "95", 5, 0, 0);
        }
        gather();
        YearlyRatingView mai = rating("NB014", YearlyTrack.STATE);
        assertThat(mai.suggestedLevel()).isEqualTo(RatingLevel.EXCELLENT);
        // Bad input is refused, field by field, nothing changed.
        YearlyRatingView before = mai;
        assertThatThrownBy(() -> enter(before, new YearlyFactsInput("105", 3, 4, 0, 0, 0, "SCOLDING", false, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid ->
                        assertThat(invalid.violations()).extracting(violation -> violation.field())
                                .containsExactly("points", "tasks", "discipline"));
        // Nobody enters the facts of their own rating.
        assertThatThrownBy(() -> TestActors.runAs(actors.account("canbo"), () -> ratings.enterFacts(before.id(),
                before.version(), new YearlyFactsInput(null, null, null, null, null, null, null, false, null))))
                .isInstanceOf(AccessRefusedException.class);
        // Quy định 366 Điều 11, Nghị định 335: khiển trách or above in the year → NOT_COMPLETED.
        mai = enter(mai, new YearlyFactsInput(null, null, null, null, null, null, "REPRIMAND", false, null));
        assertThat(mai.suggestedLevel()).isEqualTo(RatingLevel.NOT_COMPLETED);
        assertThat(mai.disciplined()).isTrue();
        assertThat(codes(mai)).contains("rule.annual-disciplined");
        assertThat(jdbc.queryForList("select action from audit_entry where record_type = 'YEARLY_RATING'"
                + " and record_id = ? order by id", String.class, mai.id())).endsWith("YEARLY_RATING_FACTS_ENTERED");
        // A second person saving from the version first read is refused.
        assertThatThrownBy(() -> enter(before, new YearlyFactsInput(null, null, null, null, null, null, null, false,
                null))).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(rating("NB014", YearlyTrack.STATE).facts().discipline()).isNotNull();
    }

    @Test
    void aNotCompletedQuarterRulesOutExcellentForTheYear() {
        fixture.quarters("NB015", YEAR, RatingLevel.EXCELLENT, RatingLevel.NOT_COMPLETED, RatingLevel.EXCELLENT);
        for (int quarter = 1; quarter <= 3; quarter++) {
            fixture.submitted("NB015", YEAR, quarter, "96", 5, 0, 0);
        }
        gather();
        // Seed 002 §5: "có 01 quý trong năm xếp loại Không hoàn thành nhiệm vụ thì không xếp loại Hoàn thành xuất sắc
        // nhiệm vụ cả năm", whatever the points (96).
        YearlyRatingView bao = rating("NB015", YearlyTrack.STATE);
        assertThat(bao.suggestedLevel()).isEqualTo(RatingLevel.GOOD);
        YearlyReason quarter = bao.suggestionReasons().stream()
                .filter(reason -> reason.messageKey().equals("rule.year-quarter-not-completed")).findFirst()
                .orElseThrow();
        assertThat(quarter.sourceKey()).isEqualTo(RuleSource.SEED_002_5.messageKey());
    }

    @Test
    void aPartyLevelRestsOnTheCadreLevelProposedThenDecided() {
        for (int quarter = 1; quarter <= 2; quarter++) {
            fixture.submitted("NB014", YEAR, quarter, "95", 3, 2, 0);
        }
        gather();
        YearlyRatingView party = rating("NB014", YearlyTrack.PARTY);
        assertThat(party.suggestedLevel()).isEqualTo(RatingLevel.EXCELLENT);
        // Seed 004 §VII.1: while the authority has not decided the cadre level, the workplace's proposal is the basis.
        YearlyRatingView state = rating("NB014", YearlyTrack.STATE);
        TestActors.runAs(actors.account("truongphong"), () -> ratings.propose(state.id(), state.version(),
                RatingLevel.GOOD, "Theo kết quả họp kiểm điểm của phòng"));
        YearlyRatingView proposed = rating("NB014", YearlyTrack.PARTY);
        assertThat(proposed.suggestedLevel()).isEqualTo(RatingLevel.GOOD);
        assertThat(proposed.facts().cadreLevelProvisional()).isTrue();
        assertThat(codes(proposed)).contains("rule.leader-party-level-provisional");
        // Read from another rating, not edited: what a person read of this one stays current.
        assertThat(proposed.version()).isEqualTo(party.version());
        YearlyRatingView stateNow = rating("NB014", YearlyTrack.STATE);
        TestActors.runAs(authority, () -> ratings.decide(stateNow.id(), stateNow.version(), RatingLevel.COMPLETED,
                null));
        YearlyRatingView decided = rating("NB014", YearlyTrack.PARTY);
        assertThat(decided.suggestedLevel()).isEqualTo(RatingLevel.COMPLETED);
        assertThat(decided.facts().cadreLevelProvisional()).isFalse();
        assertThat(codes(decided)).contains("rule.leader-party-level-decided");
    }

    @Test
    void withoutPointsOrTasksTheBoardSaysWhatIsMissing() {
        gather();
        YearlyRatingView party = rating("NB014", YearlyTrack.PARTY);
        assertThat(party.suggestedLevel()).isNull();
        assertThat(codes(party)).contains("annual.rating.reason.missing.points", "annual.rating.reason.missing.tasks");
        party = enter(party, new YearlyFactsInput("88,5", 10, 10, 3, 0, 0, null, false, null));
        assertThat(party.facts().pointsSource()).isEqualTo(FactSource.ENTERED);
        assertThat(party.suggestedLevel()).isEqualTo(RatingLevel.GOOD);
    }

    @Test
    void theBoardTheDecisionFormAndTheApiGiveTheSameSuggestionAndReasons() throws Exception {
        fixture.quarters("NB015", YEAR, RatingLevel.GOOD, RatingLevel.NOT_COMPLETED, RatingLevel.GOOD);
        for (int quarter = 1; quarter <= 3; quarter++) {
            fixture.submitted("NB015", YEAR, quarter, "91", 7, 2, 1);
        }
        gather();
        YearlyRatingView bao = rating("NB015", YearlyTrack.PARTY);
        assertThat(bao.suggestedLevel()).isNotNull();
        List<String> expected = new ArrayList<>();
        for (YearlyReason reason : bao.suggestionReasons()) {
            expected.add(reason.sourceKey() == null ? text(reason)
                    : text(reason) + " (" + messages.getMessage(reason.sourceKey(), null, VI) + ")");
        }
        String api = mvc.perform(get("/api/v1/annual/ratings/{id}", bao.id()).with(TestActors.as(authority)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(api, "$.suggestedLevel")).isEqualTo(bao.suggestedLevel().name());
        assertThat((List<String>) JsonPath.read(api, "$.suggestionReasons")).isEqualTo(expected);
        String board = mvc.perform(get("/annual/ratings").param("unit", String.valueOf(fixture.unit()))
                        .param("year", String.valueOf(YEAR)).with(TestActors.as(authority)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String form = mvc.perform(get("/annual/ratings/{id}/decision", bao.id()).with(TestActors.as(authority)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String level = html(messages.getMessage(bao.suggestedLevel().messageKey(), null, VI));
        String row = board.substring(board.indexOf("id=\"rating-" + bao.id() + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        for (String page : List.of(row, form)) {
            String flat = page.replaceAll("\\s+", " ");
            assertThat(flat).contains(level);
            for (YearlyReason reason : bao.suggestionReasons()) {
                assertThat(flat).contains(html(text(reason)).replaceAll("\\s+", " "));
            }
        }
    }

    private static final Locale VI = Locale.forLanguageTag("vi");

    /** As Thymeleaf's th:text writes text: the markup characters escaped, letters as they are. */
    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private String text(YearlyReason reason) {
        return messages.getMessage(reason.messageKey(), reason.args(), VI);
    }
}
