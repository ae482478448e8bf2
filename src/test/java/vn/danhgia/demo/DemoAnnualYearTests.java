package vn.danhgia.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.danhgia.support.TestActors.runAs;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.danhgia.annual.KeyCadresConsolidation;
import vn.danhgia.annual.ReviewItemStatus;
import vn.danhgia.annual.ReviewMeetingKind;
import vn.danhgia.annual.ReviewMeetingSummary;
import vn.danhgia.annual.ReviewMeetingView;
import vn.danhgia.annual.ReviewMeetings;
import vn.danhgia.annual.SelfReviewLine;
import vn.danhgia.annual.SelfReviewService;
import vn.danhgia.annual.SelfReviewStatus;
import vn.danhgia.annual.SelfReviewView;
import vn.danhgia.annual.YearlyBoard;
import vn.danhgia.annual.YearlyRatingView;
import vn.danhgia.annual.YearlyRatings;
import vn.danhgia.annual.YearlyTrack;
import vn.danhgia.decision.RatingStatus;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.accounts.UserAccountRepository;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.annual.NotReviewedReason;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Issue 13 §8: the demo gains a year. Started on two days, 6 December 2026 and 15 June 2027, each in its own
 * database, the demo shows the annual review of 2026 half-way through, made through the services as the demo people
 * (seed 003 §I.2, §2.1–2.3; seed 004 §II.1, §II.2.1.1, §VII.2).
 */
class DemoAnnualYearTests {

    static final int YEAR = 2026;

    @Test
    void theMeetingsAreHeldOnTenDecemberOrTodayWhenThatIsStillToCome() {
        // The year itself is YearUnderReview's (YearUnderReviewTests).
        assertThat(DemoAnnualYear.heldOn(LocalDate.of(2026, 12, 6), 2026)).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(DemoAnnualYear.heldOn(LocalDate.of(2027, 6, 15), 2026)).isEqualTo(LocalDate.of(2026, 12, 10));
    }

    /** What both start days must show. */
    abstract static class AnnualState {

        @Autowired
        TestActors actors;

        @Autowired
        SelfReviewService selfReviews;

        @Autowired
        ReviewMeetings meetings;

        @Autowired
        YearlyRatings ratings;

        @Autowired
        OrganizationQueries organization;

        @Autowired
        JdbcTemplate jdbc;

        @Autowired
        MockMvc mvc;

        void sees(String username, String page, String text) throws Exception {
            mvc.perform(get(page).with(TestActors.as(actors.account(username))))
                    .andExpect(status().isOk()).andExpect(content().string(containsString(text)));
        }

        // Issue 13 §8: a demo login for each annual page; the README lists them.
        @Test
        void eachAnnualPageHasADemoLoginThatSeesTheYear() throws Exception {
            sees("truongphong", "/annual/self-review?year=2026", "Bản kiểm điểm năm 2026");
            sees("tochuc", "/annual/meetings?year=2026", "Phòng Kinh tế");
            sees("thamquyen", "/annual/ratings?year=2026&unit=" + unit(DemoAnnualYear.DEPARTMENT), "Phòng Kinh tế");
            sees("tochuc", "/annual/progress?year=2026", "2026");
            sees("tochuc", "/annual/dossiers?year=2026", "2026");
            sees("tochuc", "/annual/subjects?year=2026", "2026");
            sees("bithuphuong", "/annual/meetings?year=2026", "Ban Chấp hành");
            sees("bithuchibo", "/annual/meetings?year=2026", "Chi bộ Tổ dân phố 1");
            sees("tochucphuong", "/annual/meetings?year=2026", "Chi bộ Tổ dân phố 1");
            sees("dangvien", "/annual/meetings?year=2026", "Chi bộ Tổ dân phố 1");
            sees("bithuphuong", "/annual/ratings?year=2026&unit=" + unit(DemoAnnualYear.CELL), "Chi bộ Tổ dân phố 1");
        }

        long unit(String code) {
            return organization.unitByCode(code).orElseThrow().id().value();
        }

        ReviewMeetingView meeting(Actor reader, String placeCode) {
            long place = unit(placeCode);
            ReviewMeetingSummary summary = runAs(reader, () -> meetings.visible(YEAR)).stream()
                    .filter(s -> s.placeUnitId() == place).findFirst().orElseThrow();
            return runAs(reader, () -> meetings.meeting(summary.id()));
        }

        @Test
        void phongKinhTesLeadersAndCollectiveHaveSubmittedTheirSelfReviews() {
            SelfReviewView head = runAs(actors.account("truongphong"), () -> selfReviews.findMine(YEAR))
                    .orElseThrow();
            assertThat(head.status()).isEqualTo(SelfReviewStatus.SUBMITTED);
            assertThat(head.form()).isEqualTo("MAU_2B");
            assertThat(head.selfScoreTotal()).isNotNull().isPositive();
            List<SelfReviewLine> lines = runAs(actors.account("truongphong"),
                    () -> selfReviews.ofUnit(unit(DemoAnnualYear.DEPARTMENT), YEAR));
            assertThat(lines).filteredOn(line -> line.status() == SelfReviewStatus.SUBMITTED)
                    .extracting(SelfReviewLine::cadreCode).contains("NB013", "NB014", "NB015");
            SelfReviewView collective = runAs(actors.account("truongphong"),
                    () -> selfReviews.openCollective(unit(DemoAnnualYear.DEPARTMENT), YEAR));
            assertThat(collective.form()).isEqualTo("MAU_01");
            assertThat(collective.status()).isEqualTo(SelfReviewStatus.SUBMITTED);
            assertThat(jdbc.queryForObject("select count(*) from audit_entry where action like 'SELF_REVIEW%'",
                    Integer.class)).isPositive();
        }

