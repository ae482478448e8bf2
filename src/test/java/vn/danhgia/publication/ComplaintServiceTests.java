package vn.danhgia.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import vn.danhgia.decision.RatingFixture;
import vn.danhgia.decision.RatingPeriod;
import vn.danhgia.decision.RatingStatus;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Complaints about Phòng Kinh tế's announced quarter II/2031: Lương Thị Mai (canbo, NB014) complains, the inspection
 * committee (kiemtra, Trần Minh Tuấn NB003; seed 000 §IV.4 "Ủy ban Kiểm tra … xem xét, giải quyết khiếu nại") assigns
 * and answers; upheld, the rating is cancelled so she is rated again (seed 000 §II.2 "hủy bỏ, đánh giá, xếp loại lại").
 */
@DemoDataTest
class ComplaintServiceTests {

    static final Quarter Q2 = new Quarter(2031, 2);

    @Autowired
    ComplaintService complaints;

    @Autowired
    AnnouncementService announcements;

    @Autowired
    MutableClock clock;

    @Autowired
    TestActors actors;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    RatingFixture fixture;
    Actor mai;
    Actor tuan;
    long rating;

    @BeforeEach
    void setUp() {
        fixture = new RatingFixture(context);
        clean();
        mai = actors.account("canbo");
        tuan = actors.account("kiemtra");
        rating = fixture.decided("NB014", Q2, RatingLevel.COMPLETED);
        fixture.decided("NB013", Q2, RatingLevel.GOOD);
        clock.setDate(LocalDate.of(2031, 6, 20));
        TestActors.runAs(actors.account("tochuc"), () -> announcements.announce(fixture.unitId(), 2031, 2));
    }

    @AfterEach
    void clean() {
        fixture.clean(Q2);
    }

    ComplaintView file(Actor actor) {
        return TestActors.runAs(actor, () -> complaints.file(rating, "Tôi đã hoàn thành vượt mức 40% nhiệm vụ."));
    }

    ComplaintView assigned() {
        ComplaintView filed = file(mai);
        return TestActors.runAs(tuan, () -> complaints.assign(filed.id(), filed.version(), fixture.cadre("NB003")));
    }

    /**
     * Issue 15 §2: a board's rows take their complaint windows from one reading of the scheme; each is the window the
     * one-by-one reading gives, a repeated announcement counted once, a rating never announced (null) left out.
     */
    @Test
    void theWindowsOfManyAnnouncementsAreThoseOfEachOnItsOwn() {
        List<Instant> announced = Arrays.asList(Instant.parse("2031-06-20T02:00:00Z"),
                Instant.parse("2031-06-25T02:00:00Z"), Instant.parse("2031-06-30T02:00:00Z"),
                Instant.parse("2031-06-20T02:00:00Z"), null);
        RatingPeriod quarter = RatingPeriod.of(Q2);

        var atOnce = complaints.lastComplaintDays(quarter, announced);

        assertThat(atOnce).containsOnlyKeys(announced.get(0), announced.get(1), announced.get(2));
        atOnce.forEach((instant, lastDay) -> assertThat(lastDay).as("the window of %s", instant)
                .isEqualTo(complaints.lastComplaintDay(quarter, instant)));
        assertThat(atOnce.get(Instant.parse("2031-06-30T02:00:00Z"))).as("a later announcement, a later window")
                .isAfter(atOnce.get(Instant.parse("2031-06-20T02:00:00Z")));
    }

    @Test
    void upheldComplaintCancelsTheRatingWithItsReasonInTheAuditTrail() {
        ComplaintView complaint = assigned();
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.ASSIGNED);
        assertThat(complaint.assignedName()).isEqualTo("Trần Minh Tuấn");

        ComplaintView answered = TestActors.runAs(tuan, () -> complaints.answer(complaint.id(), complaint.version(),
                true, "Hồ sơ cho thấy 40% nhiệm vụ vượt mức; đề nghị xếp loại lại."));

