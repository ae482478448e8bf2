package vn.danhgia.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.annual.dossier.AnnualProgress;
import vn.danhgia.annual.dossier.AnnualProgressView;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.Actor;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Issue 13 §8: /annual/progress counts the yearly ratings decided as the ratings board counts them (one truth), in
 * Phòng Kinh tế's year 2042; and the demo ward (P-NN) follows the calendar of Kế hoạch 79-KH/ĐU (seed 004 §IX, V68).
 */
@DemoDataTest
class AnnualProgressCountsTests {

    static final int YEAR = 2042;

    @Autowired
    MockMvc mvc;

    @Autowired
    YearlyRatings ratings;

    @Autowired
    AnnualProgress progress;

    @Autowired
    OrganizationQueries organization;

    @Autowired
    MutableClock clock;

    @Autowired
    TestActors actors;

    @Autowired
    ApplicationContext context;

    YearlyRatingFixture fixture;
    Actor authority;

    @BeforeEach
    void setUp() {
        fixture = new YearlyRatingFixture(context);
        fixture.clean(YEAR);
        authority = actors.account("thamquyen");
        clock.setDate(LocalDate.of(YEAR, 12, 14));
        fixture.quarters("NB013", YEAR, RatingLevel.GOOD, RatingLevel.GOOD, RatingLevel.GOOD);
        fixture.quarters("NB014", YEAR, RatingLevel.GOOD, RatingLevel.GOOD, RatingLevel.GOOD);
        fixture.quarters("NB015", YEAR, RatingLevel.GOOD, RatingLevel.GOOD, RatingLevel.COMPLETED);
        TestActors.runAs(actors.account("tochuc"), () -> ratings.gather(fixture.unit(), YEAR));
    }

    @AfterEach
    void clean() {
        fixture.clean(YEAR);
    }

    @Test
    void progressCountsTheDecidedRatingsAsTheBoardDoes() throws Exception {
        int live = TestActors.runAs(authority, () -> ratings.board(fixture.unit(), YEAR)).ratings().size();
        assertThat(live).isGreaterThanOrEqualTo(4);
        assertThat(ratingsCell()).isEqualTo("0/" + live);
        TestActors.runAs(authority, () -> {
            YearlyBoard board = ratings.board(fixture.unit(), YEAR);
            YearlyRatingView collective = board.ratings().stream().filter(r -> r.track() == YearlyTrack.COLLECTIVE)
                    .findFirst().orElseThrow();
            ratings.decide(collective.id(), collective.version(), RatingLevel.GOOD, "Theo kết quả kiểm điểm.");
            YearlyRatingView mai = board.ratings().stream().filter(r -> r.cadreId() != null
                    && r.cadreId() == fixture.cadre("NB014")).findFirst().orElseThrow();
            ratings.decide(mai.id(), mai.version(), RatingLevel.GOOD, null);
            return null;
        });

        long boardDecided = TestActors.runAs(authority, () -> ratings.board(fixture.unit(), YEAR)).counts().values()
                .stream().flatMap(levels -> levels.values().stream()).mapToLong(Long::longValue).sum();
        assertThat(boardDecided).isEqualTo(2);
        assertThat(ratingsCell()).isEqualTo(boardDecided + "/" + live);
        AnnualProgressView.PartCounts parts = TestActors.runAs(actors.account("admin"),
                () -> progress.of(fixture.unit(), YEAR)).parts();
        assertThat(parts.ratingsDecided()).isEqualTo(boardDecided);
        assertThat(parts.meetings()).isZero();
    }

    @Test
    void theDemoWardFollowsTheWardCalendar() throws Exception {
        long ward = organization.unitByCode("P-NN").orElseThrow().id().value();
        String page = page(ward);
        // Seed 004 §IX: "trước ngày 26/11", "trước ngày 28/11", "trước ngày 15/12": the last days in time before them.
        assertThat(page).doesNotContain("id=\"no-calendar\"").contains("Tiến độ năm " + YEAR + ":")
                .contains("25/11/" + YEAR).contains("27/11/" + YEAR).contains("14/12/" + YEAR)
                .contains("Ban Tổ chức Đảng ủy");
    }

    private String ratingsCell() throws Exception {
        Matcher cell = Pattern.compile("id=\"count-ratings\"[^>]*>\\s*<a[^>]*>([^<]*)</a>")
                .matcher(page(fixture.unit()));
        assertThat(cell.find()).isTrue();
        return cell.group(1).trim();
    }

    private String page(long unit) throws Exception {
        return mvc.perform(get("/annual/progress").param("unit", String.valueOf(unit))
                        .param("year", String.valueOf(YEAR)).with(TestActors.as(actors.account("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
