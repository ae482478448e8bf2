package vn.danhgia.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.danhgia.organization.CadreWithPosition;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * The yearly ratings read who decides and which collectives are rated from {@code membership} (test year 2096): the
 * demo office of seed 003 and the demo ward of seed 004.
 */
@DemoDataTest
class YearlyRatingWiringTests {

    static final int YEAR = 2096;

    @Autowired
    YearlyRatings ratings;

    @Autowired
    MutableClock clock;

    @Autowired
    TestActors actors;

    @Autowired
    OrganizationQueries organization;

    @Autowired
    ApplicationContext context;

    YearlyRatingFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new YearlyRatingFixture(context);
        fixture.clean(YEAR);
        clock.setDate(LocalDate.of(YEAR, 12, 14));
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

    long unit(String code) {
        return organization.unitByCode(code).orElseThrow().id().value();
    }

    YearlyRatingView rating(Actor reader, long unitId, YearlyTrack track, Long cadreId) {
        return TestActors.runAs(reader, () -> ratings.board(unitId, YEAR)).ratings().stream()
                .filter(r -> r.track() == track && java.util.Objects.equals(r.cadreId(), cadreId)
                        && (cadreId != null || r.unitId() == unitId))
                .findFirst().orElseThrow();
    }

    YearlyRatingView decide(Actor actor, YearlyRatingView rating, RatingLevel level) {
        return TestActors.runAs(actor, () -> ratings.decide(rating.id(), rating.version(), level, "Theo biên bản"));
    }

    @Test
    void officeChiefRatesADepartmentsCivilServantButNotHisDeputy() {
        // Seed 003 §II.1.2: "Chánh Văn phòng nhận xét, đánh giá và phân loại đối với ... công chức ... thuộc Văn
        // phòng"; the Phó Chánh Văn phòng is rated by the Ban cán sự đảng UBND tỉnh, not by the Chánh.
        Actor chief = actors.account("thamquyen");
        Actor personnel = actors.account("tochuc");
        TestActors.runAs(personnel, () -> ratings.gather(fixture.unit(), YEAR));
        YearlyRatingView mai = rating(chief, fixture.unit(), YearlyTrack.STATE, fixture.cadre("NB014"));
        assertThat(decide(chief, mai, RatingLevel.GOOD).decidedLevel()).isEqualTo(RatingLevel.GOOD);
        // The head of the department holds the AUTHORITY role but is no annual authority for his own staff.
        YearlyRatingView bao = rating(chief, fixture.unit(), YearlyTrack.STATE, fixture.cadre("NB015"));
        assertThatThrownBy(() -> decide(actors.account("truongphong"), bao, RatingLevel.GOOD))
                .isInstanceOf(AccessRefusedException.class);

        CadreWithPosition deputy = holder("VPUB-NB.PHO");
        long deputyUnit = deputy.unitId().value();
        TestActors.runAs(personnel, () -> ratings.gather(deputyUnit, YEAR));
        YearlyRatingView deputyRating = rating(chief, deputyUnit, YearlyTrack.STATE, deputy.cadreId().value());
        assertThatThrownBy(() -> decide(chief, deputyRating, RatingLevel.GOOD))
                .isInstanceOfSatisfying(AccessRefusedException.class, refused ->
                        assertThat(refused.messageKey()).isEqualTo("annual.rating.refusal.notTheAuthority"));
    }

    @Test
    void wardCommitteeRatesAResidentialCellAndItsMembersWhoseSecretaryMayStandAboveIt() {
        // Seed 004 §V.2: the Đảng ủy phường rates its cells and all party members; §VII.2: the secretary of a chi bộ
        // tổ dân phố is not capped by the cell's level.
        long cell = unit("DB-NN.TDP1");
        Actor admin = actors.cadre("NB006", Role.ADMIN, Role.PERSONNEL_OFFICER);
        TestActors.runAs(admin, () -> ratings.gather(cell, YEAR));
        CadreWithPosition wardSecretary = holder("DB-NN.BCH.BT");
        Actor committee = actors.cadre(wardSecretary.cadreCode(), Role.AUTHORITY);
        CadreWithPosition cellSecretary = holder("DB-NN.TDP1.BT");

        YearlyBoard board = TestActors.runAs(admin, () -> ratings.board(cell, YEAR));
        List<YearlyRatingView> party = board.ratings().stream().filter(r -> r.track() == YearlyTrack.PARTY).toList();
        // The cell's eleven members are rated there, post or none; the exempt one is left out (seed 004 §II.1).
        assertThat(party).hasSizeBetween(9, 10);
        assertThat(board.ratings()).noneMatch(r -> r.track() == YearlyTrack.STATE);

        YearlyRatingView collective = rating(admin, cell, YearlyTrack.COLLECTIVE, null);
        // The office's authority has nothing to do with the ward: the rating is not even shown to him.
        assertThatThrownBy(() -> decide(actors.account("thamquyen"), collective, RatingLevel.COMPLETED))
                .isInstanceOf(RecordNotFoundException.class);
        decide(committee, collective, RatingLevel.COMPLETED);
        YearlyRatingView secretary = rating(admin, cell, YearlyTrack.PARTY, cellSecretary.cadreId().value());
        assertThat(secretary.headsUnit()).isTrue();
        assertThat(decide(committee, secretary, RatingLevel.GOOD).decidedLevel()).isEqualTo(RatingLevel.GOOD);
    }
}