        @Test
        void theDepartmentsMeetingIsClosedWithOpinionsAndVotes() {
            ReviewMeetingView meeting = meeting(actors.account("truongphong"), DemoAnnualYear.DEPARTMENT);
            assertThat(meeting.kind()).isEqualTo(ReviewMeetingKind.DEPARTMENT);
            assertThat(meeting.open()).isFalse();
            assertThat(meeting.items()).allSatisfy(item -> assertThat(item.status())
                    .isIn(ReviewItemStatus.CLOSED, ReviewItemStatus.NOT_REVIEWED));
            assertThat(meeting.items()).anySatisfy(item -> assertThat(item.vote()).isPresent());
            assertThat(meeting.items()).flatExtracting(ReviewMeetingView.Item::opinions).hasSizeGreaterThan(1);
        }

        @Test
        void theKeyCadresConferenceIsOpenWithItsSuperiorsAndTheDepartmentConsolidated() {
            ReviewMeetingView meeting = meeting(actors.account("tochuc"), DemoAnnualYear.OFFICE_LEADERSHIP);
            assertThat(meeting.kind()).isEqualTo(ReviewMeetingKind.KEY_CADRES);
            assertThat(meeting.open()).isTrue();
            // Seed 003 §2.3: Ban cán sự đảng UBND tỉnh, Đảng ủy các cơ quan tỉnh and Sở Nội vụ attend.
            assertThat(meeting.missingSuperiors()).isEmpty();
            assertThat(meeting.items().get(0).collective()).isTrue();
            // The leaders sit in the Lãnh đạo Văn phòng: the collective is voted and closed, the Chánh Văn phòng next.
            assertThat(meeting.items().get(0).status()).isEqualTo(ReviewItemStatus.CLOSED);
            assertThat(meeting.items().get(0).vote()).isPresent();
            assertThat(meeting.items().get(1).title()).isEqualTo("Chánh Văn phòng");
            assertThat(meeting.items().get(1).status()).isEqualTo(ReviewItemStatus.PENDING);
            KeyCadresConsolidation consolidation = runAs(actors.account("tochuc"),
                    () -> meetings.consolidation(meeting.id()));
            assertThat(consolidation.departments()).filteredOn(d -> d.name().equals("Phòng Kinh tế"))
                    .singleElement().satisfies(d -> assertThat(d.withoutLevel()).isZero());
        }

        @Test
        void theDepartmentsRatingsAreGatheredWithProposalsAndTheHeadCappedByTheCollective() {
            YearlyBoard board = runAs(actors.account("thamquyen"),
                    () -> ratings.board(unit(DemoAnnualYear.DEPARTMENT), YEAR));
            assertThat(board.ratings()).filteredOn(r -> r.track() == YearlyTrack.COLLECTIVE).singleElement()
                    .extracting(YearlyRatingView::decidedLevel).isEqualTo(RatingLevel.COMPLETED);
            long head = organization.cadreByCode("NB013").orElseThrow().id().value();
            assertThat(board.ratings()).filteredOn(r -> r.track() == YearlyTrack.STATE && r.cadreId() == head)
                    .singleElement().extracting(YearlyRatingView::capLevel).isEqualTo(RatingLevel.COMPLETED);
            assertThat(board.ratings()).filteredOn(r -> r.status() == RatingStatus.PROPOSED).hasSizeGreaterThanOrEqualTo(2);
        }

        @Test
        void theWardCellsMeetingIsClosedInOrderWithTheNewMemberNotReviewed() {
            ReviewMeetingView cell = meeting(actors.account("bithuchibo"), DemoAnnualYear.CELL);
            assertThat(cell.open()).isFalse();
            assertThat(cell.kind()).isEqualTo(ReviewMeetingKind.PARTY_CELL);
            assertThat(cell.missingSuperiors()).isEmpty();
            assertThat(cell.items()).anySatisfy(item -> assertThat(item.notReviewedReason())
                    .contains(NotReviewedReason.ADMITTED_UNDER_SIX_MONTHS));
            assertThat(cell.items().get(0).collective()).isTrue();
            assertThat(cell.items()).extracting(ReviewMeetingView.Item::closedAt).filteredOn(java.util.Objects::nonNull)
                    .isSorted();
        }

