package vn.danhgia.annual;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danhgia.annual.meeting.WardCell;
import vn.danhgia.membership.MembershipAdministration;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.OrganizationService;
import vn.danhgia.organization.UnitId;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.accounts.UserAccountService;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.support.Browser;
import vn.danhgia.support.BrowserTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Issue 13 "How it is checked" in Chromium, one journey through the ward's year 2042 (its own data, nothing from the
 * demo's annual progress): the ward cell's review meeting (seed 004 §VII.2) refuses to close the deputy before the
 * collective and says why, then closes the collective, the secretary and the deputy in order; the member admitted
 * less than six months ago is shown as not reviewed with the reason; the minutes download as a non-empty Word file.
 * Then on /annual/ratings the ward's Bí thư, signed in as the Đảng ủy phường that rates its cells and party members
 * (seed 004 §V.2), gathers the cell's year with the meeting's proposals, decides the cell first, is refused the
 * secretary's higher level with the cell's cap shown, decides the rest and announces; in a chi bộ tổ dân phố the
 * secretary's level above the cell is accepted; a party member files a complaint from his page /annual/history/{id}.
 */
@BrowserTest
class WardYearBrowserTests {

    static final int YEAR = 2042;

    @Autowired
    Browser browser;

    @Autowired
    ReviewMeetings meetings;

    @Autowired
    YearlyRatings ratings;

    @Autowired
    OrganizationQueries organization;

    @Autowired
    OrganizationService organizationService;

    @Autowired
    MembershipAdministration membership;

    @Autowired
    TestActors actors;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserAccountService accounts;

    @AfterEach
    void clean() {
        WardCell.clean(jdbc, YEAR);
        new YearlyRatingFixture(context).clean(YEAR);
    }

