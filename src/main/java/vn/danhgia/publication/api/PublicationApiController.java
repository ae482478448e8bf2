package vn.danhgia.publication.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.publication.AnnouncementService;
import vn.danhgia.publication.ComplaintService;
import vn.danhgia.publication.ComplaintView;
import vn.danhgia.publication.RatingKind;
import vn.danhgia.publication.DocumentView;
import vn.danhgia.publication.DossierService;
import vn.danhgia.publication.DossierView;
import vn.danhgia.publication.OwnResult;
import vn.danhgia.publication.UnitAnnouncementView;
import vn.danhgia.publication.web.DocumentTransfer;

/**
 * Announcement, dossier and complaints over JSON (seed 002 §4 Bước 6; seed 000 §III.5, §IV.4). Scope and rules are
 * checked by the services: outside the caller's scope 404, visible but not allowed 403, a rule or a stale version
 * 409, wrong values 400 naming each field.
 */
@Tag(name = "Công bố, hồ sơ, khiếu nại",
        description = "Thông báo kết quả xếp loại, hồ sơ đánh giá quý và giải quyết khiếu nại, kiến nghị")
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class PublicationApiController {

    private final AnnouncementService announcements;
    private final DossierService dossiers;
    private final ComplaintService complaints;

    PublicationApiController(AnnouncementService announcements, DossierService dossiers,
                             ComplaintService complaints) {
        this.announcements = announcements;
        this.dossiers = dossiers;
        this.complaints = complaints;
    }

    /** ratingKind YEARLY names a yearly rating; left out, the rating is a quarter's. */
    record FileComplaintRequest(Long ratingId, String text, RatingKind ratingKind) {
    }

    record AssignRequest(Long version, Long inspectorCadreId) {
    }

    record AnswerRequest(Long version, Boolean upheld, String answer) {
    }

    @Operation(summary = "Danh sách kết quả đã công bố của đơn vị trong quý (không có điểm, nhận xét)")
    @GetMapping("/announcements/{unitId}/{year}/{quarter}")
    UnitAnnouncementView announcement(@PathVariable long unitId, @PathVariable int year, @PathVariable int quarter) {
        return announcements.announcement(unitId, year, quarter);
    }

    @Operation(summary = "Công bố kết quả xếp loại quý của đơn vị; mọi xếp loại phải đã được quyết định")
    @PostMapping("/announcements/{unitId}/{year}/{quarter}")
    UnitAnnouncementView announce(@PathVariable long unitId, @PathVariable int year, @PathVariable int quarter) {
        return announcements.announce(unitId, year, quarter);
    }

    @Operation(summary = "Kết quả xếp loại của chính mình, kể cả kết quả đã hủy")
    @GetMapping("/ratings/mine")
    List<OwnResult> myResults() {
        return announcements.myResults();
    }

    @Operation(summary = "Hồ sơ đánh giá quý của đơn vị")
    @GetMapping("/dossiers/{unitId}/{year}/{quarter}")
    DossierView dossier(@PathVariable long unitId, @PathVariable int year, @PathVariable int quarter) {
        return dossiers.dossier(unitId, year, quarter);
    }

    @Operation(summary = "Thêm tài liệu vào hồ sơ (pdf, docx, xlsx, jpg, png); không thay thế, không xóa")
    @PostMapping(path = "/dossiers/{unitId}/{year}/{quarter}/documents",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<DocumentView> upload(@PathVariable long unitId, @PathVariable int year, @PathVariable int quarter,
                                        @RequestParam(required = false) String kind,
                                        @RequestParam(required = false) Long cadreId,
                                        @RequestPart(required = false) MultipartFile file) {
        DocumentView view = dossiers.upload(unitId, year, quarter, DocumentTransfer.of(kind, cadreId, file));
        return ResponseEntity.created(URI.create("/api/v1/documents/" + view.id() + "/content")).body(view);
    }

    @Operation(summary = "Tài liệu về chính mình")
    @GetMapping("/documents/mine")
    List<DocumentView> myDocuments() {
        return dossiers.mine();
    }

    @Operation(summary = "Tải tài liệu; nội dung được kiểm tra theo SHA-256 trước khi trả về")
    @GetMapping(path = "/documents/{id}/content", produces = MediaType.ALL_VALUE)
    ResponseEntity<byte[]> download(@PathVariable long id) {
        return DocumentTransfer.attachment(dossiers.download(id));
    }

    @Operation(summary = "Khiếu nại, kiến nghị về kết quả quý hoặc năm đã công bố (chỉ cán bộ được xếp loại, trong thời hạn)")
    @PostMapping(path = "/complaints", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ComplaintView> file(@RequestBody FileComplaintRequest request) {
        if (request.ratingId() == null) {
            throw new InvalidInputException(List.of(FieldViolation.of("ratingId", "review.complaint.ratingRequired")));
        }
        RatingKind kind = request.ratingKind() == null ? RatingKind.QUARTERLY : request.ratingKind();
        ComplaintView view = complaints.file(kind, request.ratingId(), request.text());
        return ResponseEntity.created(URI.create("/api/v1/complaints/" + view.id())).body(view);
    }

    @Operation(summary = "Các khiếu nại: Ủy ban Kiểm tra xem tất cả, cán bộ xem của mình")
    @GetMapping("/complaints")
    List<ComplaintView> complaints() {
        return complaints.visible();
    }

    @GetMapping("/complaints/{id}")
    ComplaintView complaint(@PathVariable long id) {
        return complaints.get(id);
    }

    @Operation(summary = "Giao khiếu nại cho một thành viên Ủy ban Kiểm tra")
    @PostMapping(path = "/complaints/{id}/assignment", consumes = MediaType.APPLICATION_JSON_VALUE)
    ComplaintView assign(@PathVariable long id, @RequestBody AssignRequest request) {
        if (request.version() == null || request.inspectorCadreId() == null) {
            throw new InvalidInputException(List.of(FieldViolation.of(request.version() == null ? "version"
                    : "inspectorCadreId", "review.complaint.fieldRequired")));
        }
        return complaints.assign(id, request.version(), request.inspectorCadreId());
    }

    @Operation(summary = "Trả lời khiếu nại; chấp nhận thì kết quả bị hủy và cán bộ được xếp loại lại")
    @PostMapping(path = "/complaints/{id}/answer", consumes = MediaType.APPLICATION_JSON_VALUE)
    ComplaintView answer(@PathVariable long id, @RequestBody AnswerRequest request) {
        if (request.version() == null || request.upheld() == null) {
            throw new InvalidInputException(List.of(FieldViolation.of(request.version() == null ? "version"
                    : "upheld", "review.complaint.fieldRequired")));
        }
        return complaints.answer(id, request.version(), request.upheld(), request.answer());
    }
}