        @Test
        void theWardsCellsAreRatedByTheWardCommitteeAndOneCellIsAnnounced() {
            // Seed 004 §V.2: the Đảng ủy phường rates its cells and their members; §VII.2: a cell's secretary not
            // above the cell, except in a chi bộ tổ dân phố.
            Actor committee = actors.account("bithuphuong");
            YearlyBoard regular = runAs(committee, () -> ratings.board(unit(DemoAnnualYear.REGULAR_CELL), YEAR));
            assertThat(regular.ratings()).filteredOn(r -> r.track() == YearlyTrack.COLLECTIVE).singleElement()
                    .extracting(YearlyRatingView::decidedLevel).isEqualTo(RatingLevel.COMPLETED);
            assertThat(regular.ratings()).filteredOn(YearlyRatingView::headsUnit).singleElement().satisfies(head -> {
                assertThat(head.decidedLevel()).isEqualTo(RatingLevel.COMPLETED);
                assertThat(head.capLevel()).isEqualTo(RatingLevel.COMPLETED);
            });
            assertThat(regular.ratings()).anySatisfy(r -> assertThat(r.decidedLevel()).isNull());

            YearlyBoard residential = runAs(committee, () -> ratings.board(unit(DemoAnnualYear.CELL), YEAR));
            assertThat(residential.ratings()).filteredOn(r -> r.track() == YearlyTrack.COLLECTIVE).singleElement()
                    .extracting(YearlyRatingView::decidedLevel).isEqualTo(RatingLevel.COMPLETED);
            long secretary = organization.cadreByCode(DemoAnnualYear.CELL_SECRETARY).orElseThrow().id().value();
            assertThat(residential.ratings()).filteredOn(r -> r.cadreId() != null && r.cadreId() == secretary)
                    .singleElement().satisfies(head -> {
                        assertThat(head.decidedLevel()).isEqualTo(RatingLevel.GOOD);
                        assertThat(head.capLevel()).isNull();
                    });
            // The members' levels came from the cell's meeting; all announced, the new and the exempt member not rated.
            assertThat(residential.ratings()).filteredOn(r -> r.track() == YearlyTrack.PARTY)
                    .hasSizeGreaterThanOrEqualTo(8)
                    .allSatisfy(r -> assertThat(r.status()).isEqualTo(RatingStatus.ANNOUNCED))
                    .anySatisfy(r -> assertThat(r.proposalSource()).isEqualTo("MEETING"));
            long newMember = organization.cadreByCode("NN123").orElseThrow().id().value();
            assertThat(residential.ratings()).noneMatch(r -> r.cadreId() != null && r.cadreId() == newMember);

            // Left for the visitor: the Ban Chấp hành and Chi bộ Tổ dân phố 2, gathered, nothing decided.
            for (String left : List.of(DemoAnnualYear.EXECUTIVE, DemoAnnualYear.UNDECIDED_CELL)) {
                assertThat(runAs(actors.account("tochucphuong"), () -> ratings.board(unit(left), YEAR)).ratings())
                        .isNotEmpty().allSatisfy(r -> assertThat(r.decidedLevel()).isNull());
            }
            assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'YEARLY_RATING_DECIDED'"
                    + " and actor_username = 'bithuphuong'", Integer.class)).isGreaterThanOrEqualTo(10);
        }

        @Test
        void theWardsExecutiveMeetingIsOpenWithItsCollectiveClosed() {
            ReviewMeetingView executive = meeting(actors.account("bithuphuong"), DemoAnnualYear.EXECUTIVE);
            assertThat(executive.open()).isTrue();
            assertThat(executive.items().get(0).collective()).isTrue();
            assertThat(executive.items().get(0).status()).isEqualTo(ReviewItemStatus.CLOSED);
            assertThat(executive.items().get(1).status()).isEqualTo(ReviewItemStatus.PENDING);
        }
    }

    @Nested
    @Tag("persistence")
    @SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:demo-annual-december;MODE=PostgreSQL;"
            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "danhgia.demo.annual.enabled=true"})
    @ActiveProfiles("demo")
    @AutoConfigureMockMvc
    @Import(StartedInDecember.class)
    class StartedOnSixDecember extends AnnualState {
    }

    @Nested
    @Tag("persistence")
    @SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:demo-annual-june;MODE=PostgreSQL;"
            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "danhgia.demo.annual.enabled=true"})
    @ActiveProfiles("demo")
    @AutoConfigureMockMvc
    @Import(StartedInJune.class)
    class StartedOnFifteenJune extends AnnualState {
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class StartedInDecember {

        @Bean
        @Primary
        MutableClock decemberClock() {
            MutableClock clock = new MutableClock();
            clock.setDate(LocalDate.of(2026, 12, 6));
            return clock;
        }

        @Bean
        TestActors testActors(UserAccountRepository accounts, OrganizationQueries organization) {
            return new TestActors(accounts, organization);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class StartedInJune {

        @Bean
        @Primary
        MutableClock juneClock() {
            MutableClock clock = new MutableClock();
            clock.setDate(LocalDate.of(2027, 6, 15));
            return clock;
        }

        @Bean
        TestActors testActors(UserAccountRepository accounts, OrganizationQueries organization) {
            return new TestActors(accounts, organization);
        }
    }
}