        assertThat(answered.status()).isEqualTo(ComplaintStatus.UPHELD);
        assertThat(fixture.status(rating)).isEqualTo(RatingStatus.CANCELLED);
        assertThat(fixture.cancelReason(rating)).contains("Khiếu nại số " + complaint.id())
                .contains("đề nghị xếp loại lại");
        assertThat(audit("COMPLAINT", complaint.id())).containsExactly("COMPLAINT_FILED", "COMPLAINT_ASSIGNED",
                "COMPLAINT_UPHELD");
        assertThat(audit("QUARTER_RATING", rating)).endsWith("RATING_ANNOUNCED", "RATING_CANCELLED");
        assertThat(TestActors.runAs(mai, announcements::myResults)).singleElement().satisfies(result -> {
            assertThat(result.status()).isEqualTo(RatingStatus.CANCELLED);
            assertThat(result.cancelReason()).contains("Khiếu nại số");
            assertThat(result.mayComplain()).isFalse();
        });
        // The cadre's quarter is open again: the cancelled rating no longer holds the live slot.
        assertThat(jdbc.queryForObject("select count(*) from quarter_rating where live_cadre_id = ? and period_year = 2031"
                + " and period_quarter = 2", Long.class, fixture.cadre("NB014"))).isZero();
        // She is told in the application how her complaint was answered.
        assertThat(jdbc.queryForObject("select message_key from notification where dedup_key = ?", String.class,
                "COMPLAINT_ANSWERED:complaint " + complaint.id() + ":account " + mai.accountId()))
                .isEqualTo("notification.complaintAnswered.upheld");
    }

    @Test
    void rejectedComplaintLeavesTheRatingAnnounced() {
        ComplaintView complaint = assigned();
        TestActors.runAs(tuan, () -> complaints.answer(complaint.id(), complaint.version(), false,
                "Không có căn cứ: 2 nhiệm vụ chậm tiến độ."));
        assertThat(fixture.status(rating)).isEqualTo(RatingStatus.ANNOUNCED);
        assertThat(TestActors.runAs(mai, () -> complaints.get(complaint.id())).status())
                .isEqualTo(ComplaintStatus.REJECTED);
    }

    @Test
    void answerNeedsItsTextAndNothingChangesWithout() {
        ComplaintView complaint = assigned();
        assertThatThrownBy(() -> TestActors.runAs(tuan, () -> complaints.answer(complaint.id(), complaint.version(),
                true, "   "))).isInstanceOfSatisfying(InvalidInputException.class, invalid ->
                assertThat(invalid.violations().get(0).messageKey()).isEqualTo("review.complaint.answerRequired"));
        assertThat(fixture.status(rating)).isEqualTo(RatingStatus.ANNOUNCED);
    }

    @Test
    void complaintAfterTheWindowIsRefused() {
        // Announced 20/06/2031, 15 days: in time until 05/07/2031.
        clock.setDate(LocalDate.of(2031, 7, 6));
        assertThatThrownBy(() -> file(mai)).isInstanceOfSatisfying(RuleRefusedException.class, refused ->
                assertThat(refused.messageKey()).isEqualTo("review.complaint.refusal.windowClosed"));
        clock.setDate(LocalDate.of(2031, 7, 5));
        assertThat(file(mai).status()).isEqualTo(ComplaintStatus.FILED);
    }

    @Test
    void onlyTheRatedCadreComplainsAboutAnAnnouncedRating() {
        assertThatThrownBy(() -> file(actors.account("truongphong"))).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> file(actors.account("tochuc"))).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> file(actors.account("kiemtra"))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> file(actors.cadre("NB036"))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> TestActors.runAs(mai, () -> complaints.file(999999, "x")))
                .isInstanceOf(RecordNotFoundException.class);
        long proposed = fixture.proposed("NB015", Q2, RatingLevel.GOOD);
        assertThatThrownBy(() -> TestActors.runAs(actors.cadre("NB015"), () -> complaints.file(proposed, "x")))
                .isInstanceOf(RuleRefusedException.class);
        assertThat(jdbc.queryForObject("select count(*) from complaint where rating_id = ?", Long.class, rating))
                .isZero();
    }

    @Test
    void onlyTheInspectionCommitteeAssignsAndTheAssignedMemberAnswers() {
        ComplaintView filed = file(mai);
        assertThatThrownBy(() -> TestActors.runAs(actors.account("tochuc"), () -> complaints.assign(filed.id(),
                filed.version(), fixture.cadre("NB003")))).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> TestActors.runAs(actors.account("thamquyen"), () -> complaints.assign(filed.id(),
                filed.version(), fixture.cadre("NB003")))).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> TestActors.runAs(actors.cadre("NB036"), () -> complaints.assign(filed.id(),
                filed.version(), fixture.cadre("NB003")))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> TestActors.runAs(tuan, () -> complaints.assign(filed.id(), filed.version(),
                fixture.cadre("NB014")))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> TestActors.runAs(tuan, () -> complaints.answer(filed.id(), filed.version(), false,
                "Chưa giao"))).isInstanceOf(RuleRefusedException.class);
        assertThat(TestActors.runAs(tuan, () -> complaints.get(filed.id())).status()).isEqualTo(ComplaintStatus.FILED);
        assertThat(TestActors.runAs(tuan, complaints::visible)).extracting(ComplaintView::id).contains(filed.id());
        assertThat(TestActors.runAs(actors.account("truongphong"), complaints::visible)).isEmpty();
    }

    @Test
    void twoInspectorsAnsweringFromTheSameVersionOnlyTheFirstCounts() {
        ComplaintView complaint = assigned();
        TestActors.runAs(tuan, () -> complaints.answer(complaint.id(), complaint.version(), false, "Giữ nguyên."));
        assertThatThrownBy(() -> TestActors.runAs(tuan, () -> complaints.answer(complaint.id(), complaint.version(),
                true, "Chấp nhận."))).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(fixture.status(rating)).isEqualTo(RatingStatus.ANNOUNCED);
        assertThat(TestActors.runAs(tuan, () -> complaints.get(complaint.id())).answer()).isEqualTo("Giữ nguyên.");
    }

    java.util.List<String> audit(String type, long id) {
        return jdbc.queryForList("select action from audit_entry where record_type = ? and record_id = ? order by id",
                String.class, type, id);
    }
}
