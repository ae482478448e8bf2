package vn.danhgia.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.rules.RatedPeriod;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.yearend.PeriodRating;
import vn.danhgia.rules.yearend.YearEndReview;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Use of the quarterly results (seed 002 §5) for Mai Thị Phương Thảo (NB016, Trưởng phòng Khoa giáo – Văn xã) and
 * Phan Anh Dũng (NB020, Trưởng phòng Nội chính), whom the Đảng ủy and the Lãnh đạo Văn phòng decide for (thamquyen),
 * in 2031–2033.
 */
@DemoDataTest
class RatingHistoryTests {

    @Autowired
    RatingHistory history;

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

    SpecialCaseFixture fixture;
    Actor thang;
    long thao;

    @BeforeEach
    void setUp() {
        fixture = new SpecialCaseFixture(jdbc, organization, access);
        clean();
        clock.setDate(LocalDate.of(2026, 9, 16));
        thang = actors.account("thamquyen");
        thao = fixture.cadre("NB016");
    }

    @AfterEach
    void clean() {
        fixture.clean(List.of("NB016", "NB020"));
    }

    CadreRatingHistory historyOfThao() {
        return TestActors.runAs(thang, () -> history.of(thao));
    }

    List<CadreAlerts> alerts(int year) {
        return TestActors.runAs(thang, () -> history.alerts(year)).stream()
                .filter(alert -> alert.code().equals("NB016") || alert.code().equals("NB020")).toList();
    }

    /** Seed 002 §5: "Thực hiện ngay việc thay thế những cán bộ … Không hoàn thành nhiệm vụ từ 02 quý liên tiếp trở lên". */
    @Test
    void twoConsecutiveNotCompletedQuartersOfAYearRaiseTheReplacementAlert() {
        fixture.decided("NB016", 2031, 1, RatingLevel.NOT_COMPLETED);
        fixture.decided("NB016", 2031, 2, RatingLevel.NOT_COMPLETED);
        fixture.decided("NB016", 2031, 3, RatingLevel.GOOD);

        assertThat(historyOfThao().alerts()).containsExactly(new CadreRatingHistory.Alert(
                new PeriodRef(2031, RatedPeriod.Q1), new PeriodRef(2031, RatedPeriod.Q2), 2));
        assertThat(alerts(2031)).singleElement().satisfies(alert -> {
            assertThat(alert.code()).isEqualTo("NB016");
            assertThat(alert.alerts()).hasSize(1);
            assertThat(alert.yearFlag()).contains(new CadreRatingHistory.YearFlag(2031, 2));
        });
        assertThat(TestActors.runAs(thang, () -> history.standings(List.of(thao), 2031, 3)).get(thao))
                .satisfies(standing -> {
                    assertThat(standing.replacementAlert()).isTrue();
                    assertThat(standing.excellentAllowed()).isFalse();
                });
    }

    /**
     * Across the year boundary: only quarters I–III are rated and quarter IV folds into the year-end rating (seed 000
     * §I.2.2), so the rated periods run Q3, year-end, next Q1 (rules.yearend.YearEndReview). Quarter III/2031 and
     * quarter I/2032 NOT_COMPLETED are two consecutive quarterly ratings only with the year-end rating between them; with no
     * year-end rating stored there is no alert, and with a NOT_COMPLETED year-end the run of three is one alert.
     */
    @Test
    void notCompletedQuarterThreeAndNextQuarterOneAreConsecutiveOnlyThroughTheYearEndRating() {
        fixture.decided("NB016", 2031, 3, RatingLevel.NOT_COMPLETED);
        fixture.decided("NB016", 2032, 1, RatingLevel.NOT_COMPLETED);

        assertThat(historyOfThao().alerts()).isEmpty();
        assertThat(historyOfThao().yearFlags()).containsExactly(new CadreRatingHistory.YearFlag(2031, 1),
                new CadreRatingHistory.YearFlag(2032, 1));

        YearEndReview withYearEnd = new YearEndReview(List.of(
                PeriodRating.of(2031, RatedPeriod.Q3, RatingLevel.NOT_COMPLETED),
                PeriodRating.of(2031, RatedPeriod.YEAR_END, RatingLevel.NOT_COMPLETED),
                PeriodRating.of(2032, RatedPeriod.Q1, RatingLevel.NOT_COMPLETED)));
        assertThat(withYearEnd.replacementAlerts()).singleElement()
                .satisfies(alert -> assertThat(alert.periods()).isEqualTo(3));
    }

