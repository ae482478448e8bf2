package vn.danhgia.annual.dossier.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import vn.danhgia.annual.dossier.AnnualDossierService;
import vn.danhgia.annual.dossier.AnnualProgress;
import vn.danhgia.annual.dossier.AnnualProgressView;
import vn.danhgia.annual.dossier.DossierFile;
import vn.danhgia.annual.dossier.ItemView;
import vn.danhgia.annual.dossier.PackageView;
import vn.danhgia.annual.dossier.SubjectDossierView;
import vn.danhgia.annual.dossier.SubjectRef;
import vn.danhgia.annual.dossier.UnitDossiersView;
import vn.danhgia.platform.Attachments;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.rules.annual.AnnualDossierItem;

/**
 * Year-end dossiers and the annual progress over JSON (seed 003 §2.1 a; seed 004 §IX). Scope and rules are checked
 * by the services: outside the caller's scope 404, visible but not allowed 403, a rule (a mandatory item marked not
 * applicable, a package sent while incomplete) or a stale version 409, wrong values 400 naming each field. Subjects
 * are written {@code cadre-12} or {@code unit-5}.
 */
@Tag(name = "Hồ sơ hằng năm", description = "Hồ sơ kiểm điểm, đánh giá, xếp loại hằng năm, gói hồ sơ gửi cấp trên "
        + "và tiến độ theo lịch hằng năm")
@RestController
@RequestMapping(path = "/api/v1/annual", produces = MediaType.APPLICATION_JSON_VALUE)
class AnnualDossierApiController {

    private final AnnualDossierService dossiers;
    private final AnnualProgress progress;

    AnnualDossierApiController(AnnualDossierService dossiers, AnnualProgress progress) {
        this.dossiers = dossiers;
        this.progress = progress;
    }

    record NotApplicableRequest(String reason) {
    }

    @Operation(summary = "Hồ sơ năm của đơn vị: từng tập thể, cá nhân với thành phần còn thiếu, và các gói đã gửi")
    @GetMapping("/dossiers")
    UnitDossiersView unit(@RequestParam long unit, @RequestParam int year) {
        return dossiers.unitDossiers(unit, year);
    }

    @Operation(summary = "Hồ sơ năm của một tập thể (unit-{id}) hoặc cá nhân (cadre-{id}) theo danh mục thành phần")
    @GetMapping("/dossiers/{subject}")
    SubjectDossierView dossier(@PathVariable String subject, @RequestParam int year) {
        return dossiers.dossier(subjectOf(subject), year);
    }

    @Operation(summary = "Tải lên tệp của một thành phần hồ sơ (pdf, docx, xlsx, jpg, png); bản sau thay bản trước, "
            + "mọi bản được giữ")
    @PostMapping(path = "/dossiers/{subject}/items/{item}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ItemView> upload(@PathVariable String subject, @PathVariable AnnualDossierItem item,
                                    @RequestParam int year, @RequestPart(required = false) MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException(List.of(FieldViolation.of("file", "annual.dossier.file.required")));
        }
        ItemView view;
        try {
            view = dossiers.upload(subjectOf(subject), year, item, file.getOriginalFilename(), file.getInputStream());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return ResponseEntity.created(URI.create("/api/v1/annual/dossiers/files/" + view.entryId())).body(view);
    }

    @Operation(summary = "Đánh dấu thành phần không áp dụng, kèm lý do (chỉ thành phần \"nếu có\" hoặc theo đối tượng)")
    @PostMapping(path = "/dossiers/{subject}/items/{item}/not-applicable",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    ItemView notApplicable(@PathVariable String subject, @PathVariable AnnualDossierItem item, @RequestParam int year,
                           @RequestBody NotApplicableRequest request) {
        return dossiers.markNotApplicable(subjectOf(subject), year, item, request.reason());
    }

    @Operation(summary = "Đóng gói hồ sơ của đơn vị (.zip có bảng kê và mã SHA-256) và ghi nhận gửi lên cấp trên; "
            + "từ chối khi còn thiếu thành phần")
    @PostMapping("/dossiers/packages")
    ResponseEntity<PackageView> send(@RequestParam long unit, @RequestParam int year) {
        PackageView view = dossiers.send(unit, year);
        return ResponseEntity.created(URI.create("/api/v1/annual/dossiers/packages/" + view.id())).body(view);
    }

    @Operation(summary = "Tải gói hồ sơ đã gửi; nội dung được kiểm tra theo SHA-256")
    @GetMapping(path = "/dossiers/packages/{id}", produces = MediaType.ALL_VALUE)
    ResponseEntity<byte[]> packageFile(@PathVariable long id) {
        return attachment(dossiers.packageFile(id));
    }

    @Operation(summary = "Tải tệp của một thành phần hồ sơ; nội dung được kiểm tra theo SHA-256")
    @GetMapping(path = "/dossiers/files/{id}", produces = MediaType.ALL_VALUE)
    ResponseEntity<byte[]> file(@PathVariable long id) {
        return attachment(dossiers.entryFile(id));
    }

    @Operation(summary = "Tiến độ năm của đơn vị theo lịch hằng năm: hạn từng mốc, mốc quá hạn, hồ sơ đầy đủ")
    @GetMapping("/progress")
    AnnualProgressView progress(@RequestParam long unit, @RequestParam int year) {
        return progress.of(unit, year);
    }

    private static ResponseEntity<byte[]> attachment(DossierFile file) {
        return Attachments.of(file.contentType(), file.fileName(), file.bytes());
    }

    private static SubjectRef subjectOf(String subject) {
        SubjectRef ref = SubjectRef.parse(subject);
        if (ref == null) {
            throw new RecordNotFoundException(AnnualDossierService.RECORD_TYPE, subject);
        }
        return ref;
    }
}
