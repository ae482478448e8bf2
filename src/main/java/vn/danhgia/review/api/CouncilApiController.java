package vn.danhgia.review.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.review.CouncilMemberInput;
import vn.danhgia.review.CouncilService;
import vn.danhgia.review.CouncilSummary;
import vn.danhgia.review.CouncilView;
import vn.danhgia.review.VoteSessionView;
import vn.danhgia.rules.RatingLevel;

/**
 * Councils and their votes (bỏ phiếu biểu quyết xếp loại, seed 000 §III.4, Mẫu 02) over JSON. Scope and rules are
 * checked by {@link CouncilService}: outside the caller's scope 404, someone who may not set the council up or a
 * non-member voting 403, a closed session or a stale version 409, wrong values (a member outside the unit's scope
 * among them, never named) 400 naming each field.
 */
@Tag(name = "Hội đồng", description = "Hội đồng đánh giá, bỏ phiếu biểu quyết xếp loại (Mẫu 02)")
@RestController
@RequestMapping(path = "/api/v1/councils", produces = MediaType.APPLICATION_JSON_VALUE)
class CouncilApiController {

    private final CouncilService service;
    private final MessageSource messages;

    CouncilApiController(CouncilService service, MessageSource messages) {
        this.service = service;
        this.messages = messages;
    }

    record ConfigureRequest(Long unitId, Integer year, Integer quarter, List<CouncilMemberInput> members) {
    }

    record VersionRequest(Long version) {
    }

    record VoteRequest(Long subjectCadreId, String level) {
    }

    record TallyResponse(long subjectCadreId, String subjectCode, String subjectName, Map<RatingLevel, Integer> votes,
                         String level, String reason, String explanation) {
    }

    record SessionResponse(long id, long version, long councilId, String unitName, int year, int quarter,
                           String status, Instant openedAt, Instant closedAt, List<CouncilView.Member> members,
                           List<Long> presentCadreIds, List<TallyResponse> tallies, Map<Long, RatingLevel> myVotes) {
    }

    @Operation(summary = "Các hội đồng mà người dùng là thành viên hoặc phụ trách đơn vị")
    @GetMapping
    List<CouncilSummary> list() {
        return service.visible();
    }

    @Operation(summary = "Lập hội đồng của đơn vị cho một quý (cán bộ tổ chức phụ trách đơn vị hoặc cấp có thẩm quyền"
            + " quyết định): thành viên thuộc phạm vi của đơn vị và vai trò; số có mặt tối thiểu 2/3")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CouncilView> configure(@RequestBody ConfigureRequest request) {
        if (request.unitId() == null || request.year() == null || request.quarter() == null) {
            throw new InvalidInputException(List.of(FieldViolation.of("unitId", "review.council.periodRequired")));
        }
        CouncilView view = service.configure(request.unitId(), request.year(), request.quarter(), request.members());
        return ResponseEntity.created(URI.create("/api/v1/councils/" + view.id())).body(view);
    }

    @GetMapping("/{id}")
    CouncilView get(@PathVariable long id) {
        return service.get(id);
    }

    @Operation(summary = "Mở phiên bỏ phiếu (chủ trì hoặc cán bộ tổ chức)")
    @PostMapping(path = "/{id}/sessions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SessionResponse> open(@PathVariable long id, @RequestBody VersionRequest request, Locale locale) {
        VoteSessionView view = service.open(id, version(request.version()));
        return ResponseEntity.created(URI.create("/api/v1/councils/sessions/" + view.id()))
                .body(response(view, locale));
    }

    @Operation(summary = "Phiên bỏ phiếu và kết quả kiểm phiếu từng cán bộ (biên bản khi đã kết thúc)")
    @GetMapping("/sessions/{sessionId}")
    SessionResponse session(@PathVariable long sessionId, Locale locale) {
        return response(service.session(sessionId), locale);
    }

    @Operation(summary = "Bỏ phiếu một mức cho một cán bộ; bỏ lại thì thay phiếu cũ khi phiên còn mở")
    @PutMapping(path = "/sessions/{sessionId}/votes", consumes = MediaType.APPLICATION_JSON_VALUE)
    SessionResponse vote(@PathVariable long sessionId, @RequestBody VoteRequest request, Locale locale) {
        RatingLevel level = null;
        if (request.level() != null) {
            try {
                level = RatingLevel.valueOf(request.level());
            } catch (IllegalArgumentException unknown) {
                throw new InvalidInputException(List.of(FieldViolation.of("level", "review.council.levelRequired")));
            }
        }
        if (request.subjectCadreId() == null) {
            throw new InvalidInputException(List.of(FieldViolation.of("subject", "review.council.notASubject")));
        }
        return response(service.vote(sessionId, request.subjectCadreId(), level), locale);
    }

    @Operation(summary = "Kết thúc phiên bỏ phiếu: kiểm phiếu theo quy tắc quá bán số thành viên hội đồng")
    @PostMapping(path = "/sessions/{sessionId}/close", consumes = MediaType.APPLICATION_JSON_VALUE)
    SessionResponse close(@PathVariable long sessionId, @RequestBody VersionRequest request, Locale locale) {
        return response(service.close(sessionId, version(request.version())), locale);
    }

    private SessionResponse response(VoteSessionView view, Locale locale) {
        List<TallyResponse> tallies = view.tallies().stream()
                .map(t -> new TallyResponse(t.subject().cadreId(), t.subject().code(), t.subject().fullName(),
                        t.result().votes(), t.result().level().map(Enum::name).orElse(null),
                        t.result().reason().name(), messages.getMessage(t.result().reason().messageKey(),
                        t.result().reasonArguments(), locale)))
                .toList();
        return new SessionResponse(view.id(), view.version(), view.councilId(), view.unitName(), view.year(),
                view.quarter(), view.status().name(), view.openedAt(), view.closedAt(), view.members(),
                view.present().stream().map(CouncilView.Member::cadreId).toList(), tallies, view.myVotes());
    }

    private static long version(Long version) {
        if (version == null) {
            throw new InvalidInputException(List.of(FieldViolation.of("version", "review.council.versionRequired")));
        }
        return version;
    }
}
