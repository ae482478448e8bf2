package vn.danhgia.annual.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.annual.NewReviewMeeting;
import vn.danhgia.rules.annual.NotReviewedReason;
import vn.danhgia.annual.ReviewAttendeeCapacity;
import vn.danhgia.annual.ReviewItemClosed;
import vn.danhgia.annual.ReviewItemStatus;
import vn.danhgia.annual.ReviewMeetingKind;
import vn.danhgia.annual.ReviewMeetingView;
import vn.danhgia.annual.ReviewMeetings;
import vn.danhgia.annual.ReviewSubject;
import vn.danhgia.membership.MembershipAdministration;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.OrganizationService;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * A ward cell's review meeting of 2093 (seed 004 §II.2, §VI; seed 003 §I.2): the cell before its members, the
 * secretary before the deputy, a new member shown as not reviewed, the superiors who must attend, opinions about each
 * person, the vote through the council tally, and the minutes read back.
 */
@DemoDataTest
@RecordApplicationEvents
class ReviewMeetingJourneyTests {

    static final int YEAR = 2093;
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

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

    @Autowired
    MessageSource messages;

    @Autowired
    MockMvc mvc;

    WardCell ward;
    Actor lan;

    @BeforeEach
    void setUp() {
        clock.setDate(LocalDate.of(YEAR, 11, 20));
        ward = WardCell.of(YEAR, organization, organizationService, membership, actors.account("admin"));
        lan = actors.cadre(code("LAN"), Role.UNIT_HEAD);
        WardCell.clean(jdbc, YEAR);
    }

    @AfterEach
    void clean() {
        WardCell.clean(jdbc, YEAR);
    }

    static String code(String person) {
        return "P" + YEAR + "." + person;
    }

    ReviewMeetingView openCell() {
        return TestActors.runAs(lan, () -> meetings.open(new NewReviewMeeting(ward.cell().value(), YEAR,
                ReviewMeetingKind.PARTY_CELL, LocalDate.of(YEAR, 11, 20), "Nhà văn hóa Khu phố 1",
                ward.lan().value(), ward.cuong().value())));
    }

    ReviewMeetingView.Item item(ReviewMeetingView meeting, CadreId cadre) {
        return meeting.items().stream().filter(i -> i.subject().equals(ReviewSubject.cadre(cadre.value())))
                .findFirst().orElseThrow();
    }

    ReviewMeetingView voteAndClose(ReviewMeetingView meeting, long itemId, Map<RatingLevel, Integer> votes) {
        ReviewMeetingView voted = TestActors.runAs(lan, () -> meetings.recordVote(meeting.id(), meeting.version(),
                itemId, votes));
        return TestActors.runAs(lan, () -> meetings.closeItem(voted.id(), voted.version(), itemId));
    }

    String text(RuleRefusedException refused) {
        return messages.getMessage(refused.messageKey(), refused.arguments().toArray(), VIETNAMESE);
    }

