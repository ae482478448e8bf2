package vn.danhgia.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danhgia.imports.ImportFiles.row;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danhgia.organization.CadreView;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.support.DemoDataTest;

/**
 * The check: a file with 10 planted errors reports all 10 with row and column and writes nothing; a clean
 * file imports, and importing it again changes nothing, neither the data nor the audit trail.
 */
@DemoDataTest
class PlantedErrorsTests extends ImportTestSupport {

    @Autowired
    OrganizationQueries organization;

    @Test
    void tenPlantedErrorsAreAllReportedAtTheirRowAndColumnAndNothingIsWritten() {
        CadreView chief = organization.cadreByCode("NB001").orElseThrow();
        String chiefBirth = chief.birthDate().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        Map<String, List<Map<String, Object>>> before = ImportedData.snapshot(jdbc);

        ImportReport report = preview("admin", ImportKind.CADRES, List.of(
                row("IMP101", "Nguyễn Thị Hồng Nhung", "15/03/1985", "Có", "Công chức", "VPUB-NB.KT.PHO",
                        "01/07/2026", "Bổ nhiệm lần đầu"),
                row("IMP102", null, "02/09/1979", "Có", "Công chức", "VPUB-NB.TH.PHO", "01/07/2026",
                        "Bổ nhiệm lần đầu"),
                row("IMP103", "Trần Quốc Khánh", "31/02/1980", "Có", "Công chức"),
                row("IMP104", "Phạm Thị Thu Hà", "12/12/1988", "Có lẽ", "Viên chức"),
                row("IMP105", "Đinh Văn Lực", "05/05/1975", "Không", "Hợp đồng"),
                row("IMP106", "Lê Minh Đức", "20/10/1982", "Có", "Công chức", "VPUB-NB.XYZ.PHO", "01/07/2026",
                        "Điều động"),
                row("IMP101", "Nguyễn Thị Hồng Nhung", "15/03/1985", "Có", "Công chức", "VPUB-NB.KT.PHO",
                        "01/07/2026", "Bổ nhiệm lần đầu"),
                row("IMP10700000000000000000000000000000000000", "Vũ Thị Lan", "01/01/1990", "Có", "Công chức"),
                row("IMP108", "Hoàng Văn Nam", "08/08/1986", "Có", "Công chức", "VPUB-NB.NC.PHO", null, "Điều động"),
                row("NB001", "Trần Văn Khác", chiefBirth, chief.partyMember() ? "Có" : "Không", "Công chức"),
                row("IMP101", "Nguyễn Thị Hồng Nhung", "16/03/1985", "Có", "Công chức")));

        assertThat(places(report)).containsExactly("B3", "C4", "D5", "E6", "F7", "F8", "A9", "G10", "B11", "C12");
        assertThat(report.problems()).extracting(ImportProblem::messageKey).containsExactly(
                "imports.cell.required", "imports.cell.not-a-date", "imports.cell.not-yes-no",
                "imports.cell.not-a-choice", "imports.row.unknown-position", "imports.row.duplicate",
                "imports.cell.too-long", "imports.cadre.post-incomplete", "imports.row.stored-differs",
                "imports.cadre.differs-from-first-row");
        assertThat(report.problems()).allSatisfy(problem -> {
            assertThat(problem.sheet()).isEqualTo("Cán bộ");
            assertThat(problem.header()).isNotBlank();
        });
        assertThat(report.problems().get(0).header()).isEqualTo("Họ và tên");
        assertThat(report.uploadId()).isZero();
        assertThat(ImportedData.snapshot(jdbc)).isEqualTo(before);
    }

