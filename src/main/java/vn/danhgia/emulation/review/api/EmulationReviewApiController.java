package vn.danhgia.emulation.review.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danhgia.emulation.CandidateEligibility;
import vn.danhgia.emulation.EmulationEligibility;
import vn.danhgia.emulation.EmulationHolder;
import vn.danhgia.emulation.EmulationReviewStatus;
import vn.danhgia.emulation.EmulationReviewUnit;
import vn.danhgia.emulation.EmulationReviewView;
import vn.danhgia.emulation.EmulationReviews;
import vn.danhgia.emulation.NominationView;
import vn.danhgia.emulation.Nominee;
import vn.danhgia.emulation.ReviewMinutes;
import vn.danhgia.emulation.UnitEligibility;
import vn.danhgia.emulation.eligibility.ReasonSentences;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.emulation.EmulationReasonCode;
import vn.danhgia.rules.emulation.EmulationTitle;
import vn.danhgia.rules.emulation.Registration;

/**
 * Emulation eligibility and the unit's review meeting (họp bình xét thi đua, khen thưởng; seed 003 §III–IV) over JSON.
 * Access and rules are checked by {@link EmulationReviews} and {@link EmulationEligibility}: a unit or meeting outside
 * the caller's scope 404; a reader who does not conduct the meeting 403; a meeting before the unit's yearly ratings are
 * decided, an ineligible nominee (with the unmet conditions), the cap of Chiến sĩ thi đua cơ sở (with the figures), a
 * closed meeting or a stale version 409 with the reason in Vietnamese; wrong values 400 naming each field
 * (problem+json).
 */
@Tag(name = "Bình xét thi đua", description = "Điều kiện danh hiệu thi đua của từng người và tập thể, họp bình xét:"
        + " đề nghị, biểu quyết, biên bản, kết thúc")
@RestController
@RequestMapping(path = "/api/v1/emulation", produces = MediaType.APPLICATION_JSON_VALUE)
class EmulationReviewApiController {

    private final EmulationEligibility eligibility;
    private final EmulationReviews reviews;
    private final ReasonSentences sentences;

    EmulationReviewApiController(EmulationEligibility eligibility, EmulationReviews reviews,
                                 ReasonSentences sentences) {
        this.eligibility = eligibility;
        this.reviews = reviews;
        this.sentences = sentences;
    }

    record OpenRequest(Long unitId, Integer year) {
    }

    record VersionRequest(@Schema(description = "Phiên bản cuộc họp đã đọc (khóa lạc quan)") Long version) {
    }

    record NominationRequest(@Schema(description = "Phiên bản cuộc họp đã đọc") Long version, EmulationHolder holder,
                             @Schema(description = "Mã cán bộ (cá nhân) hoặc mã đơn vị (tập thể)") Long subjectId,
                             EmulationTitle title) {
    }

    record VoteRequest(@Schema(description = "Phiên bản của đề nghị đã đọc (khóa lạc quan)") Long version,
                       @Schema(description = "Số phiếu đồng ý; ngưỡng theo danh hiệu là cài đặt của đơn vị (mặc định:"
                               + " Chiến sĩ thi đua cơ sở từ 70 %, cấp tỉnh và toàn quốc từ 90 % tổng số thành viên"
                               + " Hội đồng, danh hiệu khác trên 50 %)") Integer votesFor,
                       Integer votesAgainst) {
    }

    record MinutesRequest(Long version, LocalDate heldOn,
                          @Schema(description = "Số thành viên Hội đồng thi đua, khen thưởng; cố định sau phiếu đầu")
                          Integer councilMembers, String chair, String secretary, String text) {
    }

    /** One condition of a title, met or not, with its source and the sentence that says it. */
    record ReasonResponse(EmulationReasonCode code, boolean met, String source, String sentence) {
    }

    record TitleResponse(EmulationTitle title, boolean eligible, List<ReasonResponse> reasons) {
    }

    record CandidateResponse(EmulationHolder holder, long subjectId, String name, RatingLevel level,
                             Registration registration, EmulationTitle registeredTarget,
                             List<TitleResponse> titles) {
    }

    record EligibilityResponse(long unitId, String unitName, int year, List<CandidateResponse> candidates) {
    }

    record ReviewResponse(long id, long version, long unitId, String unitName, int year, EmulationReviewStatus status,
                          ReviewMinutes minutes, String openedBy, Instant openedAt, String closedBy,
                          Instant closedAt, boolean conducts, List<NominationView> nominations,
                          EmulationReviewView.FighterCap fighterCap, EligibilityResponse candidates) {
    }

    @Operation(summary = "Điều kiện từng danh hiệu thi đua, hình thức khen thưởng của những người kiểm điểm tại đơn"
            + " vị và của tập thể đơn vị trong năm, với từng lý do đạt hoặc chưa đạt")
    @GetMapping("/eligibility")
    EligibilityResponse eligibility(@RequestParam long unitId, @RequestParam int year, Locale locale) {
        return eligibilityResponse(eligibility.ofUnit(unitId, year), locale);
    }

