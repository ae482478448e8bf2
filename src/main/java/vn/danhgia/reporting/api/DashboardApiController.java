package vn.danhgia.reporting.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danhgia.reporting.dashboard.Dashboard;
import vn.danhgia.reporting.dashboard.DashboardPeople;
import vn.danhgia.reporting.dashboard.DashboardService;
import vn.danhgia.reporting.dashboard.DashboardSlice;

@Tag(name = "Bảng điều hành")
@RestController
@RequestMapping(path = "/api/v1/dashboard", produces = MediaType.APPLICATION_JSON_VALUE)
class DashboardApiController {

    private final DashboardService dashboards;

    DashboardApiController(DashboardService dashboards) {
        this.dashboards = dashboards;
    }

    @Operation(summary = "Bảng điều hành xếp loại quý",
            description = "Trong phạm vi người dùng được xem (cán bộ tổ chức: đơn vị cơ quan mình phục vụ; người đứng "
                    + "đầu: đơn vị mình phụ trách và cấp dưới; cấp có thẩm quyền: người thuộc diện quản lý; quản trị: "
                    + "toàn tỉnh): tiến độ từng bước so với hạn của phương án (đã làm, làm trễ, chưa làm, số ngày còn "
                    + "lại), mức xếp loại đã quyết định theo đơn vị và theo 12 quý gần nhất, phân bố tổng điểm theo "
                    + "khoảng, và mức tự đề xuất so với mức quyết định.")
    @GetMapping
    Dashboard dashboard(
            @Parameter(description = "Quý, dạng 2026-Q3; mặc định quý hiện tại") @RequestParam(required = false)
            String quarter,
            @Parameter(description = "Mã số (id) đơn vị; gồm cả các đơn vị trực thuộc") @RequestParam(required = false)
            Long unit) {
        return dashboards.dashboard(quarter, unit);
    }

    @Operation(summary = "Danh sách người đứng sau một con số của bảng điều hành",
            description = "Chọn đúng một loại: mức quyết định và/hoặc mức tự đề xuất (NONE: không đề xuất), khoảng "
                    + "điểm, hoặc bước chưa làm. Tối đa 200 người, sắp theo tên; matching cho biết tổng số.")
    @GetMapping("/people")
    DashboardPeople people(
            @Parameter(description = "Quý, dạng 2026-Q3; mặc định quý hiện tại") @RequestParam(required = false)
            String quarter,
            @Parameter(description = "Mã số (id) đơn vị") @RequestParam(required = false) Long unit,
            @Parameter(description = "true: chỉ chính đơn vị, không gồm đơn vị trực thuộc")
            @RequestParam(required = false) Boolean unitOnly,
            @Parameter(description = "EXCELLENT, GOOD, COMPLETED, NOT_COMPLETED") @RequestParam(required = false)
            String decided,
            @Parameter(description = "EXCELLENT, GOOD, COMPLETED, NOT_COMPLETED hoặc NONE")
            @RequestParam(required = false) String proposed,
            @Parameter(description = "BELOW_50, FROM_50, FROM_60, FROM_70, FROM_80, FROM_90, FROM_100")
            @RequestParam(required = false) String band,
            @Parameter(description = "PLAN_SUBMITTED, PLAN_APPROVED, SELF_ASSESSMENT_SUBMITTED, APPRAISED, DECIDED, "
                    + "ANNOUNCED") @RequestParam(required = false) String pending) {
        return dashboards.people(DashboardSlice.parse(quarter, unit, unitOnly, decided, proposed, band, pending,
                quarter == null || quarter.isBlank() ? dashboards.defaultQuarter() : dashboards.currentQuarter()));
    }
}
