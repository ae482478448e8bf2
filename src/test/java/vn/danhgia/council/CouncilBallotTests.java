package vn.danhgia.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.council.TallyReason;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.SubmittedSelfAssessments;
import vn.danhgia.support.TestActors;

/**
 * Issue 12 "A credible council ballot": the Nhà khách tỉnh council (see {@link CouncilFixture}) votes for quarter
 * I/2070. The ballot shows each cadre's self-assessed and appraised figures; a scheme asking for a secret ballot hides
 * the tally from everyone, the secretary included, until the session closes; the quorum (seed 000 §III.4) counts the
 * members recorded present, not those who voted.
 */
@DemoDataTest
class CouncilBallotTests {

    static final Quarter QUARTER = new Quarter(2070, 1);
    static final String API = "/api/v1/councils/sessions/";

    @Autowired
    MockMvc mvc;

    @Autowired
    CouncilService councils;

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

    CouncilFixture fixture;
    Actor hung;
    Actor thinh;

    @BeforeEach
    void setUp() {
        fixture = new CouncilFixture(jdbc, organization);
        clean();
        clock.setDate(LocalDate.of(2070, 3, 10));
        hung = actors.account("tochuc");
        thinh = actors.cadre("NB036", Role.UNIT_HEAD, Role.COUNCIL_MEMBER);
    }

    @AfterEach
    void clean() {
        fixture.clean();
        jdbc.update("delete from appraisal where self_assessment_id in"
                + " (select id from self_assessment where period_year = ?)", QUARTER.year());
        for (String part : new String[] {"self_assessment_task", "self_assessment_axis"}) {
            jdbc.update("delete from " + part + " where assessment_id in"
                    + " (select id from self_assessment where period_year = ?)", QUARTER.year());
        }
        jdbc.update("delete from self_assessment where period_year = ?", QUARTER.year());
        secretBallot(false);
    }

    long openSession() {
        CouncilView council = TestActors.runAs(hung, () -> councils.configure(fixture.unitId(), QUARTER.year(),
                QUARTER.number(), fixture.fiveMembers()));
        return TestActors.runAs(hung, () -> councils.open(council.id(), council.version())).id();
    }

    VoteSessionView attend(long session, String... present) {
        long version = TestActors.runAs(hung, () -> councils.session(session)).version();
        return TestActors.runAs(hung, () -> councils.recordAttendance(session, version, fixture.cadres(present)));
    }

    VoteSessionView vote(String voter, long session, String subject, RatingLevel level) {
        return TestActors.runAs(actors.cadre(voter, Role.COUNCIL_MEMBER),
                () -> councils.vote(session, fixture.cadre(subject), level));
    }

    VoteSessionView close(long session) {
        long version = TestActors.runAs(hung, () -> councils.session(session)).version();
        return TestActors.runAs(hung, () -> councils.close(session, version));
    }

    /** The default schemes asking, or no longer asking, for a secret ballot (bỏ phiếu kín). */
    void secretBallot(boolean secret) {
        jdbc.update("update evaluation_scheme set secret_ballot = ? where default_scheme = true", secret);
    }

    @Test
    void theQuorumCountsTheMembersRecordedPresentNotThoseWhoVoted() {
        long session = openSession();
        attend(session, "NB036", "NB038", "NB039", "NB006");
        // Four of five present reach the quorum of four, although only three vote on Chu Thị Hạnh: before the
        // attendance was recorded, three voters alone meant "không đủ số thành viên dự họp".
        vote("NB036", session, "NB037", RatingLevel.GOOD);
        vote("NB038", session, "NB037", RatingLevel.GOOD);
        vote("NB039", session, "NB037", RatingLevel.GOOD);

        VoteSessionView closed = close(session);

        assertThat(closed.present()).extracting(CouncilView.Member::code)
                .containsExactlyInAnyOrder("NB036", "NB038", "NB039", "NB006");
        assertThat(closed.absent()).extracting(CouncilView.Member::code).containsExactly("NB037");
        Map<String, VoteSessionView.SubjectTally> byCode = byCode(closed);
        assertThat(byCode.get("NB037").result().reason()).isEqualTo(TallyReason.REACHED);
        assertThat(byCode.get("NB037").result().level()).contains(RatingLevel.GOOD);
    }

