package vn.danhgia.annual.meeting.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danhgia.annual.KeyCadresConsolidation;
import vn.danhgia.annual.NewReviewMeeting;
import vn.danhgia.rules.annual.NotReviewedReason;
import vn.danhgia.annual.ReviewAttendeeCapacity;
import vn.danhgia.annual.ReviewMeetingKind;
import vn.danhgia.annual.ReviewMeetingSummary;
import vn.danhgia.annual.ReviewMeetingView;
import vn.danhgia.annual.ReviewMeetings;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.rules.RatingLevel;

/**
 * Review meetings of the annual review (hội nghị kiểm điểm; seed 003 §I.2, §2.1–2.3; seed 004 §II.2, §VI) over
 * JSON. Access and rules are checked by {@link ReviewMeetings}: a meeting outside the caller's reach 404; a person
 * on the agenda trying to record 403; an item closed out of order (the collective before its members, the head before
 * the deputies, the civil-servant rating before the party-member rating), before its vote, a closed meeting, missing
 * superiors or a stale version 409 with the reason in Vietnamese; wrong values 400 naming each field (problem+json).
 */
@Tag(name = "Hội nghị kiểm điểm", description = "Hội nghị kiểm điểm hằng năm: trình tự, điểm danh, góp ý, biểu quyết,"
        + " kết thúc theo thứ tự")
@RestController
@RequestMapping(path = "/api/v1/annual/meetings", produces = MediaType.APPLICATION_JSON_VALUE)
class ReviewMeetingApiController {

    private static final java.time.format.DateTimeFormatter NOT_REVIEWED_DAY =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ReviewMeetings meetings;
    private final MessageSource messages;

    ReviewMeetingApiController(ReviewMeetings meetings, MessageSource messages) {
        this.meetings = meetings;
        this.messages = messages;
    }

    record OpenRequest(Long placeUnitId, Integer year, ReviewMeetingKind kind, LocalDate heldOn, String location,
                       Long chairCadreId, Long secretaryCadreId) {
    }

    record VersionRequest(@Schema(description = "Phiên bản hội nghị đã đọc (khóa lạc quan)") Long version) {
    }

    record AttendanceRequest(Long version, Map<Long, Boolean> presentByAttendee, Map<Long, String> notes) {
    }

    record AttendeeRequest(Long version, ReviewAttendeeCapacity capacity, Long cadreId, String fullName) {
    }

    record OpinionRequest(Long version, Long speakerCadreId, String speakerName, String content) {
    }

    record VoteRequest(Long version,
                       @Schema(description = "Số phiếu cho từng mức; tổng không vượt số thành viên có mặt. Kiểm phiếu"
                               + " theo quy tắc của Hội đồng (CouncilTally): đủ 2/3 có mặt, quá nửa tổng số thành viên")
                       Map<RatingLevel, Integer> votes) {
    }

    record NotReviewedRequest(Long version, NotReviewedReason reason) {
    }

    /** The meeting, with each vote's reason written out in the caller's language. */
    /** The meeting with, per item, the vote's reason and the not-reviewed reason with its day, in words. */
    record MeetingResponse(ReviewMeetingView meeting, Map<Long, String> voteReasons,
                           Map<Long, String> notReviewedReasons) {
    }

    @Operation(summary = "Các hội nghị kiểm điểm của năm mà người dùng phụ trách hoặc được kiểm điểm tại đó")
    @GetMapping
    List<ReviewMeetingSummary> list(@RequestParam int year) {
        return meetings.visible(year);
    }

    @Operation(summary = "Mở hội nghị kiểm điểm của một nơi (chi bộ, tập thể, phòng, hội nghị cán bộ chủ chốt):"
            + " trình tự kiểm điểm lập theo thứ tự tập thể trước, người đứng đầu trước cấp phó")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<MeetingResponse> open(@RequestBody OpenRequest request, Locale locale) {
        ReviewMeetingView view = meetings.open(new NewReviewMeeting(request.placeUnitId(), request.year(),
                request.kind(), request.heldOn(), request.location(), request.chairCadreId(),
                request.secretaryCadreId()));
        return ResponseEntity.created(URI.create("/api/v1/annual/meetings/" + view.id()))
                .body(response(view, locale));
    }

    @Operation(summary = "Hội nghị: trình tự, điểm danh, ý kiến góp ý, biểu quyết (người được kiểm điểm chỉ thấy ý"
            + " kiến về mình)")
    @GetMapping("/{id}")
    MeetingResponse get(@PathVariable long id, Locale locale) {
        return response(meetings.meeting(id), locale);
    }

    @Operation(summary = "Tổng hợp kết quả kiểm điểm các phòng, đơn vị cho Hội nghị cán bộ chủ chốt (seed 003 §2.3)")
    @GetMapping("/{id}/consolidation")
    KeyCadresConsolidation consolidation(@PathVariable long id) {
        return meetings.consolidation(id);
    }

