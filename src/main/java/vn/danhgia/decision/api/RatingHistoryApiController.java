package vn.danhgia.decision.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danhgia.decision.CadreAlerts;
import vn.danhgia.decision.CadreRatingHistory;
import vn.danhgia.decision.RatingHistory;

/**
 * Use of the quarterly results over JSON (seed 002 §5): a cadre's history of rated periods (404 outside the caller's
 * scope) and, for an authority, the replacement alerts and year flags of the cadres it manages (403 for others).
 */
@Tag(name = "Sử dụng kết quả", description = "Lịch sử xếp loại các quý; cảnh báo thay thế; không xếp loại HTXSNV cả năm")
@RestController
class RatingHistoryApiController {

    private final RatingHistory history;
    private final Clock clock;

    RatingHistoryApiController(RatingHistory history, Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    @Operation(summary = "Lịch sử xếp loại các quý của cán bộ (kể cả kết quả đã hủy, quý hoãn đánh giá)")
    @GetMapping(path = "/api/v1/cadres/{id}/rating-history", produces = MediaType.APPLICATION_JSON_VALUE)
    CadreRatingHistory history(@PathVariable long id) {
        return history.of(id);
    }

    @Operation(summary = "Cảnh báo cho cấp có thẩm quyền: 02 kỳ liên tiếp Không hoàn thành nhiệm vụ; không xếp loại"
            + " Hoàn thành xuất sắc nhiệm vụ cả năm")
    @GetMapping(path = "/api/v1/rating-alerts", produces = MediaType.APPLICATION_JSON_VALUE)
    List<CadreAlerts> alerts(@RequestParam(required = false) Integer year) {
        return history.alerts(year == null ? LocalDate.now(clock).getYear() : year);
    }
}
