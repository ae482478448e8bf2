package vn.danhgia.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.council.TallyReason;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * The council's vote (seed 000 §III.4: "Đảng ủy, lãnh đạo Văn phòng UBND tỉnh tổ chức đánh giá, bỏ phiếu biểu quyết
 * xếp loại cho các cá nhân (Mẫu 02)") of Nhà khách tỉnh for quarter III/2026, see {@link CouncilFixture}.
 */
@DemoDataTest
class CouncilServiceTests {

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

    CouncilFixture fixture;
    Actor hung;
    Actor thinh;
    Actor hanh;
    Actor hoa;
    Actor tien;

    @BeforeEach
    void setUp() {
        fixture = new CouncilFixture(jdbc, organization);
        clean();
        clock.setDate(LocalDate.of(2026, 9, 16));
        hung = actors.account("tochuc");
        thinh = actors.cadre("NB036", Role.UNIT_HEAD, Role.COUNCIL_MEMBER);
        hanh = actors.cadre("NB037", Role.COUNCIL_MEMBER);
        hoa = actors.cadre("NB038", Role.COUNCIL_MEMBER);
        tien = actors.cadre("NB039", Role.COUNCIL_MEMBER);
    }

    @AfterEach
    void clean() {
        fixture.clean();
    }

    CouncilView configured() {
        return TestActors.runAs(hung, () -> councils.configure(fixture.unitId(), 2026, 3, fixture.fiveMembers()));
    }

    /** Lê Văn Hùng, the secretary, records the members with these codes present and the others absent. */
    VoteSessionView attend(long session, String... present) {
        long version = TestActors.runAs(hung, () -> councils.session(session)).version();
        return TestActors.runAs(hung, () -> councils.recordAttendance(session, version, fixture.cadres(present)));
    }

    VoteSessionView vote(Actor voter, long session, String subject, RatingLevel level) {
        return TestActors.runAs(voter, () -> councils.vote(session, fixture.cadre(subject), level));
    }

    @Test
    void personnelOfficerConfiguresTheCouncilOfFiveWithAQuorumOfFour() {
        CouncilView council = configured();
        assertThat(council.members()).hasSize(5);
        assertThat(council.members().get(0).fullName()).isEqualTo("Tống Văn Thịnh");
        assertThat(council.members().get(0).role()).isEqualTo(CouncilRole.CHAIR);
        assertThat(council.quorum()).isEqualTo(4);
        assertThat(council.subjects()).extracting(CouncilView.Person::code).contains("NB036", "NB037", "NB038");
        assertThatThrownBy(this::configured).isInstanceOf(RuleRefusedException.class);
    }