    @Test
    void withThreeRecordedPresentTheQuorumIsMissingHoweverManyVote() {
        long session = openSession();
        attend(session, "NB036", "NB038", "NB039");
        vote("NB036", session, "NB037", RatingLevel.GOOD);
        vote("NB038", session, "NB037", RatingLevel.GOOD);
        vote("NB039", session, "NB037", RatingLevel.GOOD);
        assertThat(byCode(close(session)).get("NB037").result().reason()).isEqualTo(TallyReason.QUORUM_MISSING);
    }

    @Test
    void aMemberNotRecordedPresentCannotVoteAndAVoterCannotBeRecordedAbsent() {
        long session = openSession();
        assertThatThrownBy(() -> vote("NB038", session, "NB037", RatingLevel.GOOD))
                .isInstanceOf(RuleRefusedException.class).hasMessageContaining("review.council.notPresent");
        attend(session, "NB038");
        vote("NB038", session, "NB037", RatingLevel.GOOD);
        long version = TestActors.runAs(hung, () -> councils.session(session)).version();
        assertThatThrownBy(() -> TestActors.runAs(hung, () -> councils.recordAttendance(session, version,
                fixture.cadres("NB036"))))
                .isInstanceOf(RuleRefusedException.class).hasMessageContaining("review.council.absentHasVoted");
        // A plain member keeps no attendance; the secretary (Lê Văn Hùng) and the chair do.
        assertThatThrownBy(() -> TestActors.runAs(actors.cadre("NB039", Role.COUNCIL_MEMBER),
                () -> councils.recordAttendance(session, version, fixture.cadres("NB038", "NB039"))))
                .isInstanceOf(AccessRefusedException.class);
        VoteSessionView kept = TestActors.runAs(hung, () -> councils.session(session));
        assertThat(kept.present()).extracting(CouncilView.Member::code).containsExactly("NB038");
        assertThat(kept.version()).isEqualTo(version);
        assertThat(fixture.votes()).isEqualTo(1);
    }

    @Test
    void theBallotShowsEachCadresSelfAssessedAndAppraisedFigures() throws Exception {
        SubmittedSelfAssessments quarter = new SubmittedSelfAssessments(jdbc, organization, access);
        quarter.appraised("NB037", QUARTER, 1, true, "GOOD");
        jdbc.update("update self_assessment set submitted_total = 91.93 where cadre_id = ? and period_year = ?",
                fixture.cadre("NB037"), QUARTER.year());
        jdbc.update("update appraisal set appraised_total = 88.5, proposed_level = 'COMPLETED' where cadre_id = ?"
                + " and self_assessment_id in (select id from self_assessment where period_year = ?)",
                fixture.cadre("NB037"), QUARTER.year());
        quarter.submitted("NB038", QUARTER, 1, true, "EXCELLENT");
        long session = openSession();

        Map<String, VoteSessionView.SubjectTally> byCode = byCode(TestActors.runAs(hung,
                () -> councils.session(session)));
        assertThat(byCode.get("NB037").figures()).isEqualTo(new VoteSessionView.Figures(new BigDecimal("91.93"),
                RatingLevel.GOOD, new BigDecimal("88.50"), RatingLevel.COMPLETED));
        assertThat(byCode.get("NB038").figures().selfAssessedLevel()).isEqualTo(RatingLevel.EXCELLENT);
        assertThat(byCode.get("NB038").figures().appraisedTotal()).isNull();
        assertThat(byCode.get("NB036").figures()).isEqualTo(VoteSessionView.Figures.NONE);

        mvc.perform(get("/review/councils/sessions/{id}/minutes", session).with(TestActors.as(hung)))
                .andExpect(status().isOk())
                .andExpect(content().string(matchesRegex("(?s).*data-subject=\"NB037\".*91,93 điểm.*Hoàn thành tốt"
                        + " nhiệm vụ.*88,50 điểm.*Hoàn thành nhiệm vụ.*data-subject=\"NB038\".*")));
        mvc.perform(get(API + session).with(TestActors.as(hung)))
                .andExpect(jsonPath("$.tallies[?(@.subjectCode == 'NB037')].selfAssessedTotal").value(91.93))
                .andExpect(jsonPath("$.tallies[?(@.subjectCode == 'NB037')].appraisedLevel").value("COMPLETED"));
    }

