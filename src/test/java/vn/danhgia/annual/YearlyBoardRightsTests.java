package vn.danhgia.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.annual.rating.YearlyBatchDecisions;
import vn.danhgia.annual.rating.YearlyBatchDecisions.Selection;
import vn.danhgia.organization.CadreWithPosition;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.decision.RatingStatus;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.Role;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Who may decide which row of a yearly board (test year 2046), and deciding several rows at once: the ward's Ban Chấp
 * hành, where the Đảng ủy phường rates its members but the Ban Thường vụ Thành ủy rates the Bí thư and the Phó Bí thư
 * thường trực (seed 004 §V.1, §V.2), and Phòng Kinh tế of the demo office, where the Chánh Văn phòng decides (seed 003
 * §II.1.2).
 */
@DemoDataTest
class YearlyBoardRightsTests {

    static final int YEAR = 2046;

    @Autowired
    MockMvc mvc;

    @Autowired
    YearlyRatings ratings;

    @Autowired
    YearlyBatchDecisions batch;

    @Autowired
    MutableClock clock;

    @Autowired
    TestActors actors;

    @Autowired
    OrganizationQueries organization;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    YearlyRatingFixture fixture;
    Actor authority;

    @BeforeEach
    void setUp() {
        fixture = new YearlyRatingFixture(context);
        fixture.clean(YEAR);
        clock.setDate(LocalDate.of(YEAR, 12, 14));
        authority = actors.account("thamquyen");
    }

    @AfterEach
    void clean() {
        fixture.clean(YEAR);
    }

    CadreWithPosition holder(String positionCode) {
        var position = organization.positionByCode(positionCode).orElseThrow();
        return organization.cadresWithPositions(LocalDate.of(YEAR, 12, 31)).stream()
                .filter(post -> post.positionId().equals(position.id())).findFirst().orElseThrow();
    }

