package vn.danhgia.reporting.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danhgia.reporting.progress.ProgressBoard;
import vn.danhgia.reporting.progress.ProgressBoardService;
import vn.danhgia.reporting.progress.ProgressFilter;
import vn.danhgia.reporting.progress.ProgressRow;
import vn.danhgia.reporting.progress.ProgressStatus;

@Tag(name = "Tiến độ")
@RestController
@RequestMapping(path = "/api/v1/progress", produces = MediaType.APPLICATION_JSON_VALUE)
class ProgressApiController {

    private final ProgressBoardService boards;

    ProgressApiController(ProgressBoardService boards) {
        this.boards = boards;
    }

    record ProgressResponse(String quarter, String schemeCode, LocalDate planDeadline, LocalDate assessmentDeadline,
                            List<ProgressRow> rows, Totals totals, Paging paging) {
    }

    /** Cadres on the board under the unit and name filters, and per status (the status filter aside). */
    record Totals(long all, Map<ProgressStatus, Long> byStatus) {
    }

    record Paging(int page, int size, long totalRows, int totalPages) {
    }

    @Operation(summary = "Bảng theo dõi tiến độ lập kế hoạch và tự đánh giá theo quý",
            description = "Mỗi cán bộ trong phạm vi người dùng được xem (đơn vị mình phụ trách, đơn vị cơ quan tham mưu "
                    + "tổ chức phục vụ, người thuộc diện quản lý) một dòng, sắp xếp theo tên (tên, tên đệm, họ). Trễ hạn: "
                    + "chưa nộp khi đã quá hạn, hoặc nộp sau hạn của phương án áp dụng cho quý. 50 dòng một trang.")
    @GetMapping
    ProgressResponse progress(
            @Parameter(description = "Quý, dạng 2026-Q3; mặc định quý hiện tại") @RequestParam(required = false)
            String quarter,
            @Parameter(description = "Mã số (id) đơn vị; gồm cả các đơn vị trực thuộc") @RequestParam(required = false)
            Long unit,
            @Parameter(description = "NO_PLAN, PLAN_DRAFT, PLAN_SUBMITTED, PLAN_APPROVED, PLAN_RETURNED, "
                    + "ASSESSMENT_SUBMITTED, LATE") @RequestParam(required = false) String status,
            @Parameter(description = "Tìm theo họ tên, có hoặc không dấu") @RequestParam(required = false) String q,
            @Parameter(description = "Trang, từ 1") @RequestParam(required = false) Integer page) {
        ProgressBoard board = boards.board(
                ProgressFilter.parse(quarter, unit, status, q, page,
                quarter == null || quarter.isBlank() ? boards.defaultQuarter() : boards.currentQuarter()));
        Map<ProgressStatus, Long> byStatus = new LinkedHashMap<>();
        for (ProgressStatus each : ProgressStatus.values()) {
            byStatus.put(each, board.count(each));
        }
        return new ProgressResponse(ProgressFilter.format(board.filter().quarter()), board.schemeCode(),
                board.planDeadline(), board.assessmentDeadline(), board.rows(), new Totals(board.all(), byStatus),
                new Paging(board.filter().page(), board.pageSize(), board.matching(), board.totalPages()));
    }
}
