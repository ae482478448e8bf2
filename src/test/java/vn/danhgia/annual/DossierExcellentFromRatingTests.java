package vn.danhgia.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danhgia.annual.dossier.AnnualDossierService;
import vn.danhgia.annual.dossier.SubjectDossierView;
import vn.danhgia.annual.dossier.SubjectRef;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.annual.AnnualDossierItem;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Seed 003 §2.1 a (11), "đối với các trường hợp đề nghị xếp loại ở mức hoàn thành xuất sắc nhiệm vụ: đề nghị gửi kèm
 * hồ sơ …": the evidence is required of the person whose yearly rating is proposed or decided EXCELLENT, read from the
 * rating, not kept by hand. Phòng Kinh tế's year 2048, every leader GOOD in each quarter; Lê Văn Hùng (tochuc) keeps
 * the dossiers and enters the workplace's proposal, the Chánh Văn phòng (thamquyen) decides.
 */
@DemoDataTest
class DossierExcellentFromRatingTests {

    static final int YEAR = 2048;

    @Autowired
    YearlyRatings ratings;
    @Autowired
    AnnualDossierService dossiers;
    @Autowired
    MutableClock clock;
    @Autowired
    TestActors actors;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    YearlyRatingFixture fixture;
    Actor hung;
    Actor authority;
    SubjectRef mai;
    SubjectRef bao;

    @BeforeEach
    void setUp() {
        fixture = new YearlyRatingFixture(context);
        clean();
        hung = actors.account("tochuc");
        authority = actors.account("thamquyen");
        mai = SubjectRef.cadre(fixture.cadre("NB014"));
        bao = SubjectRef.cadre(fixture.cadre("NB015"));
        clock.setDate(LocalDate.of(YEAR, 12, 10));
        for (String code : new String[] {"NB013", "NB014", "NB015"}) {
            fixture.quarters(code, YEAR, RatingLevel.GOOD, RatingLevel.GOOD, RatingLevel.GOOD);
            // Points for Nghị định 335's bands (80: GOOD), so the department of three is all GOOD or better and
            // may have one EXCELLENT (seed 000 §III.3.1).
            for (int quarter = 1; quarter <= 3; quarter++) {
                fixture.submitted(code, YEAR, quarter, "80", 5, 1, 0);
            }
        }
        TestActors.runAs(hung, () -> ratings.gather(fixture.unit(), YEAR));
    }

    @AfterEach
    void clean() {
        jdbc.update("delete from annual_dossier_entry where dossier_id in"
                + " (select id from annual_dossier where period_year = ?)", YEAR);
        jdbc.update("delete from annual_dossier where period_year = ?", YEAR);
        jdbc.update("delete from annual_dossier_package where period_year = ?", YEAR);
        fixture.clean(YEAR);
    }

    YearlyRatingView maiState() {
        return TestActors.runAs(authority, () -> ratings.board(fixture.unit(), YEAR)).ratings().stream()
                .filter(r -> r.track() == YearlyTrack.STATE && r.cadreId() != null && r.cadreId() == mai.id())
                .findFirst().orElseThrow();
    }

    SubjectDossierView dossier(SubjectRef subject) {
        return TestActors.runAs(hung, () -> dossiers.dossier(subject, YEAR));
    }

    void propose(RatingLevel level) {
        YearlyRatingView rating = maiState();
        TestActors.runAs(hung, () -> ratings.propose(rating.id(), rating.version(), level, "Cuộc họp phòng"));
    }

    @Test
    void theEvidenceFollowsAnExcellentProposalOrDecisionOnTheYearlyRating() {
        // Not proposed EXCELLENT: item 11 may be marked not applicable.
        TestActors.runAs(hung, () -> dossiers.markNotApplicable(mai, YEAR, AnnualDossierItem.EXCELLENCE_EVIDENCE,
                "Không đề nghị mức xuất sắc"));
        assertThat(dossier(mai).excellentProposed()).isFalse();
        assertThat(dossier(mai).missing()).doesNotContain(AnnualDossierItem.EXCELLENCE_EVIDENCE);

        // The workplace proposes EXCELLENT: the evidence is required, its "not applicable" no longer counts.
        propose(RatingLevel.EXCELLENT);
        assertThat(dossier(mai).excellentProposed()).isTrue();
        assertThat(dossier(mai).missing()).contains(AnnualDossierItem.EXCELLENCE_EVIDENCE);
        assertThatThrownBy(() -> TestActors.runAs(hung, () -> dossiers.markNotApplicable(mai, YEAR,
                AnnualDossierItem.EXCELLENCE_EVIDENCE, "Không có")))
                .isInstanceOfSatisfying(RuleRefusedException.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("annual.dossier.refused.excellent-evidence"));
        // The unit's list and completeness read the same flag; a colleague proposed nothing is not concerned.
        var unit = TestActors.runAs(hung, () -> dossiers.unitDossiers(fixture.unit(), YEAR));
        assertThat(unit.dossiers()).filteredOn(d -> d.subject().equals(mai)).singleElement()
                .satisfies(d -> assertThat(d.missing()).contains(AnnualDossierItem.EXCELLENCE_EVIDENCE));
        assertThat(unit.dossiers()).filteredOn(d -> d.subject().equals(bao)).singleElement()
                .satisfies(d -> assertThat(d.excellentProposed()).isFalse());
        assertThat(unit.complete()).isFalse();

        // Proposed GOOD instead: not required again.
        propose(RatingLevel.GOOD);
        assertThat(dossier(mai).excellentProposed()).isFalse();
        assertThat(dossier(mai).missing()).doesNotContain(AnnualDossierItem.EXCELLENCE_EVIDENCE);

        // Decided EXCELLENT by the authority above the proposal: required.
        YearlyRatingView rating = maiState();
        TestActors.runAs(authority, () -> ratings.decide(rating.id(), rating.version(), RatingLevel.EXCELLENT,
                "Chủ trì đề án được UBND tỉnh công nhận"));
        assertThat(dossier(mai).excellentProposed()).isTrue();
        assertThat(dossier(mai).missing()).contains(AnnualDossierItem.EXCELLENCE_EVIDENCE);
    }
}