    @Operation(summary = "Các đơn vị trong phạm vi quản lý với cuộc họp bình xét của năm")
    @GetMapping("/reviews")
    List<EmulationReviewUnit> units(@RequestParam int year) {
        return reviews.units(year);
    }

    @Operation(summary = "Mở họp bình xét của đơn vị (trưởng đơn vị hoặc phòng tổ chức), chỉ khi kết quả xếp loại"
            + " năm của đơn vị đã được quyết định")
    @PostMapping(path = "/reviews", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ReviewResponse> open(@RequestBody OpenRequest request, Locale locale) {
        if (request.unitId() == null || request.year() == null) {
            throw new InvalidInputException(List.of(FieldViolation.of(request.unitId() == null ? "unitId" : "year",
                    "emulation.review.field.required")));
        }
        EmulationReviewView view = reviews.open(request.unitId(), request.year());
        return ResponseEntity.created(URI.create("/api/v1/emulation/reviews/" + view.id()))
                .body(response(view, locale));
    }

    @Operation(summary = "Cuộc họp bình xét: ứng viên với điều kiện, đề nghị và biểu quyết, biên bản")
    @GetMapping("/reviews/{id}")
    ReviewResponse get(@PathVariable long id, Locale locale) {
        return response(reviews.get(id), locale);
    }

    @Operation(summary = "Đề nghị một cá nhân hoặc tập thể cho danh hiệu theo thành tích đạt được (không theo mục tiêu"
            + " đã đăng ký); chưa đủ điều kiện thì 409 nêu các điều kiện chưa đạt")
    @PostMapping(path = "/reviews/{id}/nominations", consumes = MediaType.APPLICATION_JSON_VALUE)
    ReviewResponse nominate(@PathVariable long id, @RequestBody NominationRequest request, Locale locale) {
        Nominee nominee = request.holder() == null || request.subjectId() == null ? null
                : new Nominee(request.holder(), request.subjectId());
        return response(reviews.nominate(id, version(request.version()), nominee, request.title()), locale);
    }

    @Operation(summary = "Ghi kết quả biểu quyết của Hội đồng: đạt ngưỡng thì được chọn, không thì không được chọn;"
            + " vượt tỷ lệ Chiến sĩ thi đua cơ sở trên Lao động tiên tiến thì 409 nêu số liệu")
    @PostMapping(path = "/reviews/{id}/nominations/{nominationId}/vote", consumes = MediaType.APPLICATION_JSON_VALUE)
    ReviewResponse vote(@PathVariable long id, @PathVariable long nominationId, @RequestBody VoteRequest request,
                        Locale locale) {
        return response(reviews.vote(id, nominationId, version(request.version()), request.votesFor(),
                request.votesAgainst()), locale);
    }

    @Operation(summary = "Ghi biên bản: ngày họp, số thành viên Hội đồng, chủ trì, thư ký, nội dung")
    @PostMapping(path = "/reviews/{id}/minutes", consumes = MediaType.APPLICATION_JSON_VALUE)
    ReviewResponse minutes(@PathVariable long id, @RequestBody MinutesRequest request, Locale locale) {
        return response(reviews.recordMinutes(id, version(request.version()), new ReviewMinutes(request.heldOn(),
                request.councilMembers(), request.chair(), request.secretary(), request.text())), locale);
    }

    @Operation(summary = "Kết thúc họp bình xét (sau đó chỉ xem): biên bản đủ, mọi đề nghị đã biểu quyết")
    @PostMapping(path = "/reviews/{id}/close", consumes = MediaType.APPLICATION_JSON_VALUE)
    ReviewResponse close(@PathVariable long id, @RequestBody VersionRequest request, Locale locale) {
        return response(reviews.close(id, version(request.version())), locale);
    }

    private static long version(Long version) {
        if (version == null) {
            throw new InvalidInputException(List.of(FieldViolation.of("version",
                    "emulation.review.field.required")));
        }
        return version;
    }

    private ReviewResponse response(EmulationReviewView view, Locale locale) {
        return new ReviewResponse(view.id(), view.version(), view.unitId(), view.unitName(), view.year(),
                view.status(), view.minutes(), view.openedBy(), view.openedAt(), view.closedBy(), view.closedAt(),
                view.conducts(), view.nominations(), view.fighterCap(),
                eligibilityResponse(view.candidates(), locale));
    }

    private EligibilityResponse eligibilityResponse(UnitEligibility unit, Locale locale) {
        return new EligibilityResponse(unit.unitId(), unit.unitName(), unit.year(),
                unit.candidates().stream().map(candidate -> candidate(candidate, locale)).toList());
    }

    private CandidateResponse candidate(CandidateEligibility candidate, Locale locale) {
        return new CandidateResponse(candidate.nominee().holder(), candidate.nominee().subjectId(), candidate.name(),
                candidate.level(), candidate.registration(), candidate.registeredTarget(),
                candidate.titles().stream().map(title -> new TitleResponse(title.title(), title.eligible(),
                        title.reasons().stream().map(reason -> new ReasonResponse(reason.code(), reason.met(),
                                reason.source(), sentences.sentence(reason, locale))).toList())).toList());
    }
}
