package vn.danhgia.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitId;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.AuditEntryView;
import vn.danhgia.platform.AuditTrail;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.TestActors;

/**
 * Seed 002 §4 Bước 1: the personnel office (tochuc, Phòng Hành chính – Tổ chức) drafts a unit's catalogue and submits
 * it; the unit's leadership approves it. Each test uses its own unit, because a unit has one open version at a time.
 */
@DemoDataTest
class CatalogWorkflowTests {

    private static final CatalogItemInput MONTHLY_REPORT = item("Báo cáo kết quả thực hiện nhiệm vụ hằng tháng",
            "Báo cáo", "100");
    private static final CatalogItemInput QUARTERLY_PARTY_REPORT = item(
            "Báo cáo về tình hình tổ chức cơ sở đảng, đảng viên hằng quý", "Báo cáo", "120");

    @Autowired
    CatalogService catalogs;

    @Autowired
    CatalogQueries queries;

    @Autowired
    OrganizationQueries organization;

    @Autowired
    AuditTrail audit;

    @Autowired
    TestActors testActors;

    /** Phòng Kinh tế: drafted by the office, approved by its head, then replaced by a second approved version. */
    @Test
    void newApprovedVersionSupersedesTheOldOneWhoseItemsStayAsTheyWere() {
        UnitId economy = unit("VPUB-NB.KT");
        CatalogVersionView draft = as("tochuc", () -> catalogs.draftNewVersion(economy,
                "Danh mục sản phẩm/công việc chuẩn Phòng Kinh tế", new BigDecimal("100")));
        CatalogVersionView withOne = as("tochuc", () -> catalogs.addItem(draft.id(), draft.version(),
                MONTHLY_REPORT));
        CatalogVersionView withTwo = as("tochuc", () -> catalogs.addItem(withOne.id(), withOne.version(),
                QUARTERLY_PARTY_REPORT));
        CatalogVersionView submitted = as("tochuc", () -> catalogs.submit(withTwo.id(), withTwo.version()));
        CatalogVersionView approved = as("truongphong", () -> catalogs.approve(submitted.id(), submitted.version()));

        assertThat(approved.status()).isEqualTo(CatalogStatus.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo("truongphong");
        CatalogItemView oldItem = approved.items().get(1);
        assertThat(queries.itemInForce(oldItem.id())).contains(oldItem);
        assertThat(oldItem.coefficient()).isEqualByComparingTo("1.2");
        assertThat(queries.itemsInForce(List.of(economy))).containsExactlyElementsOf(approved.items());

        CatalogVersionView second = as("tochuc", () -> catalogs.draftNewVersion(economy,
                "Danh mục Phòng Kinh tế, điều chỉnh điểm chuẩn", new BigDecimal("120")));
        assertThat(second.versionNumber()).isEqualTo(approved.versionNumber() + 1);
        assertThat(second.items()).extracting(CatalogItemView::task)
                .containsExactly(MONTHLY_REPORT.task(), QUARTERLY_PARTY_REPORT.task());
        assertThat(second.items()).extracting(CatalogItemView::coefficient)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0.8333"), new BigDecimal("1"));
        CatalogVersionView secondSubmitted = as("tochuc", () -> catalogs.submit(second.id(), second.version()));
        as("truongphong", () -> catalogs.approve(secondSubmitted.id(), secondSubmitted.version()));

        assertThat(queries.itemInForce(oldItem.id())).isEmpty();
        CatalogVersionView old = as("admin", () -> catalogs.version(approved.id()));
        assertThat(old.status()).isEqualTo(CatalogStatus.SUPERSEDED);
        assertThat(old.items()).containsExactlyElementsOf(approved.items());
        assertThat(queries.itemsInForce(List.of(economy))).extracting(CatalogItemView::versionId)
                .containsOnly(second.id());
        assertThat(audit.ofRecord("CATALOG_VERSION", approved.id())).extracting(AuditEntryView::action)
                .containsExactly("CATALOG_DRAFTED", "CATALOG_ITEM_ADDED", "CATALOG_ITEM_ADDED", "CATALOG_SUBMITTED",
                        "CATALOG_APPROVED", "CATALOG_SUPERSEDED");
        assertThat(audit.ofRecord("CATALOG_VERSION", approved.id())).allSatisfy(entry ->
                assertThat(entry.subjectCadreId()).isNull());
    }

    /** Phòng Tổng hợp: the authority above it (the office's head) returns the draft with a note; it is fixed. */
    @Test
    void authorityAboveTheUnitReturnsTheCatalogueWithANoteAndTheOfficeRevisesIt() {
        UnitId general = unit("VPUB-NB.TH");
        CatalogVersionView draft = as("tochuc", () -> catalogs.draftNewVersion(general,
                "Danh mục sản phẩm/công việc chuẩn Phòng Tổng hợp", new BigDecimal("100")));
        CatalogVersionView withItem = as("tochuc", () -> catalogs.addItem(draft.id(), draft.version(),
                MONTHLY_REPORT));
        CatalogVersionView submitted = as("tochuc", () -> catalogs.submit(withItem.id(), withItem.version()));

        assertThatThrownBy(() -> as("thamquyen", () -> catalogs.returnForRevision(submitted.id(),
                submitted.version(), " "))).isInstanceOf(InvalidInputException.class);
        CatalogVersionView returned = as("thamquyen", () -> catalogs.returnForRevision(submitted.id(),
                submitted.version(), "Bổ sung báo cáo tình hình tổ chức cơ sở đảng hằng quý"));

        assertThat(returned.status()).isEqualTo(CatalogStatus.RETURNED);
        assertThat(returned.decisionNote()).isEqualTo("Bổ sung báo cáo tình hình tổ chức cơ sở đảng hằng quý");
        CatalogVersionView revised = as("tochuc", () -> catalogs.addItem(returned.id(), returned.version(),
                QUARTERLY_PARTY_REPORT));
        CatalogItemView first = revised.items().get(0);
        CatalogVersionView removed = as("tochuc", () -> catalogs.removeItem(revised.id(), first.id(),
                revised.version()));
        assertThat(removed.items()).extracting(CatalogItemView::itemNumber, CatalogItemView::task)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, QUARTERLY_PARTY_REPORT.task()));
        CatalogVersionView resubmitted = as("tochuc", () -> catalogs.submit(removed.id(), removed.version()));
        assertThat(as("thamquyen", () -> catalogs.approve(resubmitted.id(), resubmitted.version())).status())
                .isEqualTo(CatalogStatus.APPROVED);
    }

    /** Separation of duties: tochuc heads Phòng Hành chính – Tổ chức and drafts its catalogue, so may not approve it. */
    @Test
    void drafterWhoAlsoLeadsTheUnitCannotApproveTheirOwnDraft() {
        UnitId personnelOffice = unit("VPUB-NB.HCTC");
        CatalogVersionView draft = as("tochuc", () -> catalogs.draftNewVersion(personnelOffice,
                "Danh mục sản phẩm/công việc chuẩn Phòng Hành chính – Tổ chức", new BigDecimal("100")));
        CatalogVersionView withItem = as("tochuc", () -> catalogs.addItem(draft.id(), draft.version(),
                MONTHLY_REPORT));
        CatalogVersionView submitted = as("tochuc", () -> catalogs.submit(withItem.id(), withItem.version()));
        assertThat(submitted.allowedActions()).doesNotContain(CatalogAction.DECIDE);

        assertThatThrownBy(() -> as("tochuc", () -> catalogs.approve(submitted.id(), submitted.version())))
                .isInstanceOfSatisfying(AccessRefusedException.class, refused ->
                        assertThat(refused.messageKey()).isEqualTo("catalog.refused.own-draft"));

        CatalogVersionView stored = as("tochuc", () -> catalogs.version(submitted.id()));
        assertThat(stored.status()).isEqualTo(CatalogStatus.SUBMITTED);
        assertThat(stored.version()).isEqualTo(submitted.version());
        assertThat(as("thamquyen", () -> catalogs.version(submitted.id())).allowedActions())
                .contains(CatalogAction.DECIDE);
    }

    /**
     * Separation of duties also holds for whoever edited or submitted a version someone else drafted: NB007 (Phó
     * Trưởng phòng Hành chính – Tổ chức, also Phó Bí thư of its Chi bộ) revises and submits the cell's catalogue that
     * tochuc drafted, so neither of them may decide on it; the Bí thư Đảng ủy may.
     */
    @Test
    void whoeverEditedOrSubmittedAVersionCannotDecideOnIt() {
        UnitId cell = unit("DU-VPUB-NB.HCTC");
        Actor deputy = testActors.cadre("NB007", Role.PERSONNEL_OFFICER, Role.UNIT_HEAD);
        CatalogVersionView draft = as("tochuc", () -> catalogs.draftNewVersion(cell,
                "Danh mục sản phẩm/công việc chuẩn Chi bộ Phòng Hành chính – Tổ chức", new BigDecimal("100")));
        CatalogVersionView edited = TestActors.runAs(deputy, () -> catalogs.addItem(draft.id(), draft.version(),
                MONTHLY_REPORT));
        CatalogVersionView submitted = TestActors.runAs(deputy, () -> catalogs.submit(edited.id(),
                edited.version()));
        assertThat(submitted.allowedActions()).doesNotContain(CatalogAction.DECIDE);

        assertThatThrownBy(() -> TestActors.runAs(deputy, () -> catalogs.approve(submitted.id(),
                submitted.version())))
                .isInstanceOfSatisfying(AccessRefusedException.class, refused ->
                        assertThat(refused.messageKey()).isEqualTo("catalog.refused.own-draft"));
        assertThat(as("tochuc", () -> catalogs.version(submitted.id())).status()).isEqualTo(CatalogStatus.SUBMITTED);

        assertThat(as("thamquyen", () -> catalogs.approve(submitted.id(), submitted.version())).status())
                .isEqualTo(CatalogStatus.APPROVED);
    }

    @Test
    void aSecondDraftWhileOneIsOpenIsRefused() {
        UnitId youthUnion = unit("VPUB-NB.DTN");
        CatalogVersionView open = as("tochuc", () -> catalogs.draftNewVersion(youthUnion,
                "Danh mục Đoàn Thanh niên", new BigDecimal("100")));

        assertThatThrownBy(() -> as("tochuc", () -> catalogs.draftNewVersion(youthUnion, "Danh mục khác",
                new BigDecimal("100")))).isInstanceOf(RuleRefusedException.class)
                .hasMessage("catalog.refused.open-version");
        assertThat(as("tochuc", () -> catalogs.catalogues(Optional.of(youthUnion))))
                .extracting(CatalogVersionSummary::id).containsExactly(open.id());
    }

    @Test
    void invalidItemIsRefusedFieldByField() {
        UnitId tradeUnion = unit("VPUB-NB.CD");
        CatalogVersionView draft = as("tochuc", () -> catalogs.draftNewVersion(tradeUnion,
                "Danh mục Công đoàn", new BigDecimal("100")));
        CatalogItemInput invalid = new CatalogItemInput(" ", null, "x".repeat(1001), "", null, null, null,
                BigDecimal.ZERO);

        assertThatThrownBy(() -> as("tochuc", () -> catalogs.addItem(draft.id(), draft.version(), invalid)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused ->
                        assertThat(refused.violations()).extracting(v -> v.field() + ":" + v.messageKey())
                                .containsExactly("task:catalog.invalid.required",
                                        "difficulty:catalog.invalid.too-long",
                                        "productType:catalog.invalid.required",
                                        "points:catalog.invalid.points-positive"));
        assertThatThrownBy(() -> as("tochuc", () -> catalogs.draftNewVersion(unit("VPUB-NB.LD"), "",
                new BigDecimal("-1")))).isInstanceOfSatisfying(InvalidInputException.class, refused ->
                assertThat(refused.violations()).extracting(v -> v.field())
                        .containsExactly("title", "standardPoints"));
        assertThat(as("tochuc", () -> catalogs.version(draft.id())).items()).isEmpty();
    }

    private UnitId unit(String code) {
        return organization.unitByCode(code).orElseThrow().id();
    }

    private <T> T as(String username, Supplier<T> work) {
        return TestActors.runAs(testActors.account(username), work);
    }

    private static CatalogItemInput item(String task, String productType, String points) {
        return new CatalogItemInput(task, "Cấp có thẩm quyền phê duyệt", null, productType, "01", null, null,
                new BigDecimal(points));
    }
}