    @Test
    void wardSecretarySeesTheDecideLinkOnlyOnTheRowsTheWardCommitteeRates() throws Exception {
        long executive = organization.unitByCode("DB-NN.BCH").orElseThrow().id().value();
        Actor admin = actors.cadre("NB006", Role.ADMIN, Role.PERSONNEL_OFFICER);
        TestActors.runAs(admin, () -> ratings.gather(executive, YEAR));
        CadreWithPosition secretary = holder("DB-NN.BCH.BT");
        long standingDeputy = holder("DB-NN.BCH.PBTTT").cadreId().value();
        Actor committee = actors.cadre(secretary.cadreCode(), Role.AUTHORITY, Role.UNIT_HEAD);

        YearlyBoard board = TestActors.runAs(committee, () -> ratings.board(executive, YEAR));
        // Seed 004 §V.1: the city rates the Bí thư (his own rows besides) and the Phó Bí thư thường trực; §V.2: the
        // ward committee rates the other members of its Ban Chấp hành.
        List<YearlyRatingView> own = board.ratings().stream()
                .filter(r -> Objects.equals(r.cadreId(), secretary.cadreId().value())).toList();
        List<YearlyRatingView> city = board.ratings().stream()
                .filter(r -> Objects.equals(r.cadreId(), standingDeputy)).toList();
        assertThat(own).isNotEmpty().noneMatch(r -> board.decides(r.id()));
        assertThat(city).isNotEmpty().noneMatch(r -> board.decides(r.id()));
        assertThat(board.ratings()).anyMatch(r -> board.decides(r.id()));
        assertThat(board.mayDecide()).isTrue();

        String page = mvc.perform(get("/annual/ratings").param("unit", String.valueOf(executive))
                        .param("year", String.valueOf(YEAR)).with(TestActors.as(committee)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        for (YearlyRatingView row : board.ratings()) {
            String link = "href=\"/annual/ratings/" + row.id() + "/decision\"";
            String tick = "value=\"" + row.id() + ":" + row.version() + "\"";
            if (board.decides(row.id())) {
                assertThat(page).as(row.subjectName()).contains(link).contains(tick);
            } else {
                assertThat(page).as(row.subjectName()).doesNotContain(link).doesNotContain(tick);
            }
        }
        // Announce, lock and complaint answers stay with whoever decides any row.
        assertThat(page).contains("id=\"announce\"").contains("id=\"lock\"").contains("id=\"batch-decide\"");

        // The links say what the service does.
        YearlyRatingView refused = city.get(0);
        assertThatThrownBy(() -> TestActors.runAs(committee, () -> ratings.decide(refused.id(), refused.version(),
                RatingLevel.GOOD, "Theo biên bản")))
                .isInstanceOfAny(AccessRefusedException.class, RecordNotFoundException.class);
        YearlyRatingView member = board.ratings().stream().filter(r -> board.decides(r.id())
                && r.track() != YearlyTrack.COLLECTIVE).findFirst().orElseThrow();
        assertThat(TestActors.runAs(committee, () -> ratings.decide(member.id(), member.version(), RatingLevel.GOOD,
                "Theo biên bản")).decidedLevel()).isEqualTo(RatingLevel.GOOD);
    }

    /** Phòng Kinh tế gathered, Lương Thị Mai proposed EXCELLENT by the personnel office (above her GOOD suggestion). */
    private void kinhTeGathered() {
        fixture.quarters("NB013", YEAR, RatingLevel.GOOD, RatingLevel.GOOD, RatingLevel.GOOD);
        fixture.quarters("NB014", YEAR, RatingLevel.GOOD, RatingLevel.EXCELLENT, RatingLevel.GOOD);
        fixture.quarters("NB015", YEAR, RatingLevel.GOOD, RatingLevel.GOOD, RatingLevel.COMPLETED);
        // The year's points for Nghị định 335's bands: every one GOOD.
        for (int quarter = 1; quarter <= 3; quarter++) {
            fixture.submitted("NB013", YEAR, quarter, "80", 5, 1, 0);
            fixture.submitted("NB014", YEAR, quarter, "82", 5, 1, 0);
            fixture.submitted("NB015", YEAR, quarter, "75", 5, 0, 0);
        }
        Actor personnel = actors.account("tochuc");
        TestActors.runAs(personnel, () -> ratings.gather(fixture.unit(), YEAR));
        YearlyRatingView mai = row("NB014", YearlyTrack.STATE);
        TestActors.runAs(personnel, () -> ratings.propose(mai.id(), mai.version(), RatingLevel.EXCELLENT, null));
    }

    YearlyRatingView row(String code, YearlyTrack track) {
        Long cadre = code == null ? null : fixture.cadre(code);
        return TestActors.runAs(authority, () -> ratings.board(fixture.unit(), YEAR)).ratings().stream()
                .filter(r -> r.track() == track && Objects.equals(r.cadreId(), cadre)).findFirst().orElseThrow();
    }

    int decidedEntries(long ratingId) {
        return jdbc.queryForObject("select count(*) from audit_entry where record_type = 'YEARLY_RATING'"
                + " and record_id = ? and action = 'YEARLY_RATING_DECIDED'", Integer.class, ratingId);
    }

    @Test
    void batchDecidesEachRowByTheSingleDecisionsRulesAndSaysWhyTheOthersWereRefused() {
        kinhTeGathered();
        YearlyRatingView head = row("NB013", YearlyTrack.STATE);
        YearlyRatingView mai = row("NB014", YearlyTrack.STATE);
        YearlyRatingView bao = row("NB015", YearlyTrack.STATE);
        YearlyRatingView baoParty = row("NB015", YearlyTrack.PARTY);

        List<YearlyBatchDecisions.Outcome> outcomes = TestActors.runAs(authority, () -> batch.decide(fixture.unit(),
                YEAR, List.of(new Selection(head.id(), head.version()), new Selection(mai.id(), mai.version()),
                        new Selection(bao.id(), bao.version()), new Selection(baoParty.id(), baoParty.version() + 1))));

        assertThat(outcomes).extracting(o -> o.outcome().done()).containsExactly(false, false, true, false);
        // Seed 004 §VII.2: the head waits for the collective; a level above the suggestion needs a written reason.
        assertThat(outcomes.get(0).outcome().messageKey()).isEqualTo("annual.rating.refusal.collectiveFirst");
        assertThat(outcomes.get(1).level()).isEqualTo(RatingLevel.EXCELLENT);
        assertThat(outcomes.get(1).outcome().messageKey()).isEqualTo("annual.rating.reasonRequiredAboveSuggestion");
        assertThat(outcomes.get(2).level()).isEqualTo(bao.suggestedLevel());
        // A version the board no longer shows is refused for that row alone.
        assertThat(outcomes.get(3).outcome().messageKey()).isEqualTo("platform.concurrent-edit");

        assertThat(row("NB015", YearlyTrack.STATE).decidedLevel()).isEqualTo(bao.suggestedLevel());
        assertThat(row("NB013", YearlyTrack.STATE).status()).isEqualTo(head.status());
        assertThat(row("NB014", YearlyTrack.STATE).status()).isEqualTo(RatingStatus.PROPOSED);
        assertThat(decidedEntries(bao.id())).isEqualTo(1);
        assertThat(decidedEntries(mai.id())).isZero();

        // A collective has no suggestion of its own: unproposed, it is refused with the reason.
        YearlyRatingView unproposed = row(null, YearlyTrack.COLLECTIVE);
        assertThat(TestActors.runAs(authority, () -> batch.decide(fixture.unit(), YEAR,
                List.of(new Selection(unproposed.id(), unproposed.version())))).get(0).outcome().messageKey())
                .isEqualTo("annual.rating.batch.noLevel");
        TestActors.runAs(actors.account("tochuc"), () -> ratings.propose(unproposed.id(), unproposed.version(),
                RatingLevel.GOOD, null));
        // Ticked after the head, the collective is still decided first, so both go through.
        YearlyRatingView collective = row(null, YearlyTrack.COLLECTIVE);
        YearlyRatingView headNow = row("NB013", YearlyTrack.STATE);
        List<YearlyBatchDecisions.Outcome> second = TestActors.runAs(authority, () -> batch.decide(fixture.unit(),
                YEAR, List.of(new Selection(headNow.id(), headNow.version()),
                        new Selection(collective.id(), collective.version()))));
        assertThat(second).extracting(YearlyBatchDecisions.Outcome::ratingId)
                .containsExactly(collective.id(), headNow.id());
        assertThat(second).allMatch(o -> o.outcome().done());
        assertThat(decidedEntries(headNow.id())).isEqualTo(1);
    }

    @Test
    void batchPageListsTheRefusedRowsWithTheirReasonInVietnamese() throws Exception {
        kinhTeGathered();
        YearlyRatingView head = row("NB013", YearlyTrack.STATE);
        YearlyRatingView mai = row("NB014", YearlyTrack.STATE);
        YearlyRatingView bao = row("NB015", YearlyTrack.STATE);
        mvc.perform(post("/annual/ratings/decisions").with(csrf()).with(TestActors.as(authority))
                        .param("unit", String.valueOf(fixture.unit())).param("year", String.valueOf(YEAR))
                        .param("rating", head.id() + ":" + head.version(), mai.id() + ":" + mai.version(),
                                bao.id() + ":" + bao.version()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Đã thực hiện 1/3")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Phải quyết định mức xếp loại của tập thể trước")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Quyết định cao hơn mức gợi ý “Hoàn thành tốt nhiệm vụ” phải ghi rõ lý do.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Lương Thị Mai — Công chức, viên chức: Hoàn thành xuất sắc nhiệm vụ")));
        assertThat(row("NB015", YearlyTrack.STATE).status()).isEqualTo(RatingStatus.DECIDED);
    }

    @Test
    void batchApiAnswersEachRowAndRefusesAnEmptySelectionAsProblemJson() throws Exception {
        kinhTeGathered();
        YearlyRatingView mai = row("NB014", YearlyTrack.STATE);
        YearlyRatingView bao = row("NB015", YearlyTrack.STATE);
        mvc.perform(post("/api/v1/annual/ratings/decisions").with(csrf()).with(TestActors.as(authority))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitId\":" + fixture.unit() + ",\"year\":" + YEAR + ",\"ratings\":[{\"id\":"
                                + mai.id() + ",\"version\":" + mai.version() + "},{\"id\":" + bao.id()
                                + ",\"version\":" + bao.version() + "}]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decided").value(1))
                .andExpect(jsonPath("$.outcomes[0].ratingId").value(mai.id()))
                .andExpect(jsonPath("$.outcomes[0].decided").value(false))
                .andExpect(jsonPath("$.outcomes[0].refusal").value(
                        "Quyết định cao hơn mức gợi ý “Hoàn thành tốt nhiệm vụ” phải ghi rõ lý do."))
                .andExpect(jsonPath("$.outcomes[1].decided").value(true))
                .andExpect(jsonPath("$.outcomes[1].level").value(bao.suggestedLevel().name()));
        mvc.perform(post("/api/v1/annual/ratings/decisions").with(csrf()).with(TestActors.as(authority))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitId\":" + fixture.unit() + ",\"year\":" + YEAR + ",\"ratings\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/annual/ratings").param("unit", String.valueOf(fixture.unit()))
                        .param("year", String.valueOf(YEAR)).with(TestActors.as(authority)))
                .andExpect(jsonPath("$.decidable").isArray());
        mvc.perform(get("/v3/api-docs").with(TestActors.as(actors.account("admin"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/annual/ratings/decisions'].post").exists());
    }
}
