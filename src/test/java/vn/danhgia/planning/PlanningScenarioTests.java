package vn.danhgia.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.danhgia.support.TestActors.runAs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.danhgia.catalog.CatalogItemView;
import vn.danhgia.catalog.CatalogQueries;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.AuditEntryView;
import vn.danhgia.platform.AuditTrail;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.MutableClock;
import vn.danhgia.support.TestActors;

/**
 * Quarter III/2026 work plans of Phòng Nội chính (head NB020 Phan Anh Dũng; deputies NB021 Cao Thị Ngọc Ánh and NB022
 * Nguyễn Thị Thúy Hằng) under the default scheme 02-HD/TU. Seed 002 §4 Bước 1: "Chậm nhất đến ngày 25 tháng cuối của
 * quý trước, các cá nhân … xây dựng Kế hoạch công tác của cá nhân theo quý (Mẫu số 01)"; Mẫu 01 ghi chú: "… trình
 * tập thể lãnh đạo cơ quan, đơn vị … phê duyệt. Khi có nhiệm vụ phát sinh, kịp thời cập nhật bổ sung vào kế hoạch và
 * thông qua tập thể phê duyệt theo quy định."
 */
@DemoDataTest
class PlanningScenarioTests {

    static final Quarter Q3_2026 = new Quarter(2026, 3);

    @Autowired
    PlanningService planning;

    @Autowired
    PlanQueries plans;

    @Autowired
    CatalogQueries catalog;

    @Autowired
    OrganizationQueries organization;

    @Autowired
    AuditTrail audit;

    @Autowired
    TestActors actors;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    Actor deputy;
    Actor head;

    @BeforeEach
    void cleanNoiChinhPlans() {
        clock.setDate(LocalDate.of(2026, 6, 20));
        deputy = actors.cadre("NB021");
        head = actors.cadre("NB020", Role.UNIT_HEAD);
        for (String code : List.of("NB020", "NB021", "NB022")) {
            long cadre = organization.cadreByCode(code).orElseThrow().id().value();
            jdbc.sql("delete from work_plan_task where plan_id in (select id from work_plan where cadre_id = ?)")
                    .param(cadre).update();
            jdbc.sql("delete from work_plan_amendment where plan_id in (select id from work_plan where cadre_id = ?)")
                    .param(cadre).update();
            jdbc.sql("delete from work_plan_axis where plan_id in (select id from work_plan where cadre_id = ?)")
                    .param(cadre).update();
            jdbc.sql("delete from work_plan where cadre_id = ?").param(cadre).update();
        }
        new CatalogueRows(jdbc).approvedAndDraft(noiChinh());
    }

    @Test
    void cadrePlansFromTheCatalogueAndTheUnitHeadApproves() {
        WorkPlanView opened = runAs(deputy, () -> planning.open(Q3_2026));
        assertThat(opened.status()).isEqualTo(PlanStatus.DRAFT);
        // Seed 002 Phụ lục 2: Trục 1…6 at 30/15/10/5/5/5 by default.
        assertThat(opened.axisMaxPoints()).containsEntry(1, new BigDecimal("30")).containsEntry(6, new BigDecimal("5"));
        assertThat(opened.planDeadline()).isEqualTo(LocalDate.of(2026, 6, 25));

        WorkPlanView saved = runAs(deputy, () -> planning.saveDraft(opened.id(), opened.version(), draft(
                fromCatalogue(1, "Báo cáo kết quả thực hiện nhiệm vụ hằng quý", 1),
                fromCatalogue(1, "Báo cáo về tình hình tổ chức cơ sở đảng, đảng viên hằng quý", 1),
                new PlanTaskInput(2, null, "Đề án số hóa hồ sơ tiếp công dân", "Đề án", new BigDecimal("1.3"),
                        BigDecimal.ONE, LocalDate.of(2026, 9, 15)))));
        WorkPlanView submitted = runAs(deputy, () -> planning.submit(saved.id(), saved.version()));
        assertThat(submitted.status()).isEqualTo(PlanStatus.SUBMITTED);
        assertThat(runAs(head, planning::awaitingMyDecision)).extracting(PlanSummary::id).contains(saved.id());

        WorkPlanView approved = runAs(head, () -> planning.approve(saved.id(), submitted.version(), null));

        assertThat(approved.status()).isEqualTo(PlanStatus.APPROVED);
        ApprovedPlan plan = plans.approvedPlan(cadre("NB021"), Q3_2026).orElseThrow();
        assertThat(plan.tasks()).extracting(PlannedTask::coefficient)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(BigDecimal.ONE, new BigDecimal("1.2"), new BigDecimal("1.3"));
        assertThat(audit.ofRecord("WORK_PLAN", saved.id())).extracting(AuditEntryView::action)
                .containsExactly("PLAN_OPENED", "PLAN_SAVED", "PLAN_SUBMITTED", "PLAN_APPROVED");
        assertThat(audit.ofRecord("WORK_PLAN", saved.id()).get(3).actorName()).isEqualTo("Phan Anh Dũng");
    }

