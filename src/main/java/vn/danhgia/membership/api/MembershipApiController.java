package vn.danhgia.membership.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danhgia.membership.MembershipChange;
import vn.danhgia.membership.SubjectsAccess;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitId;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.scheme.YearUnderReview;

@Tag(name = "Đối tượng kiểm điểm năm",
        description = "Ai được kiểm điểm, ở đâu và do ai đánh giá, xếp loại hằng năm (Kế hoạch 79-KH/ĐU mục II, V; "
                + "kế hoạch của Văn phòng UBND tỉnh mục II.1); đảng tịch và nơi sinh hoạt đảng.")
@RestController
class MembershipApiController {

    private final SubjectsAccess subjects;
    private final OrganizationQueries organization;
    private final YearUnderReview yearUnderReview;

    MembershipApiController(SubjectsAccess subjects, OrganizationQueries organization, YearUnderReview yearUnderReview) {
        this.subjects = subjects;
        this.organization = organization;
        this.yearUnderReview = yearUnderReview;
    }

    @Operation(summary = "Tập thể và cá nhân kiểm điểm năm của một đơn vị và các đơn vị trực thuộc",
            description = "Nơi kiểm điểm, thẩm quyền đánh giá, xếp loại năm và người không kiểm điểm kèm lý do, đọc vào "
                    + "ngày 15/12 của năm. 400 khi thiếu mã đơn vị, 404 khi không có đơn vị, 403 ngoài phạm vi.")
    @GetMapping(path = "/api/v1/annual/subjects", produces = MediaType.APPLICATION_JSON_VALUE)
    MembershipResponses.Subjects subjects(@Parameter(description = "Mã đơn vị", example = "P-NN")
                                          @RequestParam(required = false) String unit,
                                          @Parameter(description = "Năm đánh giá", example = "2026")
                                          @RequestParam(required = false) Integer year) {
        if (unit == null || unit.isBlank()) {
            throw new InvalidInputException(List.of(FieldViolation.of("unit", "membership.error.required")));
        }
        UnitId id = organization.unitByCode(unit.strip()).map(found -> found.id())
                .orElseThrow(() -> new vn.danhgia.platform.RecordNotFoundException("UNIT", unit));
        int shown = yearUnderReview.orNow(year);
        if (shown < 2000 || shown > 2100) {
            throw new InvalidInputException(List.of(FieldViolation.of("year", "membership.error.year")));
        }
        return MembershipResponses.Subjects.of(subjects.overview(id, shown));
    }

    @Operation(summary = "Ghi nhận hoặc sửa đảng tịch của một cán bộ: chi bộ nơi sinh hoạt, ngày kết nạp, chính thức, "
            + "miễn sinh hoạt, đình chỉ",
            description = "Lần đầu không gửi version; các lần sau gửi version đã đọc, bản cũ hơn bị từ chối (409). Dữ liệu "
                    + "sai: 400 problem+json nêu từng trường. Quản trị viên, hoặc cán bộ tổ chức phục vụ đơn vị, chi bộ "
                    + "của người đó.")
    @PutMapping(path = "/api/v1/party-memberships/{cadreId}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    MembershipResponses.Membership record(@PathVariable long cadreId,
                                          @RequestBody MembershipResponses.MembershipRequest request) {
        UnitId cell = request.cell() == null ? null : organization.unitByCode(request.cell()).map(found -> found.id())
                .orElseThrow(() -> new InvalidInputException(List.of(FieldViolation.of("cell",
                        "membership.error.cell-not-party-cell"))));
        return MembershipResponses.Membership.of(subjects.recordMembership(new CadreId(cadreId),
                new MembershipChange(cell, request.admittedOn(), request.officialOn(), request.exemptSince(),
                        request.suspendedSince()), request.version()));
    }
}
