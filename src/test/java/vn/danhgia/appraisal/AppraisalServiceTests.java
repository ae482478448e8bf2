package vn.danhgia.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import vn.danhgia.assessment.SelfAssessmentService;
import vn.danhgia.assessment.SelfAssessmentView;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.AuditTrail;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * The appraisal (thẩm định, seed 002 §4 Bước 3) by Lê Văn Hùng (NB006, tochuc), whose personnel office serves the
 * whole Văn phòng UBND tỉnh, of the quarter III/2026 self-assessment of Kiều Văn Hải (NB033, Phó Giám đốc Trung tâm
 * Phục vụ hành chính công) with the figures of seed 002 Phụ lục 2's worked example (91,93 points).
 */
@DemoDataTest
class AppraisalServiceTests {

    @Autowired
    AppraisalService appraisals;

    @Autowired
    SelfAssessmentService selfAssessments;

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

    @Autowired
    AuditTrail audit;

    AppraisalFixture fixture;
    Actor hung;
    Actor hai;
    SelfAssessmentView submitted;

    @BeforeEach
    void setUp() {
        fixture = new AppraisalFixture(jdbc, organization, access, selfAssessments);
        clean();
        clock.setDate(java.time.LocalDate.of(2026, 9, 15));
        hung = actors.account("tochuc");
        hai = actors.cadre("NB033");
        submitted = fixture.workedExample(hai, "NB033", true);
    }

    @AfterEach
    void clean() {
        fixture.clean(List.of("NB033", "NB034"));
    }

    @Test
    void openedWithTheCadresFiguresAndTheSameScore() {
        AppraisalView opened = as(hung, () -> appraisals.open(submitted.id()));

        assertThat(opened.status()).isEqualTo(AppraisalStatus.DRAFT);
        assertThat(opened.tasks()).hasSize(5).allSatisfy(task -> {
            assertThat(task.appraised()).isEqualTo(task.cadre());
            assertThat(task.adjusted()).isFalse();
        });
        assertThat(opened.cadreTotal()).isEqualByComparingTo("91.93");
        assertThat(opened.appraisedScore().roundedTotal()).isEqualByComparingTo("91.93");
        assertThat(opened.cadreProposedLevel()).isEqualTo(RatingLevel.GOOD);
        assertThat(as(hung, () -> appraisals.open(submitted.id())).id()).isEqualTo(opened.id());
        assertThat(fixture.appraisals(submitted.id())).isEqualTo(1);
    }