    @Test
    void theWardsYearFromTheMeetingToAComplaint() {
        // Seed 004 §IX.1: the cell's review meeting before 26/11.
        clock.setDate(LocalDate.of(YEAR, 11, 20));
        WardCell ward = WardCell.of(YEAR, organization, organizationService, membership, actors.account("admin"));
        WardCell.clean(jdbc, YEAR);
        long chair = actors.account("truongphong").cadreId().orElseThrow();
        ReviewMeetingView meeting = TestActors.runAs(actors.cadre("P" + YEAR + ".LAN", Role.UNIT_HEAD),
                () -> meetings.open(new NewReviewMeeting(ward.cell().value(), YEAR, ReviewMeetingKind.PARTY_CELL,
                        LocalDate.of(YEAR, 11, 20), "Nhà văn hóa Khu phố 1", chair, ward.cuong().value())));

        browser.login("truongphong").open("/annual/meetings/" + meeting.id());
        vote(3, Map.of("GOOD", "3"));
        browser.submit("#item-3 form.close-item button");
        assertThat(browser.find("#refusal").getText()).isEqualTo("Chưa thể kết thúc kiểm điểm đồng chí Trần Văn Bình"
                + " (Phó Bí thư chi bộ): phải kiểm điểm tập thể Chi bộ Khu phố 1 trước.");
        assertThat(browser.text("#item-3 .status")).isEqualTo("Đang kiểm điểm");
        browser.screenshot("ward-year-01-deputy-before-the-collective");
        for (int item = 1; item <= 3; item++) {
            vote(item, Map.of("GOOD", "4"));
            browser.submit("#item-" + item + " form.close-item button");
            assertThat(browser.find("#done").isDisplayed()).isTrue();
            assertThat(browser.text("#item-" + item + " .status")).isEqualTo("Đã kết thúc");
        }
        // Seed 004 §II.1: admitted on 2 September, less than six months before the review.
        assertThat(browser.text("#item-5 .status")).isEqualTo("Không kiểm điểm");
        assertThat(browser.text("#item-5 .not-reviewed-reason")).isEqualTo("Mới kết nạp chưa đủ 6 tháng (kết nạp 02/09/" + YEAR + ")");
        browser.screenshot("ward-year-02-meeting-closed");
        Object download = browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.querySelector('#minutes-docx').href)
                    .then(r => r.blob().then(b => done(r.status + ' ' + r.headers.get('content-type') + ' ' + b.size)));""");
        String[] answer = String.valueOf(download).split(" ");
        assertThat(answer[0]).isEqualTo("200");
        assertThat(answer[1]).startsWith("application/vnd.openxmlformats");
        assertThat(Long.parseLong(answer[2])).isGreaterThan(1000);

        // The yearly ratings (seed 004 §V.2): the Đảng ủy phường rates its cells and all party members, its Bí thư
        // signed in with his own account.
        clock.setDate(LocalDate.of(YEAR, 12, 14));
        new YearlyRatingFixture(context).clean(YEAR);
        WardAuthority authority = WardAuthority.of(YEAR, ward, organization, organizationService, membership,
                accounts, actors.account("admin"));
        String board = board(ward.cell().value());
        browser.login(WardAuthority.SECRETARY).open(board).click("#gather");
        assertThat(browser.find("#flash .alert-success").isDisplayed()).isTrue();
        // The cell, and each of its people on the party track, the levels the meeting voted proposed.
        int live = browser.findAll("#ratings tbody tr").size();
        assertThat(live).isGreaterThanOrEqualTo(4);
        YearlyRatingView collective = rating(ward.cell(), YearlyTrack.COLLECTIVE, null);
        YearlyRatingView head = rating(ward.cell(), YearlyTrack.PARTY, ward.lan().value());
        assertThat(head.proposedLevel()).isEqualTo(RatingLevel.GOOD);
        decide(collective, RatingLevel.COMPLETED, "Kết quả kiểm điểm tập thể chi bộ.");
        assertThat(browser.find("#flash .alert-success").isDisplayed()).isTrue();
        // Seed 004 §VII.2: the head not above the collective he leads; the form says so and keeps his choice.
        decide(head, RatingLevel.GOOD, null);
        assertThat(browser.text("#refusal")).isEqualTo("Mức xếp loại của người đứng đầu không được cao hơn mức"
                + " của tập thể do mình phụ trách: Hoàn thành nhiệm vụ (Kế hoạch 79-KH/ĐU, mục VII.2).");
        assertThat(browser.text("h1")).isEqualTo("Quyết định xếp loại năm " + YEAR + ": Nguyễn Thị Lan");
        browser.screenshot("ward-year-03-head-capped-by-the-collective");
        browser.select("#level", "Hoàn thành nhiệm vụ").click("#decision-form button[type='submit']");
        assertThat(browser.find("#flash .alert-success").isDisplayed()).isTrue();
        assertThat(browser.text("#rating-" + head.id())).contains("Không cao hơn mức của tập thể: Hoàn thành nhiệm vụ");
        // The deputy is not the head: the level the meeting proposed stands above the cell's.
        decide(rating(ward.cell(), YearlyTrack.PARTY, ward.binh().value()), RatingLevel.GOOD, null);
        assertThat(browser.find("#flash .alert-success").isDisplayed()).isTrue();
        // The rest at "Hoàn thành nhiệm vụ", within the cell's level.
        for (YearlyRatingView rest : TestActors.runAs(actors.account(WardAuthority.SECRETARY),
                () -> ratings.board(ward.cell().value(), YEAR)).ratings()) {
            if (rest.decidedLevel() == null) {
                decide(rest, RatingLevel.COMPLETED, null);
                assertThat(browser.find("#flash .alert-success").isDisplayed()).isTrue();
            }
        }
        browser.click("#announce");
        assertThat(browser.find("#flash .alert-success").isDisplayed()).isTrue();
        assertThat(browser.text("#counts-COLLECTIVE [data-level='COMPLETED']")).isEqualTo("1");
        assertThat(browser.text("#counts-PARTY [data-level='GOOD']")).isEqualTo("1");
        assertThat(browser.text("#counts-PARTY [data-level='COMPLETED']")).isEqualTo(String.valueOf(live - 2));
        browser.screenshot("ward-year-04-announced");

        // Seed 004 §VII.2 "trừ chi bộ tổ dân phố": the secretary of a residential cell may stand above it.
        long residential = authority.residentialCell().value();
        browser.open(board(residential)).click("#gather");
        assertThat(browser.find("#flash .alert-success").isDisplayed()).isTrue();
        decide(rating(authority.residentialCell(), YearlyTrack.COLLECTIVE, null), RatingLevel.COMPLETED, null);
        assertThat(browser.find("#flash .alert-success").isDisplayed()).isTrue();
        YearlyRatingView streetHead = rating(authority.residentialCell(), YearlyTrack.PARTY,
                authority.residentialSecretary().value());
        assertThat(streetHead.headsUnit()).isTrue();
        decide(streetHead, RatingLevel.GOOD, "Bí thư chi bộ tổ dân phố, hoàn thành tốt nhiệm vụ.");
        assertThat(browser.find("#flash .alert-success").isDisplayed()).isTrue();
        assertThat(browser.find("#rating-" + streetHead.id()).getAttribute("data-level")).isEqualTo("GOOD");
        assertThat(browser.text("#rating-" + streetHead.id())).doesNotContain("Không cao hơn mức của tập thể");
        browser.screenshot("ward-year-05-residential-cell-head-above-the-cell");

        // Issue 13 §8: the progress board counts the decided ratings as the ratings board does (one truth).
        browser.open(board);
        long boardDecided = browser.findAll("#counts td[data-level]").stream()
                .mapToLong(cell -> Long.parseLong(cell.getText())).sum();
        assertThat(boardDecided).isEqualTo(live);
        browser.login("admin").open("/annual/progress?unit=" + ward.cell().value() + "&year=" + YEAR);
        assertThat(browser.find("#count-ratings").getAttribute("data-done")).isEqualTo(String.valueOf(boardDecided));
        assertThat(browser.text("#count-ratings")).isEqualTo(live + "/" + live);
        // The cell's meeting counted where it was held: opened, not yet closed as a whole.
        assertThat(browser.text("#count-meetings")).isEqualTo("0/1");
        // The ward's own calendar (seed 004 §IX, migration V68): "trước ngày" 26/11, 28/11 and 15/12, so the last days
        // in time are the days before.
        long wardUnit = organization.unitByCode("P-NN").orElseThrow().id().value();
        browser.open("/annual/progress?unit=" + wardUnit + "&year=" + YEAR);
        assertThat(browser.text("#steps tr[data-step='REVIEW_MEETINGS']")).contains("25/11/" + YEAR);
        assertThat(browser.text("#steps tr[data-step='DOSSIERS_UPWARD']")).contains("27/11/" + YEAR)
                .contains("Ban Tổ chức Đảng ủy");
        assertThat(browser.text("#steps tr[data-step='AUTHORISED_RESULTS_UPWARD']")).contains("14/12/" + YEAR);
        browser.screenshot("ward-year-06-ward-progress");

        // Lê Văn Cường, a party member of the cell, files a complaint from his own page.
        long cuong = ward.cuong().value();
        YearlyRatingView his = rating(ward.cell(), YearlyTrack.PARTY, cuong);
        browser.login(WardAuthority.MEMBER).open("/annual/history/" + cuong);
        browser.type("#complaint-" + his.id(), "Đề nghị xem xét lại: năm qua tham gia đầy đủ sinh hoạt chi bộ.")
                .click("#year-" + his.id() + " form button");
        browser.waitForPath("/annual/history/" + cuong);
        assertThat(browser.find("#flash .alert-success").isDisplayed()).isTrue();
        browser.screenshot("ward-year-07-complaint-filed");
        browser.login(WardAuthority.SECRETARY).open(board);
        assertThat(browser.text("#complaints")).contains("tham gia đầy đủ sinh hoạt chi bộ");
    }

    private String board(long unit) {
        return "/annual/ratings?unit=" + unit + "&year=" + YEAR;
    }

    private YearlyRatingView rating(UnitId unit, YearlyTrack track, Long cadre) {
        return TestActors.runAs(actors.account(WardAuthority.SECRETARY), () -> ratings.board(unit.value(), YEAR))
                .ratings().stream().filter(r -> r.track() == track && (cadre == null || cadre.equals(r.cadreId())))
                .findFirst().orElseThrow();
    }

    /** From the board's "Quyết định" link of the rating to its form, the level (and reason) chosen and sent. */
    private void decide(YearlyRatingView rating, RatingLevel level, String reason) {
        browser.click("#rating-" + rating.id() + " a[href$='/decision']");
        browser.waitForPath("/annual/ratings/" + rating.id() + "/decision");
        browser.selectValue("#level", level.name());
        if (reason != null) {
            browser.type("#reason", reason);
        }
        browser.click("#decision-form button[type='submit']");
    }

    private void vote(int item, Map<String, String> votes) {
        votes.forEach((level, count) -> browser.type("#item-" + item + " input[name='votes-" + level + "']", count));
        browser.submit("#item-" + item + " form.vote-form button");
    }
}