    @Test
    void aCleanFileImportsAndImportingItAgainChangesNothing() {
        List<List<String>> units = List.of(
                row("IMP.BCD", "Ban Chỉ đạo chuyển đổi số Văn phòng UBND tỉnh", "Phòng, ban", "VPUB-NB"),
                row("IMP.BCD.TCT", "Tổ công tác chuyển đổi số", "Phòng, ban", "IMP.BCD"));
        List<List<String>> positions = List.of(
                row("IMP.BCD.TRUONG", "Trưởng ban", "Cấp trưởng", "Chức vụ chính quyền", "IMP.BCD", "Có"),
                row("IMP.BCD.PHO", "Phó Trưởng ban", "Cấp phó", "Chức vụ chính quyền", "IMP.BCD", "Có"));
        List<List<String>> cadres = List.of(
                row("IMP201", "Nguyễn Thị Hồng Nhung", "15/03/1985", "Có", "Công chức", "IMP.BCD.TRUONG",
                        "01/07/2026", "Bổ nhiệm lần đầu"),
                row("IMP202", "Trần Quốc Khánh", "02/09/1979", "Có", "Công chức", "IMP.BCD.PHO", "01/07/2026",
                        "Điều động"),
                row("IMP202", "Trần Quốc Khánh", "02/09/1979", "Có", "Công chức", "VPUB-NB.KT.PHO", "01/07/2026",
                        "Kiêm nhiệm"));
        List<List<String>> scopes = List.of(
                row("IMP.BCD.PHO", "Quyết định, phê duyệt mức xếp loại", "IMP.BCD", "01/07/2026",
                        "Kế hoạch đánh giá định kỳ hằng quý năm 2026, mục III.1.2"),
                row("IMP.BCD.TRUONG", "Quyết định, phê duyệt mức xếp loại", "VPUB-NB.LD", "01/07/2026",
                        "Kế hoạch đánh giá định kỳ hằng quý năm 2026, mục III.1.1"));
        List<List<String>> users = List.of(
                row("imp.nhung", null, "IMP201", "nhung.ntn@ninhbinh.gov.vn", "Cán bộ; Người đứng đầu đơn vị"));

        assertThat(apply("admin", ImportKind.UNITS, units).count(ImportAction.CREATE)).isEqualTo(2);
        assertThat(apply("admin", ImportKind.POSITIONS, positions).count(ImportAction.CREATE)).isEqualTo(2);
        ImportReport cadresApplied = apply("admin", ImportKind.CADRES, cadres);
        assertThat(cadresApplied.applied()).isTrue();
        assertThat(cadresApplied.count(ImportAction.CREATE)).isEqualTo(5);
        assertThat(apply("admin", ImportKind.SCOPES, scopes).count(ImportAction.CREATE)).isEqualTo(2);
        ImportReport usersApplied = apply("admin", ImportKind.USERS, users);
        assertThat(usersApplied.issuedPasswords()).extracting(issued -> issued.username()).containsExactly("imp.nhung");
        assertThat(organization.cadreByCode("IMP202")).get().extracting(CadreView::fullName)
                .isEqualTo("Trần Quốc Khánh");
        assertThat(organization.appointmentHistory(organization.cadreByCode("IMP202").orElseThrow().id()))
                .hasSize(2);

        Map<String, List<Map<String, Object>>> imported = ImportedData.snapshot(jdbc);
        for (var file : List.of(Map.entry(ImportKind.UNITS, units), Map.entry(ImportKind.POSITIONS, positions),
                Map.entry(ImportKind.CADRES, cadres), Map.entry(ImportKind.SCOPES, scopes),
                Map.entry(ImportKind.USERS, users))) {
            ImportReport again = preview("admin", file.getKey(), file.getValue());
            assertThat(again.problems()).isEmpty();
            assertThat(again.outcomes()).isNotEmpty()
                    .allSatisfy(outcome -> assertThat(outcome.action()).isEqualTo(ImportAction.UNCHANGED));
            assertThat(again.hasChanges()).isFalse();
            assertThat(again.uploadId()).isZero();
        }
        assertThat(ImportedData.snapshot(jdbc)).isEqualTo(imported);
    }
}
