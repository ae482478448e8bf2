package vn.danhgia.catalog.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danhgia.catalog.CatalogItemInput;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitView;

/**
 * Demo mode: the approved catalogue of Văn phòng UBND tỉnh Ninh Bình with the eight items of seed 002 Mẫu 02 "BẢNG
 * DANH MỤC", standard item 100 points. Runs after the demo organisation (order 0) and before the demo accounts
 * (order 10), and does nothing when the unit already has a catalogue, so restarts never duplicate it.
 * <p>
 * It writes through the aggregate, not {@link vn.danhgia.catalog.CatalogService}: nobody is signed in at start-up,
 * the service's rules would rightly refuse anyone who both drafts (personnel office) and approves (leadership), and
 * the platform keeps the way to sign someone in to itself. Sample data is not a decision of any person, so there is
 * no audit entry; the version names the loader ("du-lieu-mau") as drafter and approver instead.
 */
@Component
@Profile("demo")
@Order(5)
class CatalogDemoData implements ApplicationRunner {

    static final String UNIT_CODE = "VPUB-NB";
    static final String LOADER = "du-lieu-mau";
    static final BigDecimal STANDARD_POINTS = new BigDecimal("100");

    private static final Logger log = LoggerFactory.getLogger(CatalogDemoData.class);

    /** The seed prints "phê duyet"; the diacritic is restored here, everything else is as printed. */
    private static final String APPROVAL = "Cấp có thẩm quyền phê duyệt";
    private static final String STANDARD = "Công việc chuẩn";
    private static final String ON_REQUEST = "Theo yêu cầu của cấp có thẩm quyền";
    private static final String ROUTINE_STATISTICS = "Thường xuyên, nhiệm vụ chủ yếu là thống kê";
    private static final String ROUTINE_CHECKS = "Thường xuyên, chủ yếu là kiểm tra điều kiện, tiêu chuẩn";

    /** Seed 002 Mẫu 02 "BẢNG DANH MỤC Sản phẩm/công việc chuẩn", rows 1 to 8. */
    static final List<CatalogItemInput> SEED_002_ITEMS = List.of(
            item("Báo cáo kết quả thực hiện nhiệm vụ hằng tháng", ROUTINE_STATISTICS, "Báo cáo",
                    "Theo quy định ngày hằng tháng", STANDARD, "100"),
            item("Báo cáo kết quả thực hiện nhiệm vụ hằng quý", ROUTINE_STATISTICS, "Báo cáo",
                    "Theo quy định ngày tháng cuối mỗi quý", STANDARD, "100"),
            item("Báo cáo về tình hình tổ chức cơ sở đảng, đảng viên hằng quý",
                    "Thường xuyên, nhưng có tính thống kê, tổng hợp cao hơn tháng, tác động lớn hơn báo cáo hằng tháng",
                    "Báo cáo", "Theo quy định ngày tháng cuối mỗi quý", STANDARD, "120"),
            item("Tờ trình về sinh hoạt đảng trực tuyến", "Mới, toàn đảng, không quá khó và phức tạp", "Tờ trình",
                    ON_REQUEST, null, "150"),
            item("Tờ trình về xây dựng, chính đốn Đảng", "Khó, phức tạp, tác động lớn, sâu rộng trong toàn Đảng",
                    "Tờ trình", ON_REQUEST, null, "200"),
            item("Quyết định điều động, tiếp nhận công chức", ROUTINE_CHECKS, "Quyết định/Công văn",
                    "Thường xuyên khi phát sinh", STANDARD, "50"),
            item("Tờ trình về công tác cán bộ", ROUTINE_CHECKS, "Tờ trình", ON_REQUEST, STANDARD, "100"),
            item("Tờ trình giao biên chế cán bộ, công chức, viên chức", "Thường xuyên, không quá khó và phức tạp",
                    "Tờ trình", "Trước ngày ... tháng hằng năm", STANDARD, "120"));

    private final CatalogVersionRepository versions;
    private final OrganizationQueries organization;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CatalogDemoData(CatalogVersionRepository versions, OrganizationQueries organization,
                    PlatformTransactionManager transactionManager, Clock clock) {
        this.versions = versions;
        this.organization = organization;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<UnitView> unit = organization.unitByCode(UNIT_CODE);
        if (unit.isEmpty()) {
            log.info("Demo catalogue skipped: unit {} is missing", UNIT_CODE);
            return;
        }
        transaction.executeWithoutResult(status -> {
            long unitId = unit.get().id().value();
            if (versions.existsByUnitId(unitId)) {
                log.info("Demo catalogue of {} already present", UNIT_CODE);
                return;
            }
            CatalogVersion catalogue = CatalogVersion.draft(unitId, 1,
                    "Danh mục sản phẩm/công việc chuẩn của Văn phòng UBND tỉnh Ninh Bình (mẫu theo Mẫu số 02)",
                    STANDARD_POINTS, LOADER, clock.instant(), Optional.empty());
            SEED_002_ITEMS.forEach(catalogue::addItem);
            catalogue.submit(clock.instant());
            catalogue.approve(LOADER, clock.instant());
            versions.save(catalogue);
            log.info("Demo catalogue of {} loaded with {} items", UNIT_CODE, SEED_002_ITEMS.size());
        });
    }

    private static CatalogItemInput item(String task, String difficulty, String productType, String deadline,
                                         String note, String points) {
        return new CatalogItemInput(task, APPROVAL, difficulty, productType, "01", deadline, note,
                new BigDecimal(points));
    }
}
