package vn.danhgia.annual.rating.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danhgia.annual.YearlyBoard;
import vn.danhgia.annual.YearlyHistory;
import vn.danhgia.annual.YearlyRatingView;
import vn.danhgia.annual.YearlyRatings;
import vn.danhgia.annual.YearlyFactsInput;
import vn.danhgia.annual.YearlyReason;
import vn.danhgia.annual.YearlyTrack;
import vn.danhgia.annual.rating.YearlyBatchDecisions;
import vn.danhgia.platform.BatchOutcome;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.publication.ComplaintService;
import vn.danhgia.publication.ComplaintView;
import vn.danhgia.publication.RatingKind;
import vn.danhgia.rules.RatingLevel;

/**
 * The yearly ratings over JSON (issue 13 §5, §7). Scope and rules are checked by {@link YearlyRatings}: outside the
 * caller's scope 404, a role that may not act 403, a rule of the seeds (order, cap, quota, window) or a stale version
 * 409 with the rule named, wrong values 400 naming each field (problem+json).
 */
@Tag(name = "Xếp loại cuối năm", description = "Tổng hợp, đề xuất, quyết định, công bố, khiếu nại, khóa kết quả năm")
@RestController
@RequestMapping(path = "/api/v1/annual", produces = MediaType.APPLICATION_JSON_VALUE)
class YearlyRatingApiController {

    private final YearlyRatings ratings;
    private final YearlyBatchDecisions batch;
    private final ComplaintService complaints;
    private final MessageSource messages;

    YearlyRatingApiController(YearlyRatings ratings, YearlyBatchDecisions batch, ComplaintService complaints,
                              MessageSource messages) {
        this.ratings = ratings;
        this.batch = batch;
        this.complaints = complaints;
        this.messages = messages;
    }

    /** A yearly rating with its reasons written out in the request's language. */
    record Rating(long id, long version, YearlyTrack track, Long cadreId, String subjectName, long unitId, int year,
                  String status, boolean headsUnit, String quarterLevels, RatingLevel suggestedLevel,
                  List<String> suggestionReasons, RatingLevel proposedLevel, RatingLevel decidedLevel,
                  String decisionReason, RatingLevel cappedByCollective, boolean provisional,
                  RatingLevel restingOnLevel, String lastComplaintDay, String cancelReason,
                  YearlyRatingView.Facts facts) {
    }

    /** The facts entered for the year; blank points or counts keep the gathered ones. */
    record FactsRequest(Long version, String points, Integer tasksAssigned, Integer tasksDone, Integer tasksBeyond,
                        Integer tasksLate, Integer tasksRework, String discipline, Boolean degradation,
                        String corruption) {
    }

    /** The board; {@code decidable} names the ratings the caller may decide (the rest their authority refuses). */
    record Board(long unitId, String unitName, int year, List<Rating> ratings,
                 Map<YearlyTrack, Map<RatingLevel, Long>> counts, List<ComplaintView> complaints,
                 List<Long> decidable) {
    }

    record History(long cadreId, String fullName, List<Rating> years, List<String> alerts) {
    }

    record LevelRequest(Long version, String level, String text) {
    }

    record UnitYear(Long unitId, Integer year) {
    }

    record ComplaintRequest(String text) {
    }


    record Count(int count) {
    }

    record Selected(Long id, Long version) {
    }

    record BatchRequest(Long unitId, Integer year, List<Selected> ratings) {
    }

    /** One ticked rating: decided at the level, or refused with the reason the single decision would give. */
    record BatchItem(long ratingId, String subjectName, YearlyTrack track, RatingLevel level, boolean decided,
                     String refusal) {
    }

    record BatchResult(int decided, List<BatchItem> outcomes) {
    }

    @Operation(summary = "Bảng xếp loại năm của đơn vị: gợi ý kèm lý do, đề xuất, quyết định, số lượng theo mức")
    @GetMapping("/ratings")
    Board board(@RequestParam long unit, @RequestParam int year) {
        return board(ratings.board(unit, year));
    }

    @Operation(summary = "Một kết quả xếp loại năm")
    @GetMapping("/ratings/{id}")
    Rating rating(@PathVariable long id) {
        return rating(ratings.get(id));
    }

    @Operation(summary = "Tổng hợp kết quả các quý, tạo kết quả năm cho tập thể và cá nhân của đơn vị")
    @PostMapping(path = "/ratings/gather", consumes = MediaType.APPLICATION_JSON_VALUE)
    Board gather(@RequestBody UnitYear request) {
        requireUnitYear(request);
        return board(ratings.gather(request.unitId(), request.year()));
    }

    @Operation(summary = "Ghi mức đề xuất (hội nghị kiểm điểm, cơ quan nơi công tác)")
    @PostMapping(path = "/ratings/{id}/proposal", consumes = MediaType.APPLICATION_JSON_VALUE)
    Rating propose(@PathVariable long id, @RequestBody LevelRequest request) {
        return rating(ratings.propose(id, version(request.version()), level(request.level()), request.text()));
    }

    @Operation(summary = "Nhập căn cứ của năm (kỷ luật, suy thoái, tham nhũng, điểm, số nhiệm vụ) và tính lại mức gợi ý")
    @PostMapping(path = "/ratings/{id}/facts", consumes = MediaType.APPLICATION_JSON_VALUE)
    Rating enterFacts(@PathVariable long id, @RequestBody FactsRequest request) {
        return rating(ratings.enterFacts(id, version(request.version()), new YearlyFactsInput(request.points(),
                request.tasksAssigned(), request.tasksDone(), request.tasksBeyond(), request.tasksLate(),
                request.tasksRework(), request.discipline(), Boolean.TRUE.equals(request.degradation()),
                request.corruption())));
    }

