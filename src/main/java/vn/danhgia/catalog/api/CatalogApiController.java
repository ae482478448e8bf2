package vn.danhgia.catalog.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Optional;
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
import org.springframework.web.bind.annotation.RestController;
import vn.danhgia.catalog.CatalogService;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitView;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;

@Tag(name = "Danh mục sản phẩm/công việc chuẩn",
        description = "Mẫu số 02 của Hướng dẫn 02-HD/TU: cơ quan tham mưu về tổ chức cán bộ lập và trình, lãnh đạo đơn vị "
                + "phê duyệt. Mỗi thay đổi gửi kèm version đã đọc; bản cũ hơn bị từ chối (409).")
@RestController
@RequestMapping(path = "/api/v1/catalogs", produces = MediaType.APPLICATION_JSON_VALUE)
class CatalogApiController {

    private final CatalogService catalogs;
    private final OrganizationQueries organization;

    CatalogApiController(CatalogService catalogs, OrganizationQueries organization) {
        this.catalogs = catalogs;
        this.organization = organization;
    }

    @Operation(summary = "Các danh mục của những đơn vị người dùng được xem",
            description = "Theo mã đơn vị rồi phiên bản mới nhất trước. Mã đơn vị không có hoặc ngoài phạm vi: danh sách rỗng.")
    @GetMapping
    List<CatalogResponses.Summary> list(@Parameter(description = "Mã đơn vị", example = "VPUB-NB")
                                        @RequestParam(required = false) String unit) {
        if (unit != null) {
            Optional<UnitView> found = organization.unitByCode(unit);
            if (found.isEmpty()) {
                return List.of();
            }
            return catalogs.catalogues(Optional.of(found.get().id())).stream()
                    .map(CatalogResponses.Summary::of).toList();
        }
        return catalogs.catalogues(Optional.empty()).stream().map(CatalogResponses.Summary::of).toList();
    }

    @Operation(summary = "Một phiên bản danh mục với các sản phẩm/công việc và hệ số quy đổi",
            description = "404 khi không có hoặc ngoài phạm vi quản lý (không phân biệt hai trường hợp).")
    @GetMapping("/{versionId}")
    CatalogResponses.Catalog get(@PathVariable long versionId) {
        return CatalogResponses.Catalog.of(catalogs.version(versionId));
    }

    @Operation(summary = "Lập dự thảo phiên bản mới (sao chép các mục của phiên bản đang áp dụng)")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CatalogResponses.Catalog> draft(@RequestBody CatalogRequests.NewCatalog request) {
        UnitView unit = Optional.ofNullable(request.unit()).flatMap(organization::unitByCode)
                .orElseThrow(() -> new InvalidInputException(List.of(FieldViolation.of("unit",
                        request.unit() == null ? "catalog.invalid.required" : "catalog.invalid.unit"))));
        var created = catalogs.draftNewVersion(unit.id(), request.title(), request.standardPoints());
        return ResponseEntity.created(URI.create("/api/v1/catalogs/" + created.id()))
                .body(CatalogResponses.Catalog.of(created));
    }

    @Operation(summary = "Thêm sản phẩm/công việc vào danh mục dự thảo hoặc bị trả lại")
    @PostMapping(path = "/{versionId}/items", consumes = MediaType.APPLICATION_JSON_VALUE)
    CatalogResponses.Catalog addItem(@PathVariable long versionId, @RequestBody CatalogRequests.Item request) {
        return CatalogResponses.Catalog.of(catalogs.addItem(versionId, CatalogRequests.required(request.version()),
                request.input()));
    }

    @Operation(summary = "Sửa một sản phẩm/công việc của danh mục dự thảo hoặc bị trả lại")
    @PutMapping(path = "/{versionId}/items/{itemId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    CatalogResponses.Catalog updateItem(@PathVariable long versionId, @PathVariable long itemId,
                                        @RequestBody CatalogRequests.Item request) {
        return CatalogResponses.Catalog.of(catalogs.updateItem(versionId, itemId,
                CatalogRequests.required(request.version()), request.input()));
    }

    @Operation(summary = "Xóa một sản phẩm/công việc; các mục sau được đánh số lại")
    @DeleteMapping("/{versionId}/items/{itemId}")
    CatalogResponses.Catalog removeItem(@PathVariable long versionId, @PathVariable long itemId,
                                        @Parameter(description = "Phiên bản (version) của danh mục đã đọc")
                                        @RequestParam(required = false) Long version) {
        return CatalogResponses.Catalog.of(catalogs.removeItem(versionId, itemId,
                CatalogRequests.required(version)));
    }

    @Operation(summary = "Trình lãnh đạo đơn vị phê duyệt")
    @PostMapping(path = "/{versionId}/submit", consumes = MediaType.APPLICATION_JSON_VALUE)
    CatalogResponses.Catalog submit(@PathVariable long versionId, @RequestBody CatalogRequests.Decision request) {
        return CatalogResponses.Catalog.of(catalogs.submit(versionId, CatalogRequests.required(request.version())));
    }

    @Operation(summary = "Phê duyệt; phiên bản đang áp dụng trước đó chuyển sang \"đã được thay thế\"",
            description = "Người đứng đầu, cấp phó của đơn vị hoặc cấp có thẩm quyền phía trên; không phải người lập.")
    @PostMapping(path = "/{versionId}/approve", consumes = MediaType.APPLICATION_JSON_VALUE)
    CatalogResponses.Catalog approve(@PathVariable long versionId, @RequestBody CatalogRequests.Decision request) {
        return CatalogResponses.Catalog.of(catalogs.approve(versionId, CatalogRequests.required(request.version())));
    }

    @Operation(summary = "Trả lại để chỉnh sửa, kèm ý kiến")
    @PostMapping(path = "/{versionId}/return", consumes = MediaType.APPLICATION_JSON_VALUE)
    CatalogResponses.Catalog returnForRevision(@PathVariable long versionId,
                                               @RequestBody CatalogRequests.Return request) {
        return CatalogResponses.Catalog.of(catalogs.returnForRevision(versionId,
                CatalogRequests.required(request.version()), request.note()));
    }
}
