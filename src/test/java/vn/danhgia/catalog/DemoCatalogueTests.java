package vn.danhgia.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitId;
import vn.danhgia.support.DemoDataTest;
import vn.danhgia.support.TestActors;

/**
 * The sample catalogue of demo mode: seed 002 Mẫu 02 "BẢNG DANH MỤC Sản phẩm/công việc chuẩn", eight items, for Văn
 * phòng UBND tỉnh Ninh Bình. Other tests may approve newer versions of the office's catalogue, so this reads version 1,
 * which stays as loaded whether in force or superseded.
 */
@DemoDataTest
class DemoCatalogueTests {

    @Autowired
    CatalogService catalogs;

    @Autowired
    OrganizationQueries organization;

    @Autowired
    TestActors testActors;

    @Test
    void officeHasTheEightItemsOfSeed002Form02WithTheirCoefficients() {
        CatalogVersionView catalogue = firstVersionOfTheOffice();

        assertThat(catalogue.unitName()).isEqualTo("Văn phòng UBND tỉnh Ninh Bình");
        assertThat(catalogue.standardPoints()).isEqualByComparingTo("100");
        assertThat(catalogue.status()).isIn(CatalogStatus.APPROVED, CatalogStatus.SUPERSEDED);
        assertThat(catalogue.items())
                .extracting(CatalogItemView::itemNumber, CatalogItemView::task, CatalogItemView::productType,
                        item -> item.points().intValue(), item -> item.coefficient().stripTrailingZeros()
                                .toPlainString())
                .containsExactly(
                        tuple(1, "Báo cáo kết quả thực hiện nhiệm vụ hằng tháng", "Báo cáo", 100, "1"),
                        tuple(2, "Báo cáo kết quả thực hiện nhiệm vụ hằng quý", "Báo cáo", 100, "1"),
                        tuple(3, "Báo cáo về tình hình tổ chức cơ sở đảng, đảng viên hằng quý", "Báo cáo", 120,
                                "1.2"),
                        tuple(4, "Tờ trình về sinh hoạt đảng trực tuyến", "Tờ trình", 150, "1.5"),
                        tuple(5, "Tờ trình về xây dựng, chính đốn Đảng", "Tờ trình", 200, "2"),
                        tuple(6, "Quyết định điều động, tiếp nhận công chức", "Quyết định/Công văn", 50, "0.5"),
                        tuple(7, "Tờ trình về công tác cán bộ", "Tờ trình", 100, "1"),
                        tuple(8, "Tờ trình giao biên chế cán bộ, công chức, viên chức", "Tờ trình", 120, "1.2"));
        assertThat(catalogue.items()).allSatisfy(item -> {
            assertThat(item.approvalLevel()).isEqualTo("Cấp có thẩm quyền phê duyệt");
            assertThat(item.quantity()).isEqualTo("01");
        });
    }

    /**
     * Seed 002 Mẫu 02 row 8 prints "Tờ trình giao biên chế ... | 120 | 1", which contradicts its own Phụ lục 1 Bước 3
     * formula (120 / 100 = 1,2) and row 3 (120 → 1,2). The coefficient is computed from the points, so it is 1,2.
     */
    @Test
    void row8IsComputedAsOnePointTwoNotTheOnePrintedInTheSeed() {
        CatalogItemView row8 = firstVersionOfTheOffice().items().get(7);

        assertThat(row8.points()).isEqualByComparingTo("120");
        assertThat(row8.coefficient()).isEqualByComparingTo("1.2");
        assertThat(row8.deadlinePattern()).isEqualTo("Trước ngày ... tháng hằng năm");
        assertThat(row8.note()).isEqualTo("Công việc chuẩn");
    }

    @Test
    void textsOfTheSeedAreKeptWordForWord() {
        var items = firstVersionOfTheOffice().items();

        assertThat(items.get(2).difficulty()).isEqualTo("Thường xuyên, nhưng có tính thống kê, tổng hợp cao hơn "
                + "tháng, tác động lớn hơn báo cáo hằng tháng");
        assertThat(items.get(3).deadlinePattern()).isEqualTo("Theo yêu cầu của cấp có thẩm quyền");
        assertThat(items.get(3).note()).isNull();
        assertThat(items.get(5).deadlinePattern()).isEqualTo("Thường xuyên khi phát sinh");
        assertThat(items.get(6).difficulty())
                .isEqualTo("Thường xuyên, chủ yếu là kiểm tra điều kiện, tiêu chuẩn");
    }

    private CatalogVersionView firstVersionOfTheOffice() {
        UnitId office = organization.unitByCode("VPUB-NB").orElseThrow().id();
        return TestActors.runAs(testActors.account("admin"), () -> {
            long id = catalogs.catalogues(Optional.of(office)).stream()
                    .filter(version -> version.versionNumber() == 1).findFirst().orElseThrow().id();
            return catalogs.version(id);
        });
    }
}