    @Operation(summary = "Cấp có thẩm quyền quyết định mức xếp loại năm (tỷ lệ 20%, người đứng đầu theo tập thể, thứ tự)")
    @PostMapping(path = "/ratings/{id}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    Rating decide(@PathVariable long id, @RequestBody LevelRequest request) {
        return rating(ratings.decide(id, version(request.version()), level(request.level()), request.text()));
    }

    @Operation(summary = "Quyết định nhiều kết quả năm cùng lúc theo mức đề xuất (hoặc mức gợi ý); từng kết quả được "
            + "kiểm tra như quyết định riêng, kết quả bị từ chối nêu lý do và không thay đổi gì")
    @PostMapping(path = "/ratings/decisions", consumes = MediaType.APPLICATION_JSON_VALUE)
    BatchResult decideSelected(@RequestBody BatchRequest request) {
        requireUnitYear(new UnitYear(request.unitId(), request.year()));
        if (request.ratings() == null || request.ratings().isEmpty()
                || request.ratings().stream().anyMatch(selected -> selected == null || selected.id() == null)) {
            throw new InvalidInputException(List.of(FieldViolation.of("ratings", "annual.rating.batch.noneSelected")));
        }
        List<BatchItem> items = batch.decide(request.unitId(), request.year(), request.ratings().stream()
                .map(selected -> new YearlyBatchDecisions.Selection(selected.id(), selected.version())).toList())
                .stream().map(this::item).toList();
        return new BatchResult((int) items.stream().filter(BatchItem::decided).count(), items);
    }

    @Operation(summary = "Công bố kết quả năm của đơn vị")
    @PostMapping(path = "/ratings/announcements", consumes = MediaType.APPLICATION_JSON_VALUE)
    Count announce(@RequestBody UnitYear request) {
        requireUnitYear(request);
        return new Count(ratings.announce(request.unitId(), request.year()));
    }

    @Operation(summary = "Khóa kết quả năm của đơn vị sau thời hạn khiếu nại")
    @PostMapping(path = "/ratings/locks", consumes = MediaType.APPLICATION_JSON_VALUE)
    Count lock(@RequestBody UnitYear request) {
        requireUnitYear(request);
        return new Count(ratings.lock(request.unitId(), request.year()));
    }

    @Operation(summary = "Người được xếp loại khiếu nại kết quả năm đã công bố; Ủy ban Kiểm tra giao và trả lời"
            + " khiếu nại qua /api/v1/complaints/{id}/assignment và /answer")
    @PostMapping(path = "/ratings/{id}/complaints", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ComplaintView> complain(@PathVariable long id, @RequestBody ComplaintRequest request) {
        ComplaintView view = complaints.file(RatingKind.YEARLY, id, request.text());
        return ResponseEntity.created(URI.create("/api/v1/complaints/" + view.id())).body(view);
    }

    @Operation(summary = "Lịch sử xếp loại năm của cán bộ và cảnh báo thay thế qua các năm")
    @GetMapping("/history/{cadreId}")
    History history(@PathVariable long cadreId) {
        YearlyHistory history = ratings.history(cadreId);
        return new History(cadreId, history.quarters().fullName(), history.years().stream().map(this::rating).toList(),
                history.alerts().stream().map(this::text).toList());
    }

    private BatchItem item(YearlyBatchDecisions.Outcome outcome) {
        BatchOutcome result = outcome.outcome();
        return new BatchItem(outcome.ratingId(), result.label(), outcome.track(), outcome.level(), result.done(),
                result.done() ? null : messages.getMessage(result.messageKey(), result.arguments().toArray(),
                        LocaleContextHolder.getLocale()));
    }

    private Board board(YearlyBoard board) {
        return new Board(board.unitId(), board.unitName(), board.year(),
                board.ratings().stream().map(this::rating).toList(), board.counts(), board.complaints(),
                board.decidable().stream().sorted().toList());
    }

    private Rating rating(YearlyRatingView view) {
        return new Rating(view.id(), view.version(), view.track(), view.cadreId(), view.subjectName(), view.unitId(),
                view.year(), view.status().name(), view.headsUnit(), view.quarterLevels(), view.suggestedLevel(),
                view.suggestionReasons().stream().map(this::text).toList(), view.proposedLevel(),
                view.decidedLevel(), view.decisionReason(), view.capLevel(), view.provisional(),
                view.restingOnLevel(), view.lastComplaintDay() == null ? null : view.lastComplaintDay().toString(),
                view.cancelReason(), view.facts());
    }

    /** A reason in words as the board shows it, with the text it cites. */
    private String text(YearlyReason reason) {
        String text = messages.getMessage(reason.messageKey(), reason.args(), LocaleContextHolder.getLocale());
        return reason.sourceKey() == null ? text
                : text + " (" + messages.getMessage(reason.sourceKey(), null, LocaleContextHolder.getLocale()) + ")";
    }

    private static long version(Long version) {
        if (version == null) {
            throw new InvalidInputException(List.of(FieldViolation.of("version", "annual.rating.versionRequired")));
        }
        return version;
    }

    private static RatingLevel level(String level) {
        try {
            return level == null ? null : RatingLevel.valueOf(level);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException(List.of(FieldViolation.of("level", "annual.rating.levelRequired")));
        }
    }

    private static void requireUnitYear(UnitYear request) {
        if (request.unitId() == null || request.year() == null || request.year() < 2000 || request.year() > 2100) {
            throw new InvalidInputException(List.of(FieldViolation.of("year", "annual.rating.unitYearRequired")));
        }
    }
}
