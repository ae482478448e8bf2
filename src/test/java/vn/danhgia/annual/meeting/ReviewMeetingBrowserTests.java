package vn.danhgia.annual.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danhgia.annual.NewReviewMeeting;
import vn.danhgia.annual.ReviewMeetingKind;
import vn.danhgia.annual.ReviewMeetingView;
import vn.danhgia.annual.ReviewMeetings;
import vn.danhgia.membership.MembershipAdministration;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.OrganizationService;
import vn.danhgia.platform.Role;
import vn.danhgia.support.Browser;
import vn.danhgia.support.BrowserTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Issue 13 §4 in the browser: a ward cell's review meeting of 2094 chaired by truongphong. Closing the deputy before
 * the cell is refused with its reason and nothing changes; then the cell, the secretary and the deputy close in order,
 * the newly admitted member is shown as not reviewed
 * with the reason the membership module computes from her admission date, and the minutes download as Word.
 */
@BrowserTest
class ReviewMeetingBrowserTests {

    static final int YEAR = 2094;

    @Autowired
    Browser browser;

    @Autowired
    ReviewMeetings meetings;

    @Autowired
    OrganizationQueries organization;

    @Autowired
    OrganizationService organizationService;

    @Autowired
    TestActors actors;

    @Autowired
    MembershipAdministration membership;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void clean() {
        WardCell.clean(jdbc, YEAR);
    }

    @Test
    void aCellMeetingClosesInOrderAndPrintsItsMinutes() {
        clock.setDate(LocalDate.of(YEAR, 11, 20));
        WardCell ward = WardCell.of(YEAR, organization, organizationService, membership,
                actors.account("admin"));
        WardCell.clean(jdbc, YEAR);
        long chair = actors.account("truongphong").cadreId().orElseThrow();
        ReviewMeetingView meeting = TestActors.runAs(actors.cadre("P" + YEAR + ".LAN", Role.UNIT_HEAD),
                () -> meetings.open(new NewReviewMeeting(ward.cell().value(), YEAR, ReviewMeetingKind.PARTY_CELL,
                        LocalDate.of(YEAR, 11, 20), "Nhà văn hóa Khu phố 1", chair, ward.cuong().value())));
        String page = "/annual/meetings/" + meeting.id();

        browser.login("truongphong").open(page);
        vote(3, Map.of("GOOD", "3"));
        browser.submit("#item-3 form.close-item button");
        assertThat(browser.find("#refusal").getText()).isEqualTo("Chưa thể kết thúc kiểm điểm đồng chí Trần Văn Bình"
                + " (Phó Bí thư chi bộ): phải kiểm điểm tập thể Chi bộ Khu phố 1 trước.");
        assertThat(browser.text("#item-3 .status")).isEqualTo("Đang kiểm điểm");

        for (int item = 1; item <= 3; item++) {
            vote(item, Map.of("GOOD", "4"));
            browser.submit("#item-" + item + " form.close-item button");
            assertThat(browser.find("#done").isDisplayed()).isTrue();
            assertThat(browser.text("#item-" + item + " .status")).isEqualTo("Đã kết thúc");
        }
        assertThat(browser.text("#item-5 .status")).isEqualTo("Không kiểm điểm");
        assertThat(browser.text("#item-5 .not-reviewed-reason")).isEqualTo("Mới kết nạp chưa đủ 6 tháng (kết nạp 02/09/" + YEAR + ")");

        Object download = browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.querySelector('#minutes-docx').href)
                    .then(r => done(r.status + ' ' + r.headers.get('content-type')));""");
        assertThat(String.valueOf(download)).startsWith("200 application/vnd.openxmlformats");
    }

    private void vote(int item, Map<String, String> votes) {
        votes.forEach((level, count) -> browser.type("#item-" + item + " input[name='votes-" + level + "']", count));
        browser.submit("#item-" + item + " form.vote-form button");
    }
}