    /** Issue 12 "Late work has a path": after the 25th the plan is still taken, marked late, not refused for good. */
    @Test
    void submittingAfterTheTwentyFifthIsTakenAndMarkedLate() {
        WorkPlanView saved = savedPlan(deputy);
        clock.setDate(LocalDate.of(2026, 6, 26));

        WorkPlanView submitted = runAs(deputy, () -> planning.submit(saved.id(), saved.version()));

        assertThat(submitted.status()).isEqualTo(PlanStatus.SUBMITTED);
        assertThat(submitted.submittedLate()).isTrue();
        assertThat(audit.ofRecord("WORK_PLAN", saved.id())).extracting(AuditEntryView::action)
                .endsWith("PLAN_SUBMITTED_LATE");
    }

    @Test
    void submittingOnTheTwentyFifthIsInTime() {
        WorkPlanView saved = savedPlan(deputy);
        clock.setDate(LocalDate.of(2026, 6, 25));

        WorkPlanView submitted = runAs(deputy, () -> planning.submit(saved.id(), saved.version()));

        assertThat(submitted.submittedLate()).isFalse();
        assertThat(audit.ofRecord("WORK_PLAN", saved.id())).extracting(AuditEntryView::action)
                .endsWith("PLAN_SUBMITTED");
    }

    @Test
    void anItemOfACatalogueVersionNotYetApprovedIsRefusedAndNothingIsStored() {
        WorkPlanView saved = savedPlan(deputy);
        long draftItem = draftCatalogueItem();

        assertThatThrownBy(() -> runAs(deputy, () -> planning.saveDraft(saved.id(), saved.version(), draft(
                new PlanTaskInput(1, draftItem, null, null, null, BigDecimal.ONE, null)))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.violations())
                        .extracting(violation -> violation.field()).containsExactly("tasks[0].catalogItemId"));

        assertThat(runAs(deputy, () -> planning.get(saved.id())).tasks()).isEqualTo(saved.tasks());
    }

