package vn.danhgia.emulation.history.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.danhgia.emulation.Nominee;
import vn.danhgia.emulation.PastAward;
import vn.danhgia.emulation.PastAwards;
import vn.danhgia.emulation.history.AchievementDraft;
import vn.danhgia.emulation.history.AchievementService;
import vn.danhgia.emulation.history.AchievementView;
import vn.danhgia.emulation.history.EmulationHistory;
import vn.danhgia.emulation.history.EvidenceContent;
import vn.danhgia.emulation.history.EvidenceView;
import vn.danhgia.emulation.history.HolderHistory;
import vn.danhgia.platform.Attachments;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.rules.emulation.AchievementKind;
import vn.danhgia.rules.emulation.EmulationTitle;
import vn.danhgia.rules.emulation.RecognitionLevel;

/**
 * Emulation histories and achievements over JSON (issue 14 §2). Scope and rules are checked by the services:
 * outside the caller's scope 404, seen but not kept 403, a stale version 409, wrong values 400 naming each field.
 * Holders are written {@code cadre-12} or {@code unit-5}.
 */
@Tag(name = "Quá trình thi đua, khen thưởng", description = "Danh hiệu thi đua, hình thức khen thưởng qua các năm; "
        + "sáng kiến, đề tài, công trình và tài liệu minh chứng")
@RestController
@RequestMapping(path = "/api/v1/emulation", produces = MediaType.APPLICATION_JSON_VALUE)
class EmulationHistoryApiController {

    private final EmulationHistory history;
    private final AchievementService achievements;
    private final PastAwards pastAwards;

    EmulationHistoryApiController(EmulationHistory history, AchievementService achievements, PastAwards pastAwards) {
        this.history = history;
        this.achievements = achievements;
        this.pastAwards = pastAwards;
    }

    /** An achievement to record: for whom ({@code cadre-12}, {@code unit-5}) and what was recognised. */
    record AchievementRequest(String holder, AchievementKind kind, String name, RecognitionLevel level, Integer year,
                              String recognisedBy, String recognitionRef) {

        AchievementDraft draft() {
            return new AchievementDraft(kind, name, level, year, recognisedBy, recognitionRef);
        }
    }

    /** A correction, with the version read. */
    record CorrectionRequest(Long version, AchievementKind kind, String name, RecognitionLevel level, Integer year,
                             String recognisedBy, String recognitionRef) {
    }

    /** A title or reward of an earlier year. */
    record PastAwardRequest(Integer year, EmulationTitle title, String decisionRef) {
    }

    /** Whether the award was entered now ({@code false}: it was on record already). */
    record PastAwardAnswer(boolean entered) {
    }

    @Operation(summary = "Quá trình thi đua, khen thưởng của một cán bộ: danh hiệu, hình thức khen thưởng và xếp loại "
            + "từng năm, sáng kiến, đề tài, công trình kèm minh chứng")
    @GetMapping("/people/{cadreId}/history")
    HolderHistory person(@PathVariable long cadreId) {
        return history.person(cadreId);
    }

    @Operation(summary = "Quá trình thi đua, khen thưởng của một tập thể (đơn vị)")
    @GetMapping("/units/{unitId}/history")
    HolderHistory unit(@PathVariable long unitId) {
        return history.unit(unitId);
    }

    @Operation(summary = "Nhập một danh hiệu, hình thức khen thưởng của năm trước năm đang kiểm điểm cho cán bộ")
    @PostMapping(path = "/people/{cadreId}/awards", consumes = MediaType.APPLICATION_JSON_VALUE)
    PastAwardAnswer enterForPerson(@PathVariable long cadreId, @RequestBody PastAwardRequest request) {
        return enter(Nominee.person(cadreId), request);
    }

    @Operation(summary = "Nhập một danh hiệu, hình thức khen thưởng của năm trước năm đang kiểm điểm cho tập thể")
    @PostMapping(path = "/units/{unitId}/awards", consumes = MediaType.APPLICATION_JSON_VALUE)
    PastAwardAnswer enterForUnit(@PathVariable long unitId, @RequestBody PastAwardRequest request) {
        return enter(Nominee.collective(unitId), request);
    }

    @Operation(summary = "Sáng kiến, đề tài, công trình được công nhận trong năm của đơn vị và cán bộ thuộc đơn vị")
    @GetMapping("/achievements")
    List<AchievementView> list(@RequestParam long unit, @RequestParam int year) {
        return achievements.ofUnit(unit, year);
    }

    @Operation(summary = "Ghi nhận một sáng kiến, đề tài, công trình cho cán bộ (cadre-{id}) hoặc tập thể (unit-{id})")
    @PostMapping(path = "/achievements", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AchievementView> record(@RequestBody AchievementRequest request) {
        Nominee nominee = Nominee.ofKey(request.holder()).orElse(null);
        if (nominee == null) {
            throw new InvalidInputException(List.of(FieldViolation.of("holder",
                    "emulationhistory.achievement.holder.required")));
        }
        AchievementView view = achievements.record(nominee, request.draft());
        return ResponseEntity.created(URI.create("/api/v1/emulation/achievements/" + view.id())).body(view);
    }

    @Operation(summary = "Sửa một sáng kiến, đề tài, công trình (kèm phiên bản đã đọc)")
    @PutMapping(path = "/achievements/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    AchievementView correct(@PathVariable long id, @RequestBody CorrectionRequest request) {
        if (request.version() == null) {
            throw new InvalidInputException(List.of(FieldViolation.of("version", "emulationhistory.version.required")));
        }
        return achievements.correct(id, request.version(), new AchievementDraft(request.kind(), request.name(),
                request.level(), request.year(), request.recognisedBy(), request.recognitionRef()));
    }

    @Operation(summary = "Xóa một sáng kiến, đề tài, công trình (kèm phiên bản đã đọc)")
    @DeleteMapping("/achievements/{id}")
    ResponseEntity<Void> remove(@PathVariable long id, @RequestParam long version) {
        achievements.remove(id, version);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Tải lên tài liệu minh chứng (pdf, docx, xlsx, jpg, png)")
    @PostMapping(path = "/achievements/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<EvidenceView> attach(@PathVariable long id, @RequestPart(required = false) MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException(List.of(FieldViolation.of("file", "emulationhistory.file.required")));
        }
        EvidenceView view;
        try {
            view = achievements.attach(id, file.getOriginalFilename(), file.getInputStream());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return ResponseEntity.created(URI.create("/api/v1/emulation/achievements/files/" + view.id())).body(view);
    }

    @Operation(summary = "Tải tài liệu minh chứng; nội dung được kiểm tra theo SHA-256")
    @GetMapping(path = "/achievements/files/{id}", produces = MediaType.ALL_VALUE)
    ResponseEntity<byte[]> file(@PathVariable long id) {
        EvidenceContent file = achievements.file(id);
        return Attachments.of(file.contentType(), file.fileName(), file.bytes());
    }

    private PastAwardAnswer enter(Nominee nominee, PastAwardRequest request) {
        return new PastAwardAnswer(pastAwards.enter(new PastAward(nominee,
                request.year() == null ? 0 : request.year(), request.title(), request.decisionRef())));
    }
}