    /**
     * Seed 002 §7 d) moves a deferred quarter's results on to the next period, so the quarter does not break a run
     * of NOT_COMPLETED (seed 002 §5): Q1 and Q3 are consecutive rated periods around the deferred Q2.
     */
    @Test
    void aDeferredQuarterCarriesTheRun() {
        fixture.decided("NB016", 2031, 1, RatingLevel.NOT_COMPLETED);
        TestActors.runAs(actors.account("tochuc"), () -> deferrals.defer(thao, 2031, 2,
                DeferralKind.SICK_OR_MATERNITY_LEAVE, "Nghỉ thai sản từ 01/4/2031", null));
        fixture.decided("NB016", 2031, 3, RatingLevel.NOT_COMPLETED);

        CadreRatingHistory seen = historyOfThao();
        assertThat(seen.alerts()).containsExactly(new CadreRatingHistory.Alert(
                new PeriodRef(2031, RatedPeriod.Q1), new PeriodRef(2031, RatedPeriod.Q3), 2));
        assertThat(seen.rows()).filteredOn(row -> row.period().equals(new PeriodRef(2031, RatedPeriod.Q2)))
                .singleElement().satisfies(row -> {
                    assertThat(row.status()).isNull();
                    assertThat(row.deferral().kind()).isEqualTo(DeferralKind.SICK_OR_MATERNITY_LEAVE);
                    assertThat(row.deferral().carriedInto()).isEqualTo(new PeriodRef(2031, RatedPeriod.Q3));
                });
        assertThat(seen.rows()).filteredOn(row -> row.period().equals(new PeriodRef(2031, RatedPeriod.Q3)))
                .singleElement().satisfies(row -> assertThat(row.carriesOver())
                        .containsExactly(new PeriodRef(2031, RatedPeriod.Q2)));
    }

    /** Seed 002 §5: "có 01 quý trong năm xếp loại Không hoàn thành nhiệm vụ thì không xếp loại Hoàn thành xuất sắc". */
    @Test
    void oneNotCompletedQuarterRulesOutExcellentForTheYearWithoutAnAlert() {
        fixture.decided("NB020", 2031, 1, RatingLevel.GOOD);
        fixture.decided("NB020", 2031, 2, RatingLevel.NOT_COMPLETED);

        assertThat(alerts(2031)).singleElement().satisfies(alert -> {
            assertThat(alert.code()).isEqualTo("NB020");
            assertThat(alert.alerts()).isEmpty();
            assertThat(alert.yearFlag()).contains(new CadreRatingHistory.YearFlag(2031, 1));
        });
        assertThat(alerts(2032)).isEmpty();
    }

    /** Seed 002 §4 Bước 6: a cadre learns their results when they are announced, not while they are decided. */
    @Test
    void theCadreSeesOnlyTheirAnnouncedResults() {
        fixture.rating("NB016", 2031, 1, RatingStatus.ANNOUNCED, RatingLevel.GOOD, null, null);
        fixture.decided("NB016", 2031, 2, RatingLevel.NOT_COMPLETED);

        CadreRatingHistory own = TestActors.runAs(actors.cadre("NB016", Role.CADRE), () -> history.of(thao));
        assertThat(own.rows()).filteredOn(row -> row.period().year() == 2031 && row.ratingId() != null)
                .extracting(CadreRatingHistory.Row::status).containsExactly(RatingStatus.ANNOUNCED);
        assertThat(own.yearFlags()).isEmpty();
        assertThat(historyOfThao().rows()).filteredOn(row -> row.period().year() == 2031 && row.ratingId() != null)
                .extracting(CadreRatingHistory.Row::status)
                .containsExactly(RatingStatus.ANNOUNCED, RatingStatus.DECIDED);
        assertThat(historyOfThao().yearFlags()).containsExactly(new CadreRatingHistory.YearFlag(2031, 1));
    }

    /** Seed 000 §II.2 "xem xét hủy bỏ, đánh giá, xếp loại lại": a cancelled rating is listed but does not count. */
    @Test
    void aCancelledRatingIsShownButNotCounted() {
        long cancelled = fixture.rating("NB016", 2031, 1, RatingStatus.CANCELLED, RatingLevel.NOT_COMPLETED, null,
                "Khiếu nại được chấp nhận");
        fixture.rating("NB016", 2031, 1, RatingStatus.ANNOUNCED, RatingLevel.GOOD, cancelled, null);
        fixture.decided("NB016", 2031, 2, RatingLevel.NOT_COMPLETED);

        CadreRatingHistory seen = historyOfThao();
        assertThat(seen.alerts()).isEmpty();
        assertThat(seen.yearFlags()).containsExactly(new CadreRatingHistory.YearFlag(2031, 1));
        assertThat(seen.rows()).filteredOn(row -> row.period().year() == 2031)
                .extracting(CadreRatingHistory.Row::status, CadreRatingHistory.Row::counted,
                        CadreRatingHistory.Row::replaced)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RatingStatus.CANCELLED, false, true),
                        org.assertj.core.groups.Tuple.tuple(RatingStatus.ANNOUNCED, true, false),
                        org.assertj.core.groups.Tuple.tuple(RatingStatus.DECIDED, true, false));
    }

    @Test
    void onlyAnAuthoritySeesTheAlerts() {
        for (String username : List.of("tochuc", "canbo", "kiemtra")) {
            assertThatThrownBy(() -> TestActors.runAs(actors.account(username), () -> history.alerts(2031)))
                    .isInstanceOf(AccessRefusedException.class);
        }
        // Seed 000 §III.1.2: truongphong decides for his deputies, so he is an authority too.
        assertThat(TestActors.runAs(actors.account("truongphong"), () -> history.alerts(2031))).isNotNull();
    }

    @Test
    void standingsOfCadresWithNoRatingsAllowExcellent() {
        Map<Long, RatingStanding> standings = history.standings(List.of(thao), 2033, 1);
        assertThat(standings.get(thao).excellentAllowed()).isTrue();
        assertThat(standings.get(thao).replacementAlert()).isFalse();
    }
}
