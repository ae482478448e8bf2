package vn.danhgia.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * The authority cannot propose or decide a quarter that is not rated quarterly: Lương Thị Mai (NB014) deferred for
 * quarter I/2031 (seed 002 §7 d) or exempted for 2031 as a party committee member without professional duties (seed
 * 002 §3.3). Trịnh Đình Phong (NB013) heads Phòng Kinh tế and its Chi bộ, which decide for her.
 */
@DemoDataTest
class DecisionDeferralGuardTests {

    @Autowired
    DecisionService decisions;

    @Autowired
    DeferralService deferrals;

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

    DecisionFixture decisionFixture;
    SpecialCaseFixture fixture;
    Actor phong;
    Actor hung;
    CadreId mai;

    @BeforeEach
    void setUp() {
        decisionFixture = new DecisionFixture(jdbc, organization, access);
        fixture = new SpecialCaseFixture(jdbc, organization, access);
        clean();
        clock.setDate(LocalDate.of(2031, 3, 18));
        phong = actors.cadre("NB013", Role.AUTHORITY, Role.UNIT_HEAD);
        hung = actors.account("tochuc");
        mai = decisionFixture.cadre("NB014");
        decisionFixture.appraised("NB014", DecisionFixture.Q1, 0);
    }

    @AfterEach
    void clean() {
        decisionFixture.clean();
        fixture.clean(List.of("NB014"));
    }

    @Test
    void aDeferredQuarterCannotBeProposedOrDecidedUntilTheDeferralIsWithdrawn() {
        QuarterCaseView deferred = TestActors.runAs(hung, () -> deferrals.defer(mai.value(), 2031, 1,
                DeferralKind.TRAINING, "Học lớp bồi dưỡng tập trung 3 tháng", null));

        assertThatThrownBy(() -> TestActors.runAs(phong, () -> decisions.decide(mai, DecisionFixture.Q1, null,
                "GOOD", null, null)))
                .isInstanceOfSatisfying(RuleRefusedException.class, refused -> assertThat(
                        messages.getMessage(refused.messageKey(), refused.arguments().toArray(), new Locale("vi")))
                        .contains("xem xét sang quý tiếp theo").contains("mục 7 d"));
        assertThatThrownBy(() -> TestActors.runAs(phong, () -> decisions.propose(mai, DecisionFixture.Q1, null, "GOOD",
                null))).isInstanceOf(RuleRefusedException.class).hasMessage("review.deferral.refusal.deferred");
        assertThat(decisionFixture.stored("NB014", DecisionFixture.Q1)).isEqualTo("[]");

        TestActors.runAs(hung, () -> deferrals.withdrawDeferral(mai.value(), 2031, 1, deferred.deferralVersion(),
                "Lớp học hoãn sang quý sau"));
        RatingView decided = TestActors.runAs(phong, () -> decisions.decide(mai, DecisionFixture.Q1, null, "GOOD",
                null, null));
        assertThat(decided.decidedLevel()).isEqualTo(RatingLevel.GOOD);
    }

    @Test
    void aPartyCommitteeMemberExemptForTheYearIsNotDecidedQuarterly() {
        TestActors.runAs(hung, () -> deferrals.exempt(mai.value(), 2031, ExemptRatingPeriod.YEAR,
                "Không tham gia công tác chuyên môn", null));

        assertThatThrownBy(() -> TestActors.runAs(phong, () -> decisions.decide(mai, DecisionFixture.Q1, null,
                "GOOD", null, null)))
                .isInstanceOf(RuleRefusedException.class).hasMessage("review.exemption.refusal.exempt");
        assertThat(decisionFixture.stored("NB014", DecisionFixture.Q1)).isEqualTo("[]");
    }
}