    /** A double click: the same member's two votes on one cadre at once leave exactly one vote, never an error. */
    @Test
    void twoSimultaneousVotesOfOneMemberLeaveOneVote() throws Exception {
        CouncilView council = configured();
        long session = TestActors.runAs(thinh, () -> councils.open(council.id(), council.version())).id();
        attend(session, "NB037");
        for (int round = 0; round < 10; round++) {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                var first = pool.submit(() -> {
                    start.await();
                    return vote(hanh, session, "NB038", RatingLevel.GOOD);
                });
                var second = pool.submit(() -> {
                    start.await();
                    return vote(hanh, session, "NB038", RatingLevel.COMPLETED);
                });
                start.countDown();
                first.get();
                second.get();
            } finally {
                pool.shutdown();
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from vote where session_id = ? and voter_cadre_id = ?",
                Long.class, session, fixture.cadre("NB037"))).isEqualTo(1);
    }

    @Test
    void membersVoteAndTheCloseTalliesEachCadreWithItsReason() {
        CouncilView council = configured();
        long session = TestActors.runAs(thinh, () -> councils.open(council.id(), council.version())).id();
        attend(session, "NB036", "NB037", "NB038", "NB039", "NB006");
        // Chu Thị Hạnh: GOOD + GOOD + EXCELLENT = 3 of 5 at least "Hoàn thành tốt": more than half.
        vote(thinh, session, "NB037", RatingLevel.GOOD);
        vote(hoa, session, "NB037", RatingLevel.GOOD);
        vote(tien, session, "NB037", RatingLevel.EXCELLENT);
        vote(hung, session, "NB037", RatingLevel.COMPLETED);
        // Đinh Thị Hoa: 2 favourable, 2 NOT_COMPLETED: a tie.
        vote(thinh, session, "NB038", RatingLevel.GOOD);
        vote(hung, session, "NB038", RatingLevel.GOOD);
        vote(hanh, session, "NB038", RatingLevel.NOT_COMPLETED);
        vote(tien, session, "NB038", RatingLevel.NOT_COMPLETED);
        // Tống Văn Thịnh: 2 votes of 5, the second changed while open: no majority.
        vote(hanh, session, "NB036", RatingLevel.GOOD);
        vote(hoa, session, "NB036", RatingLevel.EXCELLENT);
        VoteSessionView changed = vote(hoa, session, "NB036", RatingLevel.COMPLETED);
        assertThat(changed.myVotes()).containsEntry(fixture.cadre("NB036"), RatingLevel.COMPLETED);

        VoteSessionView closed = TestActors.runAs(hung, () -> councils.close(session, changed.version()));

        assertThat(closed.status()).isEqualTo(VoteSessionStatus.CLOSED);
        assertThat(closed.present()).hasSize(5);
        Map<String, VoteSessionView.SubjectTally> byCode = closed.tallies().stream()
                .collect(Collectors.toMap(t -> t.subject().code(), Function.identity()));
        assertThat(byCode.get("NB037").result().level()).contains(RatingLevel.GOOD);
        assertThat(byCode.get("NB037").result().reason()).isEqualTo(TallyReason.REACHED);
        assertThat(byCode.get("NB038").result().reason()).isEqualTo(TallyReason.TIE);
        assertThat(byCode.get("NB036").result().reason()).isEqualTo(TallyReason.NO_MAJORITY);
        assertThat(byCode.get("NB036").result().votes()).containsEntry(RatingLevel.COMPLETED, 1)
                .containsEntry(RatingLevel.GOOD, 1).containsEntry(RatingLevel.EXCELLENT, 0);
        int stored = fixture.votes();
        assertThatThrownBy(() -> vote(hanh, session, "NB038", RatingLevel.GOOD))
                .isInstanceOf(RuleRefusedException.class);
        assertThat(fixture.votes()).isEqualTo(stored);
    }

    @Test
    void withThreeOfFivePresentTheQuorumIsMissing() {
        CouncilView council = configured();
        long session = TestActors.runAs(hung, () -> councils.open(council.id(), council.version())).id();
        attend(session, "NB036", "NB038", "NB039");
        vote(thinh, session, "NB037", RatingLevel.GOOD);
        vote(hoa, session, "NB037", RatingLevel.GOOD);
        VoteSessionView last = vote(tien, session, "NB037", RatingLevel.GOOD);
        VoteSessionView closed = TestActors.runAs(thinh, () -> councils.close(session, last.version()));
        assertThat(closed.tallies()).allSatisfy(tally -> {
            assertThat(tally.result().reason()).isEqualTo(TallyReason.QUORUM_MISSING);
            assertThat(tally.result().level()).isEmpty();
        });
    }

    @Test
    void aNonMemberWhoSeesTheUnitIsRefusedAndNothingIsStored() {
        CouncilView council = configured();
        long session = TestActors.runAs(hung, () -> councils.open(council.id(), council.version())).id();
        Actor thang = actors.account("thamquyen");
        assertThat(TestActors.runAs(thang, () -> councils.get(council.id())).id()).isEqualTo(council.id());
        assertThatThrownBy(() -> vote(thang, session, "NB037", RatingLevel.GOOD))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(fixture.votes()).isZero();
    }

    @Test
    void aMemberDoesNotVoteOnThemselves() {
        CouncilView council = configured();
        long session = TestActors.runAs(hung, () -> councils.open(council.id(), council.version())).id();
        assertThatThrownBy(() -> vote(hanh, session, "NB037", RatingLevel.EXCELLENT))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(fixture.votes()).isZero();
    }

    @Test
    void anOutsiderFindsNoCouncil() {
        CouncilView council = configured();
        long session = TestActors.runAs(hung, () -> councils.open(council.id(), council.version())).id();
        Actor phong = actors.account("truongphong");
        assertThatThrownBy(() -> TestActors.runAs(phong, () -> councils.get(council.id())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> vote(phong, session, "NB037", RatingLevel.GOOD))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(TestActors.runAs(phong, () -> councils.visible())).noneMatch(c -> c.id() == council.id());
        assertThatThrownBy(() -> TestActors.runAs(phong, () -> councils.configure(fixture.unitId(), 2026, 4,
                fixture.fiveMembers()))).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void aMemberOtherThanTheChairCannotOpenAndAStaleVersionIsRefused() {
        CouncilView council = configured();
        assertThatThrownBy(() -> TestActors.runAs(hanh, () -> councils.open(council.id(), council.version())))
                .isInstanceOf(AccessRefusedException.class);
        TestActors.runAs(thinh, () -> councils.open(council.id(), council.version()));
        assertThatThrownBy(() -> TestActors.runAs(hung, () -> councils.open(council.id(), council.version())))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(TestActors.runAs(hung, () -> councils.get(council.id())).sessions()).hasSize(1);
        assertThat(TestActors.runAs(hanh, () -> councils.visible())).anyMatch(c -> c.id() == council.id());
    }
}
