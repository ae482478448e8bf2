package vn.danhgia.reporting.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danhgia.reporting.emulation.EmulationChains;
import vn.danhgia.reporting.emulation.EmulationPanel;
import vn.danhgia.reporting.emulation.EmulationReports;
import vn.danhgia.reporting.emulation.EmulationTitles;
import vn.danhgia.scheme.YearUnderReview;

@Tag(name = "Báo cáo thi đua, khen thưởng")
@RestController
@RequestMapping(path = "/api/v1/reports/emulation", produces = MediaType.APPLICATION_JSON_VALUE)
class EmulationReportApiController {

    private static final String SCOPE = "Trong phạm vi người dùng được xem (cán bộ tổ chức: đơn vị cơ quan mình phục "
            + "vụ; người đứng đầu: đơn vị mình phụ trách và cấp dưới; cấp có thẩm quyền: người thuộc diện quản lý; quản "
            + "trị: toàn tỉnh). ";

    private final EmulationReports reports;
    private final YearUnderReview yearUnderReview;

    EmulationReportApiController(EmulationReports reports, YearUnderReview yearUnderReview) {
        this.reports = reports;
        this.yearUnderReview = yearUnderReview;
    }

    @Operation(summary = "Danh hiệu thi đua, hình thức khen thưởng theo đơn vị và năm",
            description = SCOPE + "Số danh hiệu, hình thức khen thưởng được tặng trong năm, theo từng đơn vị (đơn vị "
                    + "tổ chức bình xét) theo thứ tự cây đơn vị, và tổng cộng.")
    @GetMapping("/titles")
    EmulationTitles titles(
            @Parameter(description = "Năm; mặc định năm gần nhất có danh hiệu") @RequestParam(required = false)
            Integer year,
            @Parameter(description = "Mã số (id) đơn vị; gồm cả các đơn vị trực thuộc") @RequestParam(required = false)
            Long unit) {
        return reports.titles(yearOrDefault(year), unit);
    }

    @Operation(summary = "Những người còn một năm nữa đủ chuỗi năm liên tục",
            description = SCOPE + "Theo các danh hiệu và mức xếp loại đã có đến hết năm đã chọn, những người mà năm "
                    + "sau (nextYear) đạt tốt nhất sẽ đủ số năm liên tục cho một danh hiệu, hình thức khen thưởng "
                    + "(Chiến sĩ thi đua cấp tỉnh, Giấy khen, Bằng khen...), cùng các điều kiện còn thiếu "
                    + "(stillMissing, ví dụ sáng kiến có phạm vi ảnh hưởng cấp tỉnh).")
    @GetMapping("/chains")
    EmulationChains chains(
            @Parameter(description = "Năm cuối cùng đã có danh hiệu; mặc định năm gần nhất có danh hiệu")
            @RequestParam(required = false) Integer year,
            @Parameter(description = "Mã số (id) đơn vị; gồm cả các đơn vị trực thuộc") @RequestParam(required = false)
            Long unit) {
        return reports.chains(yearOrDefault(year), unit);
    }

    @Operation(summary = "Ô thi đua của bảng điều hành",
            description = SCOPE + "Số đăng ký thi đua (cá nhân, tập thể, quá hạn), số đề nghị được cuộc họp bình xét "
                    + "chọn và số danh hiệu, hình thức khen thưởng được tặng trong năm.")
    @GetMapping("/panel")
    EmulationPanel panel(
            @Parameter(description = "Năm; mặc định năm đang kiểm điểm") @RequestParam(required = false) Integer year,
            @Parameter(description = "Mã số (id) đơn vị; gồm cả các đơn vị trực thuộc") @RequestParam(required = false)
            Long unit) {
        return reports.panel(yearUnderReview.orNow(year), unit);
    }

    private int yearOrDefault(Integer year) {
        return year != null ? year : reports.choices(yearUnderReview.now()).defaultYear();
    }
}