    // Seed 004 §II.2.1.1, §II.1; seed 003 §I.2: the agenda in review order, the newly admitted member listed.
    @Test
    void theAgendaListsTheCellFirstThenTheSecretaryTheDeputyAndTheMembers() throws Exception {
        ReviewMeetingView meeting = openCell();

        assertThat(meeting.items()).extracting(ReviewMeetingView.Item::name).containsExactly("Chi bộ Khu phố 1",
                "Nguyễn Thị Lan", "Trần Văn Bình", "Lê Văn Cường", "Phạm Thị Dung");
        assertThat(meeting.attendees()).extracting(ReviewMeetingView.Attendee::fullName)
                .containsExactly("Nguyễn Thị Lan", "Trần Văn Bình", "Lê Văn Cường", "Phạm Thị Dung");
        assertThat(item(meeting, ward.dung()).status()).isEqualTo(ReviewItemStatus.NOT_REVIEWED);
        assertThat(item(meeting, ward.dung()).notReviewedReason())
                .contains(NotReviewedReason.ADMITTED_UNDER_SIX_MONTHS);
        // Worded once, by membership, with the day of admission (seed 004 §II.1 "chưa đủ 6 tháng").
        assertThat(item(meeting, ward.dung()).notReviewedSince()).isEqualTo(LocalDate.of(YEAR, 9, 2));
        mvc.perform(get("/api/v1/annual/meetings/" + meeting.id()).with(TestActors.as(lan)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.notReviewedReasons['" + item(meeting, ward.dung()).id() + "']")
                        .value("Mới kết nạp chưa đủ 6 tháng (kết nạp 02/09/" + YEAR + ")"));
        // Seed 004 §VI: the standing-committee member in charge and the committee's staff must attend.
        assertThat(meeting.missingSuperiors()).containsExactlyInAnyOrder(
                ReviewAttendeeCapacity.STANDING_COMMITTEE_MEMBER, ReviewAttendeeCapacity.COMMITTEE_STAFF);
    }

    // Seed 003 §I.2 "kiểm điểm tập thể lãnh đạo trước, cá nhân sau", "người đứng đầu trước, cấp phó sau".
    @Test
    void closingTheDeputyOutOfOrderIsRefusedWithItsReasonAndChangesNothing() {
        ReviewMeetingView opened = openCell();
        long binh = item(opened, ward.binh()).id();
        ReviewMeetingView voted = TestActors.runAs(lan, () -> meetings.recordVote(opened.id(), opened.version(),
                binh, Map.of(RatingLevel.GOOD, 3)));

        RuleRefusedException beforeCell = (RuleRefusedException) org.assertj.core.api.Assertions.catchThrowable(
                () -> TestActors.runAs(lan, () -> meetings.closeItem(voted.id(), voted.version(), binh)));
        assertThat(text(beforeCell)).isEqualTo("Chưa thể kết thúc kiểm điểm đồng chí Trần Văn Bình (Phó Bí thư chi"
                + " bộ): phải kiểm điểm tập thể Chi bộ Khu phố 1 trước.");
        ReviewMeetingView unchanged = TestActors.runAs(lan, () -> meetings.meeting(opened.id()));
        assertThat(unchanged.version()).isEqualTo(voted.version());
        assertThat(item(unchanged, ward.binh()).status()).isEqualTo(ReviewItemStatus.PENDING);

        ReviewMeetingView cellClosed = voteAndClose(unchanged, unchanged.items().get(0).id(),
                Map.of(RatingLevel.GOOD, 4));
        RuleRefusedException beforeHead = (RuleRefusedException) org.assertj.core.api.Assertions.catchThrowable(
                () -> TestActors.runAs(lan, () -> meetings.closeItem(cellClosed.id(), cellClosed.version(), binh)));
        assertThat(text(beforeHead)).isEqualTo("Chưa thể kết thúc kiểm điểm đồng chí Trần Văn Bình (Phó Bí thư chi"
                + " bộ): phải kiểm điểm đồng chí Nguyễn Thị Lan (Bí thư chi bộ) là người đứng đầu trước.");

        ReviewMeetingView headClosed = voteAndClose(cellClosed, item(cellClosed, ward.lan()).id(),
                Map.of(RatingLevel.GOOD, 4));
        ReviewMeetingView deputyClosed = TestActors.runAs(lan, () -> meetings.closeItem(headClosed.id(),
                headClosed.version(), binh));
        assertThat(item(deputyClosed, ward.binh()).status()).isEqualTo(ReviewItemStatus.CLOSED);
    }

    @Test
    void aWholeMeetingInOrderProposesLevelsAndPrintsItsMinutes(ApplicationEvents events) throws Exception {
        ReviewMeetingView meeting = openCell();
        meeting = add(meeting, ReviewAttendeeCapacity.STANDING_COMMITTEE_MEMBER, "Võ Văn Hải");
        meeting = add(meeting, ReviewAttendeeCapacity.COMMITTEE_STAFF, "Đỗ Thị Mai");
        ReviewMeetingView current = meeting;
        meeting = TestActors.runAs(lan, () -> meetings.recordOpinion(current.id(), current.version(),
                item(current, ward.binh()).id(), ward.cuong().value(), null,
                "Đồng chí cần sâu sát cơ sở hơn trong công tác dân vận."));
        meeting = voteAndClose(meeting, meeting.items().get(0).id(), Map.of(RatingLevel.GOOD, 4));
        meeting = voteAndClose(meeting, item(meeting, ward.lan()).id(),
                Map.of(RatingLevel.EXCELLENT, 1, RatingLevel.GOOD, 3));
        meeting = voteAndClose(meeting, item(meeting, ward.binh()).id(),
                Map.of(RatingLevel.GOOD, 2, RatingLevel.COMPLETED, 2));
        meeting = voteAndClose(meeting, item(meeting, ward.cuong()).id(), Map.of(RatingLevel.GOOD, 4));
        ReviewMeetingView done = meeting;
        meeting = TestActors.runAs(lan, () -> meetings.close(done.id(), done.version()));

        assertThat(meeting.open()).isFalse();
        // GOOD 2 + COMPLETED 2 of 4: COMPLETED has 4 supporting votes (council tally's cumulative reading), GOOD 2.
        assertThat(meetings.proposalFor(ReviewSubject.cadre(ward.binh().value()), YEAR).orElseThrow().level())
                .contains(RatingLevel.COMPLETED);
        assertThat(meetings.proposalFor(ReviewSubject.collective(ward.cell().value()), YEAR).orElseThrow().level())
                .contains(RatingLevel.GOOD);
        assertThat(meetings.proposalFor(ReviewSubject.cadre(ward.dung().value()), YEAR)).isEmpty();
        assertThat(events.stream(ReviewItemClosed.class)).hasSize(4);

        byte[] docx = mvc.perform(get("/annual/meetings/" + meeting.id() + "/bien-ban.docx")
                        .with(TestActors.as(lan)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFTable> tables = document.getTables();
            XWPFTable items = tables.stream().filter(t -> t.getRow(0).getCell(1).getText().contains("Đối tượng"))
                    .findFirst().orElseThrow();
            assertThat(items.getRows().subList(1, items.getRows().size())).extracting(row -> cells(row).get(1))
                    .containsExactly("Chi bộ Khu phố 1", "Nguyễn Thị Lan", "Trần Văn Bình", "Lê Văn Cường",
                            "Phạm Thị Dung");
            assertThat(cells(items.getRow(3))).startsWith("3", "Trần Văn Bình", "Phó Bí thư chi bộ", "0", "2", "2",
                    "0", "4/4");
            assertThat(cells(items.getRow(3)).get(8)).startsWith("Hoàn thành nhiệm vụ");
            assertThat(cells(items.getRow(5)).get(8))
                    .isEqualTo("Không kiểm điểm: Mới kết nạp chưa đủ 6 tháng (kết nạp 02/09/" + YEAR + ")");
            XWPFTable opinions = tables.stream().filter(t -> t.getRow(0).getCell(1).getText().contains("Góp ý"))
                    .findFirst().orElseThrow();
            assertThat(cells(opinions.getRow(1))).containsExactly("3", "Trần Văn Bình", "Lê Văn Cường",
                    "Đồng chí cần sâu sát cơ sở hơn trong công tác dân vận.");
            String all = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document).getText();
            assertThat(all).contains("Võ Văn Hải", "Ủy viên Ban Thường vụ phụ trách chi bộ", "Đỗ Thị Mai",
                    "Nhà văn hóa Khu phố 1", "ngày 20 tháng 11 năm 2093");
        }
        mvc.perform(get("/annual/meetings/" + meeting.id() + "/bien-ban.pdf").with(TestActors.as(lan)))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF));
    }

    private ReviewMeetingView add(ReviewMeetingView meeting, ReviewAttendeeCapacity capacity, String name) {
        return TestActors.runAs(lan, () -> meetings.addAttendee(meeting.id(), meeting.version(), capacity, null,
                name));
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(cell -> cell.getText().strip()).toList();
    }

    // Seed 004 §VI: the cell's meeting cannot close without the superiors who must attend.
    @Test
    void theMeetingDoesNotCloseWithoutTheSuperiorsWhoMustAttend() {
        ReviewMeetingView meeting = openCell();
        for (ReviewMeetingView.Item item : meeting.items()) {
            if (item.status() == ReviewItemStatus.PENDING) {
                meeting = voteAndClose(meeting, item.id(), Map.of(RatingLevel.GOOD, 4));
            }
        }
        ReviewMeetingView all = meeting;

        assertThatThrownBy(() -> TestActors.runAs(lan, () -> meetings.close(all.id(), all.version())))
                .isInstanceOf(RuleRefusedException.class)
                .extracting(e -> ((RuleRefusedException) e).messageKey())
                .isEqualTo("annual.meeting.refused.superiorsMissing");
    }

    @Test
    void aStaleVersionIsRefused() {
        ReviewMeetingView meeting = openCell();
        long stale = meeting.version();
        TestActors.runAs(lan, () -> meetings.recordVote(meeting.id(), stale, meeting.items().get(0).id(),
                Map.of(RatingLevel.GOOD, 4)));

        assertThatThrownBy(() -> TestActors.runAs(lan, () -> meetings.recordVote(meeting.id(), stale,
                meeting.items().get(0).id(), Map.of(RatingLevel.GOOD, 3))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    // A party member sees the opinions about themselves, and records nothing.
    @Test
    void aMemberReadsOnlyTheOpinionsAboutThemselves() {
        ReviewMeetingView meeting = openCell();
        long binh = item(meeting, ward.binh()).id();
        long lanItem = item(meeting, ward.lan()).id();
        ReviewMeetingView first = TestActors.runAs(lan, () -> meetings.recordOpinion(meeting.id(), meeting.version(),
                binh, null, "Võ Văn Hải", "Phát huy vai trò nêu gương."));
        TestActors.runAs(lan, () -> meetings.recordOpinion(first.id(), first.version(), lanItem, null, "Võ Văn Hải",
                "Cần quyết liệt hơn."));
        Actor binhActor = actors.cadre(code("BINH"));

        ReviewMeetingView seen = TestActors.runAs(binhActor, () -> meetings.meeting(meeting.id()));

        assertThat(seen.manageable()).isFalse();
        assertThat(item(seen, ward.binh()).opinions()).extracting(ReviewMeetingView.Opinion::content)
                .containsExactly("Phát huy vai trò nêu gương.");
        assertThat(item(seen, ward.lan()).opinions()).isEmpty();
        assertThatThrownBy(() -> TestActors.runAs(binhActor, () -> meetings.recordVote(seen.id(), seen.version(),
                binh, Map.of(RatingLevel.EXCELLENT, 4)))).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void moreVotesThanMembersPresentAreRefusedNamingTheField() throws Exception {
        ReviewMeetingView meeting = openCell();

        mvc.perform(post("/api/v1/annual/meetings/" + meeting.id() + "/items/" + meeting.items().get(0).id()
                        + "/vote").with(TestActors.as(lan)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + meeting.version() + ",\"votes\":{\"GOOD\":5}}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    // Issue 13 §4: the API refuses an out-of-order close with 409 problem+json saying which review comes first.
    @Test
    void theApiRefusesAnOutOfOrderCloseWithTheReason() throws Exception {
        ReviewMeetingView opened = openCell();
        long binh = item(opened, ward.binh()).id();
        ReviewMeetingView voted = TestActors.runAs(lan, () -> meetings.recordVote(opened.id(), opened.version(),
                binh, Map.of(RatingLevel.GOOD, 3)));

        mvc.perform(post("/api/v1/annual/meetings/" + voted.id() + "/items/" + binh + "/close")
                        .with(TestActors.as(lan)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + voted.version() + "}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(
                        "phải kiểm điểm tập thể Chi bộ Khu phố 1 trước")));
    }

    // Issue 13 §4: the page shows the refusal in Vietnamese and changes nothing; the list, the page and its fragment.
    @Test
    void thePagesShowTheRefusalInVietnameseAndChangeNothing() throws Exception {
        ReviewMeetingView opened = openCell();
        long binh = item(opened, ward.binh()).id();
        ReviewMeetingView voted = TestActors.runAs(lan, () -> meetings.recordVote(opened.id(), opened.version(),
                binh, Map.of(RatingLevel.GOOD, 3)));
        String page = "/annual/meetings/" + voted.id();

        mvc.perform(post(page + "/items/" + binh + "/close").param("version", String.valueOf(voted.version()))
                        .locale(VIETNAMESE).with(TestActors.as(lan))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute(
                        "refusal", "Chưa thể kết thúc kiểm điểm đồng chí Trần Văn Bình (Phó Bí thư chi bộ): phải"
                                + " kiểm điểm tập thể Chi bộ Khu phố 1 trước."));
        assertThat(TestActors.runAs(lan, () -> meetings.meeting(voted.id())).version()).isEqualTo(voted.version());

        mvc.perform(get(page).locale(VIETNAMESE).with(TestActors.as(lan))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("Phạm Thị Dung"),
                        org.hamcrest.Matchers.containsString("Ủy viên Ban Thường vụ phụ trách chi bộ"))));
        mvc.perform(get(page + "/items/" + binh + "/opinions").locale(VIETNAMESE).with(TestActors.as(lan)))
                .andExpect(status().isOk());
        mvc.perform(get("/annual/meetings").param("year", String.valueOf(YEAR)).locale(VIETNAMESE)
                        .with(TestActors.as(lan)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Chi bộ Khu phố 1")));
    }

    // The annual API is in the OpenAPI document like the quarterly one (issue 13 "How it is checked").
    @Test
    void theMeetingApiIsDocumented() throws Exception {
        mvc.perform(get("/v3/api-docs").with(TestActors.as(actors.account("admin"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/annual/meetings/{id}/items/{itemId}/close'].post.summary")
                        .value(org.hamcrest.Matchers.containsString("sai thứ tự thì 409")));
    }
}
