package vn.danhgia.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danhgia.imports.ImportFiles.row;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danhgia.catalog.CatalogItemView;
import vn.danhgia.catalog.CatalogService;
import vn.danhgia.catalog.CatalogStatus;
import vn.danhgia.catalog.CatalogVersionSummary;
import vn.danhgia.catalog.CatalogVersionView;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitId;
import vn.danhgia.support.DemoDataTest;

/**
 * Seed 002 §4 Bước 1, Phụ lục 1: the personnel office (tochuc) imports a unit's catalogue items as a draft, which the
 * catalog module's workflow then takes to approval. The unit is one the test creates under the office, so no other
 * test's catalogue is touched.
 */
@DemoDataTest
class CatalogImportTests extends ImportTestSupport {

    private static final String TITLE = "Danh mục sản phẩm/công việc chuẩn Trung tâm Chuyển đổi số năm 2027";

    @Autowired
    CatalogService catalogs;

    @Autowired
    OrganizationQueries organization;

    private UnitId unit;

    @BeforeEach
    void unitServedByThePersonnelOffice() {
        apply("admin", ImportKind.UNITS, List.of(
                row("IMP.CDS", "Trung tâm Chuyển đổi số", "Trung tâm, đơn vị sự nghiệp", "VPUB-NB")));
        unit = organization.unitByCode("IMP.CDS").orElseThrow().id();
    }

    @Test
    void itemsImportAsADraftThatTheSameFileLeavesAloneAndAChangedFileUpdates() {
        List<List<String>> items = List.of(
                item("Báo cáo kết quả thực hiện nhiệm vụ hằng tháng", "100"),
                item("Tham mưu văn bản chỉ đạo, điều hành của UBND tỉnh về chuyển đổi số", "120"));

        ImportReport created = apply("tochuc", ImportKind.CATALOG, items);

        assertThat(created.count(ImportAction.CREATE)).isEqualTo(1);
        CatalogVersionView draft = openVersion();
        assertThat(draft.status()).isEqualTo(CatalogStatus.DRAFT);
        assertThat(draft.title()).isEqualTo(TITLE);
        assertThat(draft.items()).extracting(CatalogItemView::coefficient).usingElementComparator(
                java.math.BigDecimal::compareTo).containsExactly(new java.math.BigDecimal("1"),
                new java.math.BigDecimal("1.2"));

        Map<String, List<Map<String, Object>>> imported = ImportedData.snapshot(jdbc);
        ImportReport again = preview("tochuc", ImportKind.CATALOG, items);
        assertThat(again.outcomes()).extracting(ImportOutcome::action).containsExactly(ImportAction.UNCHANGED);
        assertThat(ImportedData.snapshot(jdbc)).isEqualTo(imported);

        ImportReport updated = apply("tochuc", ImportKind.CATALOG, List.of(
                item("Báo cáo kết quả thực hiện nhiệm vụ hằng tháng", "100")));
        assertThat(updated.count(ImportAction.UPDATE)).isEqualTo(1);
        assertThat(openVersion().items()).extracting(CatalogItemView::task)
                .containsExactly("Báo cáo kết quả thực hiện nhiệm vụ hằng tháng");
        assertThat(openVersion().versionNumber()).isEqualTo(draft.versionNumber());
    }

    @Test
    void theApprovedCatalogueInForceIsLeftAloneAndASubmittedOneIsNotTouched() {
        List<List<String>> items = List.of(item("Báo cáo kết quả thực hiện nhiệm vụ hằng tháng", "100"));
        apply("tochuc", ImportKind.CATALOG, items);
        CatalogVersionView draft = openVersion();
        CatalogVersionView submitted = as("tochuc", () -> catalogs.submit(draft.id(), draft.version()));

        ImportReport whileSubmitted = preview("tochuc", ImportKind.CATALOG, items);
        assertThat(places(whileSubmitted)).containsExactly("A2");
        assertThat(whileSubmitted.problems().get(0).messageKey()).isEqualTo("imports.catalog.submitted");

        as("thamquyen", () -> catalogs.approve(submitted.id(), submitted.version()));
        ImportReport inForce = preview("tochuc", ImportKind.CATALOG, items);
        assertThat(inForce.outcomes()).extracting(ImportOutcome::action).containsExactly(ImportAction.UNCHANGED);
    }

    @Test
    void rowsOfAnotherUnitAMismatchedTitleAMissingTaskOrPointsTheCatalogueRefusesWriteNothing() {
        Map<String, List<Map<String, Object>>> before = ImportedData.snapshot(jdbc);

        ImportReport report = preview("tochuc", ImportKind.CATALOG, List.of(
                row("SNV-NB", TITLE, "100", "Thẩm định hồ sơ", null, null, "Văn bản", null, null, null, "100"),
                item("Báo cáo kết quả thực hiện nhiệm vụ hằng tháng", "100"),
                row("IMP.CDS", "Danh mục khác", "100", "Báo cáo quý", null, null, "Báo cáo", null, null, null, "100"),
                row("IMP.CDS", TITLE, "100", null, null, null, "Báo cáo", null, null, null, "100"),
                row("IMP.CDS", TITLE, "100", "Báo cáo năm", null, null, "Báo cáo", null, null, null, "1.234")));

        assertThat(places(report)).containsExactly("A2", "B4", "D5");
        assertThat(ImportedData.snapshot(jdbc)).isEqualTo(before);

        ImportReport refusedByTheCatalogue = preview("tochuc", ImportKind.CATALOG, List.of(
                item("Báo cáo kết quả thực hiện nhiệm vụ hằng tháng", "100"),
                item("Báo cáo năm", "1.234")));
        assertThat(places(refusedByTheCatalogue)).containsExactly("K3");
        assertThat(refusedByTheCatalogue.problems().get(0).messageKey()).isEqualTo("catalog.invalid.points-format");
        assertThat(ImportedData.snapshot(jdbc)).isEqualTo(before);
    }

    private CatalogVersionView openVersion() {
        Optional<CatalogVersionSummary> open = as("tochuc", () -> catalogs.catalogues(Optional.of(unit))).stream()
                .filter(version -> version.status() != CatalogStatus.SUPERSEDED).findFirst();
        return as("tochuc", () -> catalogs.version(open.orElseThrow().id()));
    }

    private static List<String> item(String task, String points) {
        return row("IMP.CDS", TITLE, "100", task, "Giám đốc Trung tâm", null, "Báo cáo", "1 báo cáo", "Hằng tháng",
                null, points);
    }
}