    @Test
    void anAdjustedFigureWithoutAReasonIsRefusedAndNothingChanges() {
        AppraisalView opened = as(hung, () -> appraisals.open(submitted.id()));
        String before = fixture.stored(opened.id());

        assertThatThrownBy(() -> as(hung, () -> appraisals.save(opened.id(), opened.version(),
                content(opened, 1, "0.75", " ", null, null, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused ->
                        assertThat(refused.violations()).extracting(v -> v.field() + " " + v.messageKey())
                                .containsExactly("tasks[0].adjustmentReason review.appraisal.error.reasonRequired"));

        assertThat(fixture.stored(opened.id())).isEqualTo(before);
    }

    @Test
    void aFactorOutsideTheSchemesValuesIsRefused() {
        AppraisalView opened = as(hung, () -> appraisals.open(submitted.id()));
        String before = fixture.stored(opened.id());

        assertThatThrownBy(() -> as(hung, () -> appraisals.save(opened.id(), opened.version(),
                content(opened, 1, "0.9", "Chất lượng chưa đạt", null, null, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused ->
                        assertThat(refused.violations()).extracting(v -> v.field())
                                .containsExactly("tasks[0].quality"));

        assertThat(fixture.stored(opened.id())).isEqualTo(before);
    }

    /** Both the cadre's and the appraised value are kept; lowering a factor lowers the appraised score only. */
    @Test
    void loweringAFactorKeepsBothValuesAndLowersTheAppraisedScore() {
        AppraisalView opened = as(hung, () -> appraisals.open(submitted.id()));

        AppraisalView saved = as(hung, () -> appraisals.save(opened.id(), opened.version(),
                content(opened, 1, "0.75", "Báo cáo quý phải sửa đổi hai lần", "BASICALLY_MEETS", null, null)));

        AppraisalView.TaskLine task = saved.tasks().get(1);
        assertThat(task.cadre().quality()).isEqualByComparingTo("1");
        assertThat(task.appraised().quality()).isEqualByComparingTo("0.75");
        assertThat(task.appraised().timeliness()).isEqualByComparingTo("1");
        assertThat(task.adjusted()).isTrue();
        assertThat(task.adjustmentReason()).isEqualTo("Báo cáo quý phải sửa đổi hai lần");
        assertThat(saved.version()).isGreaterThan(opened.version());
        assertThat(saved.cadreScore().roundedTotal()).isEqualByComparingTo("91.93");
        assertThat(saved.appraisedScore().roundedTotal()).isLessThan(new BigDecimal("91.93"));
        SelfAssessmentView cadres = as(hung, () -> selfAssessments.get(submitted.id()));
        assertThat(cadres.tasks().get(1).quality()).isEqualByComparingTo("1");
        assertThat(cadres.submittedTotal()).isEqualByComparingTo("91.93");
    }

    /**
     * Seed 002 §4 Bước 3: "phải đánh giá rõ mức độ đáp ứng yêu cầu theo 03 mức: (1)- Chủ động tiếp cận; giải quyết
     * hiệu quả vấn đề, có kết quả cụ thể; (2)- Cơ bản đáp ứng yêu cầu nhưng còn hạn chế, cần tiếp tục hoàn thiện;
     * (3)- Không đáp ứng yêu cầu nhiệm vụ."
     */
    @Test
    void eachTaskIsRatedOnTheSeedsThreeResponseLevels() {
        AppraisalView opened = as(hung, () -> appraisals.open(submitted.id()));
        List<AppraisalContent.TaskEntry> tasks = List.of(
                entry(opened, 0, "PROACTIVE_EFFECTIVE"), entry(opened, 1, "BASICALLY_MEETS"),
                entry(opened, 2, "DOES_NOT_MEET"));

        AppraisalView saved = as(hung, () -> appraisals.save(opened.id(), opened.version(),
                new AppraisalContent(tasks, null, null)));

        assertThat(saved.tasks()).extracting(AppraisalView.TaskLine::responseLevel).containsExactly(
                ResponseLevel.PROACTIVE_EFFECTIVE, ResponseLevel.BASICALLY_MEETS, ResponseLevel.DOES_NOT_MEET,
                null, null);
        assertThat(saved.tasks()).noneMatch(AppraisalView.TaskLine::adjusted);
    }

    @Test
    void aProposalAboveTheEnginesSuggestionNeedsAWrittenJustification() {
        AppraisalView opened = as(hung, () -> appraisals.open(submitted.id()));
        assertThat(opened.suggestedLevel()).isNotEqualTo(RatingLevel.EXCELLENT);
        AppraisalView proposed = as(hung, () -> appraisals.save(opened.id(), opened.version(),
                new AppraisalContent(null, "EXCELLENT", null)));
        assertThat(proposed.proposalAboveSuggestion()).isTrue();
        String before = fixture.stored(opened.id());

        assertThatThrownBy(() -> as(hung, () -> appraisals.complete(proposed.id(), proposed.version())))
                .isInstanceOfSatisfying(InvalidInputException.class, refused ->
                        assertThat(refused.violations()).extracting(v -> v.field())
                                .containsExactly("justification"));
        assertThat(fixture.stored(opened.id())).isEqualTo(before);

        AppraisalView justified = as(hung, () -> appraisals.save(proposed.id(), proposed.version(),
                new AppraisalContent(null, "EXCELLENT", "Chủ trì xây dựng Kết luận thực hiện Nghị quyết 21-NQ/TW "
                        + "được Ban Thường vụ đánh giá cao")));
        AppraisalView completed = as(hung, () -> appraisals.complete(justified.id(), justified.version()));

        assertThat(completed.status()).isEqualTo(AppraisalStatus.COMPLETED);
        assertThat(completed.proposedLevel()).isEqualTo(RatingLevel.EXCELLENT);
        assertThat(completed.appraisedTotal()).isEqualByComparingTo("91.93");
        assertThat(completed.appraisedBy()).isEqualTo("tochuc");
        assertThat(completed.canEdit()).isFalse();
        assertThat(audit.ofRecord("APPRAISAL", opened.id())).extracting(entry -> entry.action()).containsExactly(
                "APPRAISAL_OPENED", "APPRAISAL_SAVED", "APPRAISAL_SAVED", "APPRAISAL_COMPLETED");
        assertThat(audit.ofRecord("APPRAISAL", opened.id())).allMatch(entry -> entry.subjectCadreId() != null
                && entry.subjectCadreId() == hai.cadreId().orElseThrow());
    }

    @Test
    void aCompletedAppraisalCannotChange() {
        AppraisalView opened = as(hung, () -> appraisals.open(submitted.id()));
        AppraisalView proposed = as(hung, () -> appraisals.save(opened.id(), opened.version(),
                new AppraisalContent(null, opened.suggestedLevel().name(), null)));
        AppraisalView completed = as(hung, () -> appraisals.complete(proposed.id(), proposed.version()));
        String before = fixture.stored(opened.id());

        assertThatThrownBy(() -> as(hung, () -> appraisals.save(completed.id(), completed.version(),
                new AppraisalContent(null, "EXCELLENT", "x")))).isInstanceOf(RuleRefusedException.class);
        assertThat(fixture.stored(opened.id())).isEqualTo(before);
    }

    @Test
    void aProposalIsRequiredToComplete() {
        AppraisalView opened = as(hung, () -> appraisals.open(submitted.id()));
        String before = fixture.stored(opened.id());

        assertThatThrownBy(() -> as(hung, () -> appraisals.complete(opened.id(), opened.version())))
                .isInstanceOf(InvalidInputException.class);
        assertThat(fixture.stored(opened.id())).isEqualTo(before);
    }

    @Test
    void theCadreCannotAppraiseTheirOwnSelfAssessment() {
        assertThatThrownBy(() -> as(hai, () -> appraisals.open(submitted.id())))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(fixture.appraisals(submitted.id())).isZero();

        AppraisalView opened = as(hung, () -> appraisals.open(submitted.id()));
        String before = fixture.stored(opened.id());
        assertThatThrownBy(() -> as(hai, () -> appraisals.save(opened.id(), opened.version(),
                new AppraisalContent(null, "EXCELLENT", null)))).isInstanceOf(AccessRefusedException.class);
        assertThat(fixture.stored(opened.id())).isEqualTo(before);
    }

    @Test
    void aHeadOfDepartmentACadreAndACouncilMemberFindNothing() {
        AppraisalView opened = as(hung, () -> appraisals.open(submitted.id()));
        String before = fixture.stored(opened.id());
        for (String username : List.of("truongphong", "canbo", "hoidong")) {
            Actor other = actors.account(username);
            assertThatThrownBy(() -> as(other, () -> appraisals.open(submitted.id())))
                    .as(username).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> as(other, () -> appraisals.get(opened.id())))
                    .as(username).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> as(other, () -> appraisals.save(opened.id(), opened.version(),
                    new AppraisalContent(null, "EXCELLENT", null))))
                    .as(username).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> as(other, () -> appraisals.complete(opened.id(), opened.version())))
                    .as(username).isInstanceOf(RecordNotFoundException.class);
            assertThat(as(other, () -> appraisals.awaiting())).as(username).isEmpty();
        }
        assertThat(fixture.stored(opened.id())).isEqualTo(before);
    }

    @Test
    void aStaleVersionIsRefusedAndNothingChanges() {
        AppraisalView opened = as(hung, () -> appraisals.open(submitted.id()));
        as(hung, () -> appraisals.save(opened.id(), opened.version(), new AppraisalContent(null, "GOOD", null)));
        String before = fixture.stored(opened.id());

        assertThatThrownBy(() -> as(hung, () -> appraisals.save(opened.id(), opened.version(),
                new AppraisalContent(null, "COMPLETED", null))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> as(hung, () -> appraisals.complete(opened.id(), opened.version())))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(fixture.stored(opened.id())).isEqualTo(before);
    }

    @Test
    void onlyASubmittedSelfAssessmentCanBeAppraised() {
        SelfAssessmentView draft = fixture.workedExample(actors.cadre("NB034"), "NB034", false);

        assertThatThrownBy(() -> as(hung, () -> appraisals.open(draft.id())))
                .isInstanceOf(RuleRefusedException.class);
        assertThat(fixture.appraisals(draft.id())).isZero();
    }

    @Test
    void theOfficersListHoldsSubmittedSelfAssessmentsUntilTheAppraisalIsCompleted() {
        fixture.workedExample(actors.cadre("NB034"), "NB034", false);
        assertThat(as(hung, () -> appraisals.awaiting())).extracting(AwaitingAppraisal::cadreCode)
                .contains("NB033").doesNotContain("NB034");

        AppraisalView opened = as(hung, () -> appraisals.open(submitted.id()));
        assertThat(as(hung, () -> appraisals.awaiting())).filteredOn(a -> a.cadreCode().equals("NB033"))
                .extracting(AwaitingAppraisal::appraisalId).containsExactly(opened.id());

        AppraisalView proposed = as(hung, () -> appraisals.save(opened.id(), opened.version(),
                new AppraisalContent(null, opened.suggestedLevel().name(), null)));
        as(hung, () -> appraisals.complete(proposed.id(), proposed.version()));
        assertThat(as(hung, () -> appraisals.awaiting())).extracting(AwaitingAppraisal::cadreCode)
                .doesNotContain("NB033");
    }

    /** The content changing one task's quality, with the reason and response level, and the proposal. */
    private static AppraisalContent content(AppraisalView view, int row, String quality, String reason,
                                            String response, String level, String justification) {
        AppraisalView.TaskLine task = view.tasks().get(row);
        List<AppraisalContent.TaskEntry> tasks = new ArrayList<>();
        tasks.add(new AppraisalContent.TaskEntry(task.taskId(), null, new BigDecimal(quality), null, null, reason,
                response));
        return new AppraisalContent(tasks, level, justification);
    }

    private static AppraisalContent.TaskEntry entry(AppraisalView view, int row, String response) {
        return new AppraisalContent.TaskEntry(view.tasks().get(row).taskId(), null, null, null, null, null,
                response);
    }

    private static <T> T as(Actor actor, java.util.function.Supplier<T> work) {
        return TestActors.runAs(actor, work);
    }
}