    @Operation(summary = "Điểm danh: có mặt hoặc vắng mặt (kèm ghi chú) từng người tham dự")
    @PostMapping(path = "/{id}/attendance", consumes = MediaType.APPLICATION_JSON_VALUE)
    MeetingResponse attendance(@PathVariable long id, @RequestBody AttendanceRequest request, Locale locale) {
        return response(meetings.recordAttendance(id, version(request.version()),
                request.presentByAttendee() == null ? Map.of() : request.presentByAttendee(),
                request.notes() == null ? Map.of() : request.notes()), locale);
    }

    @Operation(summary = "Thêm thành phần cấp trên (Ủy viên BTV phụ trách, bộ phận tham mưu, đại diện Ban cán sự đảng,"
            + " Đảng ủy Khối, Sở Nội vụ) hoặc khách mời")
    @PostMapping(path = "/{id}/attendees", consumes = MediaType.APPLICATION_JSON_VALUE)
    MeetingResponse addAttendee(@PathVariable long id, @RequestBody AttendeeRequest request, Locale locale) {
        return response(meetings.addAttendee(id, version(request.version()), request.capacity(), request.cadreId(),
                request.fullName()), locale);
    }

    @Operation(summary = "Ghi ý kiến góp ý về người hoặc tập thể được kiểm điểm")
    @PostMapping(path = "/{id}/items/{itemId}/opinions", consumes = MediaType.APPLICATION_JSON_VALUE)
    MeetingResponse opinion(@PathVariable long id, @PathVariable long itemId, @RequestBody OpinionRequest request,
                            Locale locale) {
        return response(meetings.recordOpinion(id, version(request.version()), itemId, request.speakerCadreId(),
                request.speakerName(), request.content()), locale);
    }

    @Operation(summary = "Ghi kết quả biểu quyết đề xuất mức xếp loại (ghi lại được khi chưa kết thúc)")
    @PostMapping(path = "/{id}/items/{itemId}/vote", consumes = MediaType.APPLICATION_JSON_VALUE)
    MeetingResponse vote(@PathVariable long id, @PathVariable long itemId, @RequestBody VoteRequest request,
                         Locale locale) {
        return response(meetings.recordVote(id, version(request.version()), itemId,
                request.votes() == null ? Map.of() : request.votes()), locale);
    }

    @Operation(summary = "Ghi nhận không kiểm điểm (miễn sinh hoạt, đình chỉ, kết nạp chưa đủ 6 tháng)")
    @PostMapping(path = "/{id}/items/{itemId}/not-reviewed", consumes = MediaType.APPLICATION_JSON_VALUE)
    MeetingResponse notReviewed(@PathVariable long id, @PathVariable long itemId,
                                @RequestBody NotReviewedRequest request, Locale locale) {
        return response(meetings.markNotReviewed(id, version(request.version()), itemId, request.reason()), locale);
    }

    @Operation(summary = "Kết thúc kiểm điểm một đối tượng; sai thứ tự thì 409 nêu đối tượng phải kiểm điểm trước")
    @PostMapping(path = "/{id}/items/{itemId}/close", consumes = MediaType.APPLICATION_JSON_VALUE)
    MeetingResponse closeItem(@PathVariable long id, @PathVariable long itemId, @RequestBody VersionRequest request,
                              Locale locale) {
        return response(meetings.closeItem(id, version(request.version()), itemId), locale);
    }

    @Operation(summary = "Kết thúc hội nghị: mọi đối tượng đã kết thúc hoặc không kiểm điểm, đủ thành phần cấp trên")
    @PostMapping(path = "/{id}/close", consumes = MediaType.APPLICATION_JSON_VALUE)
    MeetingResponse close(@PathVariable long id, @RequestBody VersionRequest request, Locale locale) {
        return response(meetings.close(id, version(request.version())), locale);
    }

    private static long version(Long version) {
        if (version == null) {
            throw new InvalidInputException(List.of(FieldViolation.of("version",
                    "annual.meeting.field.versionRequired")));
        }
        return version;
    }

    private MeetingResponse response(ReviewMeetingView view, Locale locale) {
        Map<Long, String> reasons = new java.util.LinkedHashMap<>();
        for (ReviewMeetingView.Item item : view.items()) {
            item.vote().ifPresent(vote -> reasons.put(item.id(), messages.getMessage(vote.reason().messageKey(),
                    vote.reasonArguments(), locale)));
        }
        Map<Long, String> notReviewed = new java.util.LinkedHashMap<>();
        for (ReviewMeetingView.Item item : view.items()) {
            item.notReviewedReason().ifPresent(reason -> notReviewed.put(item.id(), messages.getMessage(
                    reason.messageKey(), new Object[] {item.notReviewedSince() == null ? "…"
                            : NOT_REVIEWED_DAY.format(item.notReviewedSince())}, locale)));
        }
        return new MeetingResponse(view, reasons, notReviewed);
    }
}
