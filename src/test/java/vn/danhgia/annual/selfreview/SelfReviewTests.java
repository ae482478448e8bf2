package vn.danhgia.annual.selfreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.danhgia.support.TestActors.runAs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import vn.danhgia.annual.SelfReviewContent;
import vn.danhgia.annual.SelfReviewLine;
import vn.danhgia.annual.SelfReviewService;
import vn.danhgia.annual.SelfReviewStatus;
import vn.danhgia.annual.SelfReviewView;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * The annual self-review of the Phòng Kinh tế of the Ninh Bình office in 2097 and 2098 (years no other test uses):
 * Trịnh Đình Phong (NB013, Trưởng phòng, party member) fills Mẫu 02B with the criteria frame; Lương Thị Mai (NB014)
 * gets her head's review suggestion and her quarter I rating prefilled (seed 000 §III.6.4), and next year last year's
 * shortcomings (seed 004 §II.3).
 */
@DemoDataTest
class SelfReviewTests {

    private static final int YEAR = 2097;

    @Autowired
    SelfReviewService reviews;

    @Autowired
    TestActors actors;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganizationQueries organization;

    @Autowired
    MutableClock clock;

    Actor phong;
    Actor mai;
    Actor dat;

    @BeforeEach
    void lateInTheYear() {
        clean();
        clock.setDate(LocalDate.of(YEAR, 12, 1));
        phong = actors.cadre("NB013", Role.UNIT_HEAD);
        mai = actors.cadre("NB014", Role.UNIT_HEAD);
        dat = actors.cadre("NB035", Role.UNIT_HEAD);
    }

    @AfterEach
    void clean() {
        jdbc.update("delete from self_review_section where self_review_id in "
                + "(select id from self_review where review_year in (2097, 2098))");
        jdbc.update("delete from self_review_score where self_review_id in "
                + "(select id from self_review where review_year in (2097, 2098))");
        jdbc.update("delete from self_review where review_year in (2097, 2098)");
        jdbc.update("delete from review_suggestion where review_year in (2097, 2098)");
        jdbc.update("delete from quarter_rating where period_year in (2097, 2098)");
        clock.setDate(LocalDate.of(2026, 6, 20));
    }