    @Test
    void aSecretBallotHidesTheTallyFromEveryoneUntilTheSessionCloses() throws Exception {
        secretBallot(true);
        long session = openSession();
        // The session keeps the scheme's choice: turning it off during the vote reveals nothing.
        secretBallot(false);
        attend(session, "NB036", "NB038", "NB039", "NB006");
        for (String voter : new String[] {"NB036", "NB038", "NB039", "NB006"}) {
            vote(voter, session, "NB037", RatingLevel.GOOD);
        }
        VoteSessionView running = vote("NB036", session, "NB038", RatingLevel.EXCELLENT);
        assertThat(running.tallyHidden()).isTrue();
        assertThat(running.tallies()).allSatisfy(line -> assertThat(line.result()).isNull());
        // A member still sees their own vote.
        assertThat(running.myVotes()).containsEntry(fixture.cadre("NB038"), RatingLevel.EXCELLENT);

        String minutes = "/review/councils/sessions/" + session + "/minutes";
        for (Actor reader : new Actor[] {hung, thinh, actors.account("thamquyen")}) {
            mvc.perform(get(minutes).with(TestActors.as(reader)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Bỏ phiếu kín")))
                    .andExpect(content().string(containsString("Kín đến khi kết thúc phiên")))
                    .andExpect(content().string(not(containsString("class=\"votes\""))))
                    .andExpect(content().string(not(containsString("Đạt quá bán"))));
            mvc.perform(get(API + session).with(TestActors.as(reader)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.secretBallot").value(true))
                    .andExpect(jsonPath("$.tallyHidden").value(true))
                    .andExpect(jsonPath("$.tallies[0].votes").value(nullValue()))
                    .andExpect(jsonPath("$.tallies[0].level").value(nullValue()))
                    .andExpect(jsonPath("$.tallies[0].reason").value(nullValue()));
        }
        mvc.perform(get("/review/councils/sessions/{id}/bien-ban.pdf", session).with(TestActors.as(hung)))
                .andExpect(status().isOk());

        VoteSessionView closed = close(session);
        assertThat(closed.tallyHidden()).isFalse();
        assertThat(byCode(closed).get("NB037").result().level()).contains(RatingLevel.GOOD);
        mvc.perform(get(minutes).with(TestActors.as(hung)))
                .andExpect(content().string(containsString("<td class=\"votes\">4</td>")));
        mvc.perform(get(API + session).with(TestActors.as(hung)))
                .andExpect(jsonPath("$.tallyHidden").value(false))
                .andExpect(jsonPath("$.tallies[?(@.subjectCode == 'NB037')].level").value("GOOD"));
    }

    @Test
    void anOpenBallotShowsTheRunningTallyWhenTheSchemeAsksForNoSecret() {
        long session = openSession();
        attend(session, "NB036", "NB038", "NB039", "NB006");
        VoteSessionView running = vote("NB036", session, "NB037", RatingLevel.GOOD);
        assertThat(running.secretBallot()).isFalse();
        assertThat(byCode(running).get("NB037").result().votes()).containsEntry(RatingLevel.GOOD, 1);
    }

    @Test
    void someoneWhoIsNotAMemberCannotBeRecordedPresent() {
        long session = openSession();
        long version = TestActors.runAs(hung, () -> councils.session(session)).version();
        long outsider = organization.cadreByCode("NB014").orElseThrow().id().value();
        assertThatThrownBy(() -> TestActors.runAs(hung, () -> councils.recordAttendance(session, version,
                Set.of(outsider)))).isInstanceOf(InvalidInputException.class);
        assertThat(TestActors.runAs(hung, () -> councils.session(session)).present()).isEmpty();
    }

    private static Map<String, VoteSessionView.SubjectTally> byCode(VoteSessionView view) {
        return view.tallies().stream().collect(Collectors.toMap(t -> t.subject().code(), Function.identity()));
    }
}
