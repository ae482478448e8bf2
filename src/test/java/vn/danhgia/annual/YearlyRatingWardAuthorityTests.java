package vn.danhgia.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.danhgia.organization.ActingAuthorities;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * The ward's Đảng ủy acts for its annual authority through its Bí thư's own account, as the Chánh Văn phòng does for
 * the office (test year 2045): seed 004 §V.2 "Đảng ủy phường đánh giá, xếp loại đối với các chi bộ ... và tất cả đảng
 * viên", §VII.2 the head not above the cell except in a chi bộ tổ dân phố. He holds the head's post of the Đảng bộ, so
 * he acts for its Ban Chấp hành and sees, gathers and announces its cells' boards.
 */
@DemoDataTest
class YearlyRatingWardAuthorityTests {

    static final int YEAR = 2045;

    @Autowired
    YearlyRatings ratings;

    @Autowired
    ActingAuthorities acting;

    @Autowired
    OrganizationQueries organization;

    @Autowired
    MutableClock clock;

    @Autowired
    TestActors actors;

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

    long unit(String code) {
        return organization.unitByCode(code).orElseThrow().id().value();
    }

    @Test
    void theWardSecretaryActsForTheWardCommitteeAsTheOfficeChiefDoesForTheOffice() {
        Actor secretary = actors.account("bithuphuong");
        assertThat(acting.of(secretary, clock.today())).extracting(unit -> unit.value())
                .contains(unit("DB-NN.BCH"), unit("DB-NN"));
        Actor chief = actors.account("thamquyen");
        assertThat(acting.of(chief, clock.today())).extracting(unit -> unit.value())
                .contains(unit("VPUB-NB"), unit("VPUB-NB.LD"));
    }

    @Test
    void theWardCommitteeCapsARegularCellsSecretaryButNotAResidentialOnesAndAnnounces() {
        Actor committee = actors.account("bithuphuong");
        long police = unit("DB-NN.CA");
        YearlyRatingView cell = collective(TestActors.runAs(committee, () -> ratings.gather(police, YEAR)));
        TestActors.runAs(committee, () -> ratings.decide(cell.id(), cell.version(), RatingLevel.COMPLETED, null));
        YearlyRatingView head = head(committee, police);
        assertThatThrownBy(() -> TestActors.runAs(committee,
                () -> ratings.decide(head.id(), head.version(), RatingLevel.GOOD, "Đề xuất của chi bộ")))
                .isInstanceOfSatisfying(RuleRefusedException.class, refused ->
                        assertThat(refused.messageKey()).isEqualTo("annual.rating.refusal.headAboveCollective"));
        assertThat(TestActors.runAs(committee, () -> ratings.decide(head.id(), head.version(), RatingLevel.COMPLETED,
                null)).capLevel()).isEqualTo(RatingLevel.COMPLETED);

        long residential = unit("DB-NN.TDP1");
        YearlyRatingView street = collective(TestActors.runAs(committee, () -> ratings.gather(residential, YEAR)));
        TestActors.runAs(committee, () -> ratings.decide(street.id(), street.version(), RatingLevel.COMPLETED, null));
        YearlyRatingView streetHead = head(committee, residential);
        assertThat(TestActors.runAs(committee, () -> ratings.decide(streetHead.id(), streetHead.version(),
                RatingLevel.GOOD, "Bí thư chi bộ tổ dân phố")).decidedLevel()).isEqualTo(RatingLevel.GOOD);
        assertThat(TestActors.runAs(committee, () -> ratings.announce(residential, YEAR))).isEqualTo(2);

        // The office's authority has nothing to do with the ward's boards.
        assertThatThrownBy(() -> TestActors.runAs(actors.account("thamquyen"), () -> ratings.board(residential, YEAR)))
                .isInstanceOf(RecordNotFoundException.class);
    }

    private static YearlyRatingView collective(YearlyBoard board) {
        return board.ratings().stream().filter(r -> r.track() == YearlyTrack.COLLECTIVE).findFirst().orElseThrow();
    }

    private YearlyRatingView head(Actor reader, long unit) {
        return TestActors.runAs(reader, () -> ratings.board(unit, YEAR)).ratings().stream()
                .filter(r -> r.cadreId() != null && r.headsUnit()).findFirst().orElseThrow();
    }
}