    @Test
    void axisWeightsMustTotalSeventyWithOneMainAxis() {
        WorkPlanView opened = runAs(deputy, () -> planning.open(Q3_2026));
        Map<Integer, BigDecimal> notSeventy = weights("30", "15", "10", "5", "5", "10");
        Map<Integer, BigDecimal> twoMainAxes = weights("25", "25", "5", "5", "5", "5");

        assertThatThrownBy(() -> runAs(deputy, () -> planning.saveDraft(opened.id(), opened.version(),
                new PlanDraft(notSeventy, List.of()))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.violations())
                        .extracting(violation -> violation.messageKey()).containsExactly("planning.invalid.axis-total"));
        assertThatThrownBy(() -> runAs(deputy, () -> planning.saveDraft(opened.id(), opened.version(),
                new PlanDraft(twoMainAxes, List.of()))))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.violations())
                        .extracting(violation -> violation.messageKey()).containsExactly("planning.invalid.main-axis"));

        WorkPlanView personal = runAs(deputy, () -> planning.saveDraft(opened.id(), opened.version(),
                new PlanDraft(weights("20", "35", "5", "5", "0", "5"), List.of())));
        assertThat(personal.axisMaxPoints()).containsEntry(2, new BigDecimal("35"));
    }

    @Test
    void anAxisThatCarriesPointsNeedsATaskBeforeThePlanIsSubmitted() {
        WorkPlanView opened = runAs(deputy, () -> planning.open(Q3_2026));
        WorkPlanView saved = runAs(deputy, () -> planning.saveDraft(opened.id(), opened.version(), new PlanDraft(
                weights("30", "15", "10", "5", "5", "5"),
                List.of(fromCatalogue(1, "Báo cáo kết quả thực hiện nhiệm vụ hằng quý", 1)))));

        assertThatThrownBy(() -> runAs(deputy, () -> planning.submit(saved.id(), saved.version())))
                .isInstanceOfSatisfying(RuleRefusedException.class, refused -> assertThat(vietnamese(refused))
                        .startsWith("Trục 2 có điểm tối đa 15 nhưng chưa có nhiệm vụ nào"));
        assertThat(runAs(deputy, () -> planning.get(saved.id())).status()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void aReturnedPlanCarriesTheCommentAndCanBeCorrectedAndResubmitted() {
        WorkPlanView submitted = submittedPlan(deputy);

        WorkPlanView returned = runAs(head, () -> planning.returnForRevision(submitted.id(), submitted.version(),
                "Bổ sung nhiệm vụ tiếp công dân định kỳ"));
        assertThat(returned.status()).isEqualTo(PlanStatus.RETURNED);
        assertThat(returned.decisionNote()).isEqualTo("Bổ sung nhiệm vụ tiếp công dân định kỳ");

        WorkPlanView corrected = runAs(deputy, () -> planning.saveDraft(returned.id(), returned.version(), draft(
                fromCatalogue(1, "Báo cáo kết quả thực hiện nhiệm vụ hằng quý", 1),
                fromCatalogue(1, "Báo cáo kết quả thực hiện nhiệm vụ hằng tháng", 3))));
        assertThat(runAs(deputy, () -> planning.submit(corrected.id(), corrected.version())).status())
                .isEqualTo(PlanStatus.SUBMITTED);
    }

    @Test
    void returningWithoutACommentIsRefused() {
        WorkPlanView submitted = submittedPlan(deputy);

        assertThatThrownBy(() -> runAs(head, () -> planning.returnForRevision(submitted.id(), submitted.version(), " ")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(runAs(head, () -> planning.get(submitted.id())).status()).isEqualTo(PlanStatus.SUBMITTED);
    }

    @Test
    void nobodyApprovesTheirOwnPlan() {
        Actor headPlanning = head;
        WorkPlanView submitted = submittedPlan(headPlanning);

        assertThatThrownBy(() -> runAs(headPlanning, () -> planning.approve(submitted.id(), submitted.version(), null)))
                .isInstanceOf(AccessRefusedException.class);
        // The head of Phòng Nội chính is approved above him: the Chánh Văn phòng leads the whole office.
        Actor officeHead = actors.cadre("NB001", Role.UNIT_HEAD);
        assertThat(runAs(officeHead, () -> planning.approve(submitted.id(), submitted.version(), null)).status())
                .isEqualTo(PlanStatus.APPROVED);
    }

    @Test
    void aTaskThatAroseDuringTheQuarterCountsOnlyOnceItsAmendmentIsApproved() {
        WorkPlanView submitted = submittedPlan(deputy);
        WorkPlanView approved = runAs(head, () -> planning.approve(submitted.id(), submitted.version(), null));
        clock.setDate(LocalDate.of(2026, 8, 10));

        WorkPlanView amended = runAs(deputy, () -> planning.proposeAmendment(approved.id(), approved.version(),
                "Nhiệm vụ đột xuất theo chỉ đạo của UBND tỉnh", List.of(new PlanTaskInput(4, null,
                        "Báo cáo rà soát đơn thư tồn đọng", "Báo cáo", new BigDecimal("1.5"), BigDecimal.ONE,
                        LocalDate.of(2026, 9, 10)))));
        assertThat(plans.approvedPlan(cadre("NB021"), Q3_2026).orElseThrow().tasks()).hasSize(1);

        long amendment = amended.amendments().get(0).id();
        runAs(head, () -> planning.approveAmendment(amended.id(), amendment, amended.version(), "Đồng ý"));

        assertThat(plans.approvedPlan(cadre("NB021"), Q3_2026).orElseThrow().tasks())
                .extracting(PlannedTask::title).contains("Báo cáo rà soát đơn thư tồn đọng");
        assertThat(audit.ofRecord("WORK_PLAN", amended.id())).extracting(AuditEntryView::action)
                .contains("PLAN_AMENDMENT_SUBMITTED", "PLAN_AMENDMENT_APPROVED");
    }

    @Test
    void theSecondOfTwoSavesFromTheSameVersionIsRefusedAndTheFirstIsKept() {
        WorkPlanView opened = runAs(deputy, () -> planning.open(Q3_2026));
        PlanDraft first = draft(fromCatalogue(1, "Báo cáo kết quả thực hiện nhiệm vụ hằng quý", 1));
        PlanDraft second = draft(fromCatalogue(1, "Báo cáo kết quả thực hiện nhiệm vụ hằng tháng", 3));

        runAs(deputy, () -> planning.saveDraft(opened.id(), opened.version(), first));
        assertThatThrownBy(() -> runAs(deputy, () -> planning.saveDraft(opened.id(), opened.version(), second)))
                .isInstanceOf(OptimisticLockingFailureException.class);

        assertThat(runAs(deputy, () -> planning.get(opened.id())).tasks()).extracting(WorkPlanView.Task::title)
                .containsExactly("Báo cáo kết quả thực hiện nhiệm vụ hằng quý");
    }

    @Test
    void quarterFourIsNotPlannedQuarterlyAndQuarterTwoOf2026IsListedDirectly() {
        assertThatThrownBy(() -> runAs(deputy, () -> planning.open(new Quarter(2026, 4))))
                .isInstanceOfSatisfying(RuleRefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("planning.refusal.quarter-not-rated"));
        assertThatThrownBy(() -> runAs(deputy, () -> planning.open(new Quarter(2026, 2))))
                .isInstanceOfSatisfying(RuleRefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("planning.refusal.direct-listing"));
    }

    WorkPlanView savedPlan(Actor cadre) {
        WorkPlanView opened = runAs(cadre, () -> planning.open(Q3_2026));
        return runAs(cadre, () -> planning.saveDraft(opened.id(), opened.version(),
                draft(fromCatalogue(1, "Báo cáo kết quả thực hiện nhiệm vụ hằng quý", 1))));
    }

    WorkPlanView submittedPlan(Actor cadre) {
        WorkPlanView saved = savedPlan(cadre);
        return runAs(cadre, () -> planning.submit(saved.id(), saved.version()));
    }

    PlanTaskInput fromCatalogue(int axis, String task, int quantity) {
        CatalogItemView item = catalog.itemsInForce(List.of(organization.unitByCode("VPUB-NB.NC").orElseThrow().id()))
                .stream().filter(candidate -> candidate.task().equals(task)).findFirst().orElseThrow();
        return new PlanTaskInput(axis, item.id(), null, null, null, BigDecimal.valueOf(quantity), null);
    }

    /** Axis 1 is the main axis; axis 2 gets 20 points when a task is planned on it, the others none. */
    PlanDraft draft(PlanTaskInput... tasks) {
        boolean second = List.of(tasks).stream().anyMatch(task -> task.axis() == 2);
        return new PlanDraft(second ? weights("50", "20", "0", "0", "0", "0") : weights("70", "0", "0", "0", "0", "0"),
                List.of(tasks));
    }

    static Map<Integer, BigDecimal> weights(String... points) {
        return Map.of(1, new BigDecimal(points[0]), 2, new BigDecimal(points[1]), 3, new BigDecimal(points[2]),
                4, new BigDecimal(points[3]), 5, new BigDecimal(points[4]), 6, new BigDecimal(points[5]));
    }

    long draftCatalogueItem() {
        return new CatalogueRows(jdbc).draftItem(noiChinh());
    }

    long noiChinh() {
        return organization.unitByCode("VPUB-NB.NC").orElseThrow().id().value();
    }

    CadreId cadre(String code) {
        return organization.cadreByCode(code).orElseThrow().id();
    }

    String vietnamese(RuleRefusedException refused) {
        return messages.getMessage(refused.messageKey(), refused.arguments().toArray(), java.util.Locale.forLanguageTag("vi"));
    }
}