    @Test
    void aHeadWhoIsAPartyMemberFillsMau2BWithTheLeadersSectionsAndTheFrame() {
        SelfReviewView review = runAs(phong, () -> reviews.openMine(YEAR));

        assertThat(review.form()).isEqualTo("MAU_2B");
        assertThat(review.status()).isEqualTo(SelfReviewStatus.DRAFT);
        // Seed 004 §II.3: 2.3.1's contents, 2.3.2's three, then the shortcomings and remedies.
        assertThat(review.sections()).extracting(SelfReviewView.Section::code).containsExactly("QUALITIES", "TASKS",
                "LEADERSHIP", "RESPONSIBILITY", "EXAMPLE", "COMMITMENT", "SUGGESTIONS", "SHORTCOMINGS");
        assertThat(review.frame()).extracting(SelfReviewView.FrameItem::maxPoints)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("20"), new BigDecimal("50"), new BigDecimal("30"));
        assertThat(review.canEdit()).isTrue();
    }

    @Test
    void theTasksArePrefilledFromTheQuartersAndTheSuggestionsFromTheAuthority() {
        long unit = organization.cadreByCode("NB014").map(c -> jdbc.queryForObject("""
                select p.unit_id from org_appointment a join org_position p on p.id = a.position_id
                where a.cadre_id = ? and p.track = 'GOVERNMENT'""", Long.class, c.id().value()))
                .orElseThrow();
        long maiId = organization.cadreByCode("NB014").orElseThrow().id().value();
        jdbc.update("""
                insert into quarter_rating (cadre_id, live_cadre_id, unit_id, period_year, period_quarter, status,
                    head_proposed_level, decided_level, discrepancy, version)
                values (?, ?, ?, ?, 1, 'ANNOUNCED', 'GOOD', 'GOOD', false, 0)""", maiId, maiId, unit, YEAR);
        runAs(phong, () -> reviews.suggest(maiId, YEAR, "Làm rõ việc chậm tham mưu báo cáo kinh tế quý III"));

        SelfReviewView review = runAs(mai, () -> reviews.openMine(YEAR));

        assertThat(review.form()).isEqualTo("MAU_2B");
        assertThat(text(review, "TASKS")).contains("Quý I/2097: xếp loại Hoàn thành tốt nhiệm vụ.",
                "Quý II/2097: xếp loại chưa có kết quả.", "Chưa có phiếu tự đánh giá quý IV.");
        assertThat(text(review, "SUGGESTIONS")).contains("Gợi ý kiểm điểm của cấp có thẩm quyền năm 2097:",
                "- Làm rõ việc chậm tham mưu báo cáo kinh tế quý III");
    }

    @Test
    void lastYearsShortcomingsAreCarriedIntoNextYearsReview() {
        SelfReviewView first = runAs(mai, () -> reviews.openMine(YEAR));
        runAs(mai, () -> reviews.save(first.id(), first.version(), new SelfReviewContent(
                Map.of("SHORTCOMINGS", "Còn chậm nộp báo cáo định kỳ; khắc phục trong quý I năm sau."), "GOOD",
                Map.of("1", new BigDecimal("18"), "2", new BigDecimal("42"), "3", new BigDecimal("25")))));
        clock.setDate(LocalDate.of(YEAR + 1, 11, 20));

        SelfReviewView next = runAs(mai, () -> reviews.openMine(YEAR + 1));

        assertThat(text(next, "SUGGESTIONS")).contains(
                "Hạn chế, khuyết điểm chỉ ra ở kỳ kiểm điểm năm 2097 cần khắc phục:",
                "Còn chậm nộp báo cáo định kỳ; khắc phục trong quý I năm sau.");
    }

    @Test
    void theSelfScoreShowsTheLevelOfItsBandAndSubmittingNeedsALevelAndEveryItemScored() {
        SelfReviewView review = runAs(phong, () -> reviews.openMine(YEAR));

        assertThatThrownBy(() -> runAs(phong, () -> reviews.submit(review.id(), review.version())))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.violations())
                        .extracting(violation -> violation.field())
                        .containsExactly("proposedLevel", "scores[1]", "scores[2]", "scores[3]"));

        SelfReviewView scored = runAs(phong, () -> reviews.save(review.id(), review.version(),
                new SelfReviewContent(Map.of("QUALITIES", "Giữ vững phẩm chất chính trị."), "EXCELLENT",
                        Map.of("1", new BigDecimal("19"), "2", new BigDecimal("45"), "3", new BigDecimal("26")))));
        // Quy định 366-QĐ/TW Điều 11: 90 points is the EXCELLENT band.
        assertThat(scored.selfScoreTotal()).isEqualByComparingTo("90");
        assertThat(scored.suggestedLevel()).isEqualTo("EXCELLENT");

        SelfReviewView submitted = runAs(phong, () -> reviews.submit(scored.id(), scored.version()));
        assertThat(submitted.status()).isEqualTo(SelfReviewStatus.SUBMITTED);
        assertThat(submitted.canEdit()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where record_type = 'SELF_REVIEW' "
                + "and record_id = ? and action = 'SELF_REVIEW_SUBMITTED'", Integer.class, review.id())).isOne();
        assertThatThrownBy(() -> runAs(phong, () -> reviews.save(submitted.id(), submitted.version(),
                new SelfReviewContent(Map.of(), "GOOD", null))))
                .isInstanceOf(RuleRefusedException.class);
    }

    @Test
    void pointsAboveTheItemsMaximumAreRefusedBesideTheItem() {
        SelfReviewView review = runAs(phong, () -> reviews.openMine(YEAR));

        assertThatThrownBy(() -> runAs(phong, () -> reviews.save(review.id(), review.version(),
                new SelfReviewContent(null, "BEST", Map.of("1", new BigDecimal("21"))))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.violations())
                        .extracting(violation -> violation.field() + " " + violation.messageKey())
                        .containsExactlyInAnyOrder("proposedLevel selfreview.invalid.level",
                                "scores[1] selfreview.invalid.points"));
    }

    @Test
    void aChangeFromAnOldVersionIsRefused() {
        SelfReviewView review = runAs(mai, () -> reviews.openMine(YEAR));
        runAs(mai, () -> reviews.save(review.id(), review.version(),
                new SelfReviewContent(Map.of("TASKS", "Bản sửa ở máy khác"), null, null)));

        assertThatThrownBy(() -> runAs(mai, () -> reviews.save(review.id(), review.version(),
                new SelfReviewContent(Map.of("TASKS", "Bản cũ"), null, null))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void theHeadReadsTheUnitsReviewsAndOthersDoNotSeeThem() {
        SelfReviewView review = runAs(mai, () -> reviews.openMine(YEAR));

        assertThat(runAs(phong, () -> reviews.get(review.id())).subjectName()).isEqualTo("Lương Thị Mai");
        assertThat(runAs(phong, () -> reviews.get(review.id())).canEdit()).isFalse();
        assertThatThrownBy(() -> runAs(dat, () -> reviews.get(review.id())))
                .isInstanceOf(RecordNotFoundException.class);

        var lines = runAs(phong, () -> reviews.ofUnit(review.unitId(), YEAR));
        assertThat(lines).extracting(SelfReviewLine::fullName).contains("Trịnh Đình Phong", "Lương Thị Mai");
        assertThat(lines).filteredOn(line -> line.fullName().equals("Lương Thị Mai"))
                .extracting(SelfReviewLine::status).containsExactly(SelfReviewStatus.DRAFT);
        assertThatThrownBy(() -> runAs(dat, () -> reviews.ofUnit(review.unitId(), YEAR)))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void onlyTheHeadOpensTheCollectivesReportOnMau01() {
        SelfReviewView own = runAs(phong, () -> reviews.openMine(YEAR));

        SelfReviewView collective = runAs(phong, () -> reviews.openCollective(own.unitId(), YEAR));

        assertThat(collective.form()).isEqualTo("MAU_01");
        assertThat(collective.collective()).isTrue();
        // Seed 004 §II.3 "Cấp ủy, tổ chức đảng, tập thể lãnh đạo, quản lý": five contents, then the remedies.
        assertThat(collective.sections()).extracting(SelfReviewView.Section::code).containsExactly("PRINCIPLES",
                "TASKS", "PARTY_BUILDING", "POLITICAL_DUTY", "SUGGESTIONS", "SHORTCOMINGS");
        assertThatThrownBy(() -> runAs(mai, () -> reviews.openCollective(own.unitId(), YEAR)))
                .isInstanceOf(vn.danhgia.platform.AccessRefusedException.class);
    }

    @Test
    void aYearNotBegunIsRefused() {
        assertThatThrownBy(() -> runAs(mai, () -> reviews.openMine(YEAR + 1)))
                .isInstanceOf(RuleRefusedException.class);
    }

    @Test
    void onlyTheAuthorityRecordsASuggestion() {
        long phongId = organization.cadreByCode("NB013").orElseThrow().id().value();

        assertThatThrownBy(() -> runAs(mai, () -> reviews.suggest(phongId, YEAR, "Gợi ý")))
                .isInstanceOf(vn.danhgia.platform.AccessRefusedException.class);
        assertThatThrownBy(() -> runAs(phong, () -> reviews.suggest(phongId, YEAR, "  ")))
                .isInstanceOf(InvalidInputException.class);
    }

    private static String text(SelfReviewView review, String code) {
        return review.sections().stream().filter(section -> section.code().equals(code)).findFirst().orElseThrow()
                .text();
    }
}
