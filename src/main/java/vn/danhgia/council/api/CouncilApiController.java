package vn.danhgia.council.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.HashSet;
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
import vn.danhgia.council.CouncilMemberInput;
import vn.danhgia.council.CouncilService;
import vn.danhgia.council.CouncilSummary;
import vn.danhgia.council.CouncilView;
import vn.danhgia.council.VoteSessionView;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.rules.RatingLevel;

/**
 * Councils and their votes (bỏ phiếu biểu quyết xếp loại, seed 000 §III.4, Mẫu 02) over JSON. Scope and rules are
 * checked by {@link CouncilService}: outside the caller's scope 404, someone who may not set the council up or a
 * non-member voting 403, a closed session, a member not recorded present voting or a stale version 409, wrong values
 * (a member outside the unit's scope among them, never named) 400 naming each field. Closing needs {@code confirmed:
 * true} (issue 12: closing fixes the tally for good). During an open secret ballot every tally is null.
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

    /** Closing names the version and confirms that the tally becomes final and no vote can be changed. */
    record CloseRequest(Long version, Boolean confirmed) {
    }

    /** The members present; every other member is recorded absent. */
    record AttendanceRequest(Long version, List<Long> presentCadreIds) {
    }

    record VoteRequest(Long subjectCadreId, String level) {
    }

    /** A ballot line: the cadre's figures and the tally, whose fields are null while a secret ballot is open. */
    record TallyResponse(long subjectCadreId, String subjectCode, String subjectName, BigDecimal selfAssessedTotal,
                         RatingLevel selfAssessedLevel, BigDecimal appraisedTotal, RatingLevel appraisedLevel,
                         Map<RatingLevel, Integer> votes, String level, String reason, String explanation) {
    }

    record SessionResponse(long id, long version, long councilId, String unitName, int year, int quarter,
                           String status, Instant openedAt, Instant closedAt, List<CouncilView.Member> members,
                           List<Long> presentCadreIds, List<Long> absentCadreIds, boolean secretBallot,
                           boolean tallyHidden, List<TallyResponse> tallies, Map<Long, RatingLevel> myVotes) {
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

    @Operation(summary = "Điểm danh phiên bỏ phiếu (chủ trì, thư ký hoặc cán bộ tổ chức): các thành viên có mặt,"
            + " thành viên còn lại vắng mặt; số có mặt tính theo điểm danh")
    @PutMapping(path = "/sessions/{sessionId}/attendance", consumes = MediaType.APPLICATION_JSON_VALUE)
    SessionResponse attendance(@PathVariable long sessionId, @RequestBody AttendanceRequest request, Locale locale) {
        long version = version(request.version());
        if (request.presentCadreIds() == null || request.presentCadreIds().contains(null)) {
            throw new InvalidInputException(List.of(FieldViolation.of("presentCadreIds",
                    "review.council.attendanceNotMember")));
        }
        return response(service.recordAttendance(sessionId, version, new HashSet<>(request.presentCadreIds())),
                locale);
    }

    @Operation(summary = "Kết thúc phiên bỏ phiếu (cần confirmed = true): kiểm phiếu theo quy tắc quá bán số thành"
            + " viên hội đồng, kết quả cố định, không sửa phiếu được nữa")
    @PostMapping(path = "/sessions/{sessionId}/close", consumes = MediaType.APPLICATION_JSON_VALUE)
    SessionResponse close(@PathVariable long sessionId, @RequestBody CloseRequest request, Locale locale) {
        long version = version(request.version());
        if (!Boolean.TRUE.equals(request.confirmed())) {
            throw new InvalidInputException(List.of(FieldViolation.of("confirmed",
                    "review.council.closeNotConfirmed")));
        }
        return response(service.close(sessionId, version), locale);
    }

    private SessionResponse response(VoteSessionView view, Locale locale) {
        List<TallyResponse> tallies = view.tallies().stream()
                .map(t -> tally(t, locale))
                .toList();
        return new SessionResponse(view.id(), view.version(), view.councilId(), view.unitName(), view.year(),
                view.quarter(), view.status().name(), view.openedAt(), view.closedAt(), view.members(),
                view.present().stream().map(CouncilView.Member::cadreId).toList(),
                view.absent().stream().map(CouncilView.Member::cadreId).toList(), view.secretBallot(),
                view.tallyHidden(), tallies, view.myVotes());
    }

    private TallyResponse tally(VoteSessionView.SubjectTally line, Locale locale) {
        VoteSessionView.Figures figures = line.figures();
        CouncilView.Person subject = line.subject();
        if (line.result() == null) {
            return new TallyResponse(subject.cadreId(), subject.code(), subject.fullName(),
                    figures.selfAssessedTotal(), figures.selfAssessedLevel(), figures.appraisedTotal(),
                    figures.appraisedLevel(), null, null, null, null);
        }
        return new TallyResponse(subject.cadreId(), subject.code(), subject.fullName(), figures.selfAssessedTotal(),
                figures.selfAssessedLevel(), figures.appraisedTotal(), figures.appraisedLevel(),
                line.result().votes(), line.result().level().map(Enum::name).orElse(null),
                line.result().reason().name(), messages.getMessage(line.result().reason().messageKey(),
                line.result().reasonArguments(), locale));
    }

    private static long version(Long version) {
        if (version == null) {
            throw new InvalidInputException(List.of(FieldViolation.of("version", "review.council.versionRequired")));
        }
        return version;
    }
}
