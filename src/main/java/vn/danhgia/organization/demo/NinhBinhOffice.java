package vn.danhgia.organization.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.danhgia.organization.AppointmentId;
import vn.danhgia.organization.AppointmentKind;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.EmploymentKind;
import vn.danhgia.organization.NewCadre;
import vn.danhgia.organization.NewPosition;
import vn.danhgia.organization.NewUnit;
import vn.danhgia.organization.OrganizationService;
import vn.danhgia.organization.PositionId;
import vn.danhgia.organization.PositionRank;
import vn.danhgia.organization.PositionTrack;
import vn.danhgia.organization.ScopeRole;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitKind;

/**
 * Văn phòng UBND tỉnh Ninh Bình as seed 000 describes it: the office and its leadership, its departments, centres and
 * Nhà khách, its Đảng ủy with one Chi bộ per department or centre, and the scopes of seed 000 §III.1. The names are
 * invented. Dates are fixed in 2026 so that quarter III/2026 shows every special case of seed 002 §7: a promotion
 * five weeks, a move six weeks and a first appointment three weeks before the quarter ends, and a restructuring.
 */
final class NinhBinhOffice {

    static final String AGENCY_CODE = "VPUB-NB";

    private static final String PARTY_COMMITTEE = "DU-VPUB-NB";
    private static final LocalDate PLAN_IN_FORCE = LocalDate.of(2026, 1, 1);
    private static final String PLAN = "Kế hoạch đánh giá định kỳ hằng quý đối với cán bộ lãnh đạo, quản lý năm 2026"
            + " của Ban Thường vụ Đảng ủy Văn phòng UBND tỉnh, ";
    private static final String BASIS_STANDING_COMMITTEE = PLAN + "mục III.1.1 (diện Ban Thường vụ Đảng ủy UBND tỉnh)";
    private static final String BASIS_1_1 = PLAN + "mục III.1.1";
    private static final String BASIS_1_2 = PLAN + "mục III.1.2";
    private static final LocalDate CELL_CONGRESS = LocalDate.of(2025, 5, 20);
    private static final LocalDate PARTY_CONGRESS = LocalDate.of(2025, 10, 10);

    /** A department, centre or the Nhà khách, with its Chi bộ; larger cells also elect chi ủy viên. */
    private record Division(String code, String name, UnitKind kind, String headTitle, String deputyTitle,
                            boolean cellCommittee) {
    }

    private static final List<Division> DIVISIONS = List.of(
            new Division("HCTC", "Phòng Hành chính – Tổ chức", UnitKind.DEPARTMENT, "Trưởng phòng", "Phó Trưởng phòng",
                    true),
            new Division("TH", "Phòng Tổng hợp", UnitKind.DEPARTMENT, "Trưởng phòng", "Phó Trưởng phòng", false),
            new Division("KT", "Phòng Kinh tế", UnitKind.DEPARTMENT, "Trưởng phòng", "Phó Trưởng phòng", true),
            new Division("KGVX", "Phòng Khoa giáo – Văn xã", UnitKind.DEPARTMENT, "Trưởng phòng", "Phó Trưởng phòng",
                    false),
            new Division("NC", "Phòng Nội chính", UnitKind.DEPARTMENT, "Trưởng phòng", "Phó Trưởng phòng", false),
            new Division("KSTT", "Phòng Kiểm soát thủ tục hành chính", UnitKind.DEPARTMENT, "Trưởng phòng",
                    "Phó Trưởng phòng", false),
            new Division("BTCD", "Ban Tiếp công dân", UnitKind.DEPARTMENT, "Trưởng ban", "Phó Trưởng ban", false),
            new Division("CBTH", "Trung tâm Công báo – Tin học", UnitKind.CENTER, "Giám đốc", "Phó Giám đốc", true),
            new Division("PVHCC", "Trung tâm Phục vụ hành chính công", UnitKind.CENTER, "Giám đốc", "Phó Giám đốc",
                    true),
            new Division("NK", "Nhà khách tỉnh", UnitKind.CENTER, "Giám đốc", "Phó Giám đốc", false));

    private final OrganizationService service;
    private final Map<String, UnitId> units = new HashMap<>();
    private final Map<String, PositionId> positions = new HashMap<>();
    private int cadres;

    NinhBinhOffice(OrganizationService service) {
        this.service = service;
    }

    /** Builds the whole body; returns the number of cadres registered. */
    int build() {
        units();
        positions();
        scopes();
        service.serveUnit(units.get(division("HCTC")), units.get(AGENCY_CODE));
        service.serveUnit(units.get(division("HCTC")), units.get(PARTY_COMMITTEE));
        people();
        return cadres;
    }

    private void units() {
        unit("UBND-NB", "Ủy ban nhân dân tỉnh Ninh Bình", UnitKind.AGENCY, null);
        unit("SNV-NB", "Sở Nội vụ tỉnh Ninh Bình", UnitKind.AGENCY, "UBND-NB");
        unit("SNV-NB.CCVC", "Phòng Công chức, viên chức", UnitKind.DEPARTMENT, "SNV-NB");
        unit(AGENCY_CODE, "Văn phòng UBND tỉnh Ninh Bình", UnitKind.AGENCY, "UBND-NB");
        unit(AGENCY_CODE + ".LD", "Lãnh đạo Văn phòng UBND tỉnh", UnitKind.LEADERSHIP_COLLECTIVE, AGENCY_CODE);
        unit(AGENCY_CODE + ".CD", "Công đoàn Văn phòng UBND tỉnh", UnitKind.MASS_ORGANIZATION, AGENCY_CODE);
        unit(AGENCY_CODE + ".DTN", "Đoàn Thanh niên Văn phòng UBND tỉnh", UnitKind.MASS_ORGANIZATION, AGENCY_CODE);
        unit("DU-UBND-NB", "Đảng ủy UBND tỉnh Ninh Bình", UnitKind.PARTY_COMMITTEE, null);
        unit("DU-UBND-NB.BTV", "Ban Thường vụ Đảng ủy UBND tỉnh", UnitKind.LEADERSHIP_COLLECTIVE, "DU-UBND-NB");
        unit(PARTY_COMMITTEE, "Đảng ủy Văn phòng UBND tỉnh", UnitKind.PARTY_COMMITTEE, "DU-UBND-NB");
        for (Division division : DIVISIONS) {
            unit(division(division), division.name(), division.kind(), AGENCY_CODE);
            unit(cell(division), "Chi bộ " + division.name(), UnitKind.PARTY_CELL, PARTY_COMMITTEE);
        }
    }

    private void positions() {
        position("SNV-NB.CCVC.PHO", "Phó Trưởng phòng", PositionRank.DEPUTY, PositionTrack.GOVERNMENT, true);
        position(AGENCY_CODE + ".TRUONG", "Chánh Văn phòng", PositionRank.HEAD, PositionTrack.GOVERNMENT, true);
        position(AGENCY_CODE + ".PHO", "Phó Chánh Văn phòng", PositionRank.DEPUTY, PositionTrack.GOVERNMENT, true);
        position(AGENCY_CODE + ".CD.TRUONG", "Chủ tịch Công đoàn", PositionRank.HEAD, PositionTrack.MASS_ORGANIZATION,
                false);
        position(AGENCY_CODE + ".DTN.TRUONG", "Bí thư Đoàn Thanh niên", PositionRank.HEAD,
                PositionTrack.MASS_ORGANIZATION, false);
        position(PARTY_COMMITTEE + ".TRUONG", "Bí thư Đảng ủy", PositionRank.HEAD, PositionTrack.PARTY, true);
        position(PARTY_COMMITTEE + ".PHO", "Phó Bí thư Đảng ủy", PositionRank.DEPUTY, PositionTrack.PARTY, true);
        position(PARTY_COMMITTEE + ".UV", "Ủy viên Ban Chấp hành Đảng ủy", PositionRank.MEMBER, PositionTrack.PARTY,
                true);
        for (Division division : DIVISIONS) {
            position(division(division) + ".TRUONG", division.headTitle(), PositionRank.HEAD,
                    PositionTrack.GOVERNMENT, true);
            position(division(division) + ".PHO", division.deputyTitle(), PositionRank.DEPUTY,
                    PositionTrack.GOVERNMENT, true);
            position(cell(division) + ".TRUONG", "Bí thư Chi bộ", PositionRank.HEAD, PositionTrack.PARTY, true);
            position(cell(division) + ".PHO", "Phó Bí thư Chi bộ", PositionRank.DEPUTY, PositionTrack.PARTY, true);
            if (division.cellCommittee()) {
                position(cell(division) + ".UV", "Chi ủy viên", PositionRank.MEMBER, PositionTrack.PARTY, true);
            }
        }
    }

    // Seed 000 §III.1.1: "Đảng uỷ, Lãnh đạo Văn phòng UBND tỉnh đánh giá, xếp loại chất lượng đối với … Các đồng chí
    // trong Ban Chấp hành Đảng uỷ (trừ đồng chí Bí thư Đảng uỷ thuộc diện Ban Thường vụ Đảng uỷ Uỷ ban nhân dân tỉnh
    // đánh giá, xếp loại chất lượng); Các đồng chí Lãnh đạo Văn phòng (trừ đồng chí Chánh Văn phòng …); Bí thư các Chi
    // bộ, Trưởng các Phòng, ban, trung tâm." §III.1.2: "Chi bộ, các Phòng, ban, trung tâm đánh giá, xếp loại chất lượng
    // đối với … Phó Bí thư chi bộ, chi uỷ viên; Phó trưởng Phòng, ban, trung tâm." The seed names one body for both
    // steps, so the same authority evaluates and decides.
    private void scopes() {
        List<String> standingCommittee = List.of("DU-UBND-NB.BTV");
        List<String> partyCommitteeAndLeadership = List.of(PARTY_COMMITTEE, AGENCY_CODE + ".LD");
        scope(AGENCY_CODE + ".TRUONG", standingCommittee, BASIS_STANDING_COMMITTEE);
        scope(PARTY_COMMITTEE + ".TRUONG", standingCommittee, BASIS_STANDING_COMMITTEE);
        scope(PARTY_COMMITTEE + ".PHO", partyCommitteeAndLeadership, BASIS_1_1);
        scope(PARTY_COMMITTEE + ".UV", partyCommitteeAndLeadership, BASIS_1_1);
        scope(AGENCY_CODE + ".PHO", partyCommitteeAndLeadership, BASIS_1_1);
        for (Division division : DIVISIONS) {
            scope(division(division) + ".TRUONG", partyCommitteeAndLeadership, BASIS_1_1);
            scope(cell(division) + ".TRUONG", partyCommitteeAndLeadership, BASIS_1_1);
            List<String> cellAndDivision = List.of(cell(division), division(division));
            scope(division(division) + ".PHO", cellAndDivision, BASIS_1_2);
            scope(cell(division) + ".PHO", cellAndDivision, BASIS_1_2);
            if (division.cellCommittee()) {
                scope(cell(division) + ".UV", cellAndDivision, BASIS_1_2);
            }
        }
    }

    private void people() {
        officeLeadership();
        departments();
        centres();
    }

    private void officeLeadership() {
        person("NB001", "Đinh Quang Thắng", "1972-03-14", true, EmploymentKind.CIVIL_SERVANT)
                .holds(AGENCY_CODE + ".TRUONG", "2023-02-01", AppointmentKind.PROMOTION)
                .holds(PARTY_COMMITTEE + ".TRUONG", PARTY_CONGRESS, AppointmentKind.CONCURRENT);
        person("NB002", "Phạm Thị Thu Hà", "1976-08-21", true, EmploymentKind.CIVIL_SERVANT)
                .holds(AGENCY_CODE + ".PHO", "2021-06-01", AppointmentKind.PROMOTION)
                .holds(PARTY_COMMITTEE + ".PHO", PARTY_CONGRESS, AppointmentKind.CONCURRENT);
        person("NB003", "Trần Minh Tuấn", "1978-11-02", true, EmploymentKind.CIVIL_SERVANT)
                .holds(AGENCY_CODE + ".PHO", "2022-09-15", AppointmentKind.PROMOTION)
                .holds(PARTY_COMMITTEE + ".UV", PARTY_CONGRESS, AppointmentKind.CONCURRENT);
        // Trưởng phòng Tổng hợp until promoted on 1/4/2026; the post stays vacant until 26/8/2026.
        person("NB004", "Vũ Đức Long", "1980-05-30", true, EmploymentKind.CIVIL_SERVANT)
                .held(division("TH") + ".TRUONG", "2019-03-01", "2026-03-31", AppointmentKind.PROMOTION)
                .holds(AGENCY_CODE + ".PHO", "2026-04-01", AppointmentKind.PROMOTION)
                .holds(PARTY_COMMITTEE + ".UV", PARTY_CONGRESS, AppointmentKind.CONCURRENT);
        person("NB005", "Hoàng Thị Minh Nguyệt", "1981-01-17", true, EmploymentKind.CIVIL_SERVANT)
                .holds(AGENCY_CODE + ".PHO", "2024-03-01", AppointmentKind.TRANSFER)
                .holds(PARTY_COMMITTEE + ".UV", PARTY_CONGRESS, AppointmentKind.CONCURRENT);
    }

    private void departments() {
        person("NB006", "Lê Văn Hùng", "1975-09-09", true, EmploymentKind.CIVIL_SERVANT)
                .holds(division("HCTC") + ".TRUONG", "2020-07-01", AppointmentKind.PROMOTION)
                .holds(cell("HCTC") + ".TRUONG", CELL_CONGRESS, AppointmentKind.CONCURRENT)
                .holds(PARTY_COMMITTEE + ".UV", PARTY_CONGRESS, AppointmentKind.CONCURRENT);
        person("NB007", "Nguyễn Thị Lan Anh", "1984-12-05", true, EmploymentKind.CIVIL_SERVANT)
                .holds(division("HCTC") + ".PHO", "2022-01-10", AppointmentKind.FIRST_APPOINTMENT)
                .holds(cell("HCTC") + ".PHO", CELL_CONGRESS, AppointmentKind.CONCURRENT)
                .holds(AGENCY_CODE + ".CD.TRUONG", "2023-06-15", AppointmentKind.CONCURRENT);
        // Seed 002 §7 b): moved from Sở Nội vụ six weeks before the end of quarter III/2026.
        person("NB008", "Ngô Xuân Trường", "1983-04-11", true, EmploymentKind.CIVIL_SERVANT)
                .held("SNV-NB.CCVC.PHO", "2021-05-01", "2026-08-18", AppointmentKind.FIRST_APPOINTMENT)
                .holds(division("HCTC") + ".PHO", "2026-08-19", AppointmentKind.TRANSFER);
        person("NB009", "Vũ Thị Hải Yến", "1990-07-02", true, EmploymentKind.CIVIL_SERVANT)
                .holds(cell("HCTC") + ".UV", CELL_CONGRESS, AppointmentKind.CONCURRENT);
        // Seed 002 §7 a): promoted within the office five weeks before the end of quarter III/2026.
        person("NB010", "Bùi Thị Hồng Nhung", "1982-07-23", true, EmploymentKind.CIVIL_SERVANT)
                .held(division("TH") + ".PHO", "2020-10-01", "2026-08-25", AppointmentKind.FIRST_APPOINTMENT)
                .holds(division("TH") + ".TRUONG", "2026-08-26", AppointmentKind.PROMOTION)
                .holds(cell("TH") + ".TRUONG", CELL_CONGRESS, AppointmentKind.CONCURRENT)
                .holds(PARTY_COMMITTEE + ".UV", PARTY_CONGRESS, AppointmentKind.CONCURRENT);
        person("NB011", "Đỗ Mạnh Cường", "1986-02-28", true, EmploymentKind.CIVIL_SERVANT)
                .holds(division("TH") + ".PHO", "2023-04-01", AppointmentKind.FIRST_APPOINTMENT)
                .holds(cell("TH") + ".PHO", CELL_CONGRESS, AppointmentKind.CONCURRENT);
        person("NB012", "Tạ Thu Trang", "1988-10-19", true, EmploymentKind.CIVIL_SERVANT)
                .holds(division("TH") + ".PHO", "2025-01-02", AppointmentKind.FIRST_APPOINTMENT);
        person("NB013", "Trịnh Đình Phong", "1977-06-06", true, EmploymentKind.CIVIL_SERVANT)
                .holds(division("KT") + ".TRUONG", "2024-04-01", AppointmentKind.PROMOTION)
                .holds(cell("KT") + ".TRUONG", CELL_CONGRESS, AppointmentKind.CONCURRENT);
        person("NB014", "Lương Thị Mai", "1985-03-03", true, EmploymentKind.CIVIL_SERVANT)
                .holds(division("KT") + ".PHO", "2021-11-15", AppointmentKind.FIRST_APPOINTMENT)
                .holds(cell("KT") + ".PHO", CELL_CONGRESS, AppointmentKind.CONCURRENT);
        person("NB015", "Hà Quốc Bảo", "1987-09-25", true, EmploymentKind.CIVIL_SERVANT)
                .holds(division("KT") + ".PHO", "2024-08-01", AppointmentKind.FIRST_APPOINTMENT)
                .holds(cell("KT") + ".UV", CELL_CONGRESS, AppointmentKind.CONCURRENT);
        person("NB016", "Mai Thị Phương Thảo", "1979-12-12", true, EmploymentKind.CIVIL_SERVANT)
                .holds(division("KGVX") + ".TRUONG", "2022-03-01", AppointmentKind.PROMOTION)
                .holds(cell("KGVX") + ".TRUONG", CELL_CONGRESS, AppointmentKind.CONCURRENT);
        person("NB017", "Võ Thành Trung", "1982-01-26", true, EmploymentKind.CIVIL_SERVANT)
                .holds(division("KGVX") + ".PHO", "2020-08-01", AppointmentKind.FIRST_APPOINTMENT);
        // Seed 002 §7 d): first appointed three weeks before the end of quarter III/2026.
        person("NB018", "Dương Văn Nam", "1989-05-14", true, EmploymentKind.CIVIL_SERVANT)
                .holds(division("KGVX") + ".PHO", "2026-09-09", AppointmentKind.FIRST_APPOINTMENT);
        person("NB019", "Quách Thị Huyền", "1986-08-08", true, EmploymentKind.CIVIL_SERVANT)
                .holds(cell("KGVX") + ".PHO", CELL_CONGRESS, AppointmentKind.CONCURRENT);
        person("NB020", "Phan Anh Dũng", "1976-10-30", true, EmploymentKind.CIVIL_SERVANT)
                .holds(division("NC") + ".TRUONG", "2021-02-01", AppointmentKind.PROMOTION)
                .holds(cell("NC") + ".TRUONG", CELL_CONGRESS, AppointmentKind.CONCURRENT);
        person("NB021", "Cao Thị Ngọc Ánh", "1987-01-21", true, EmploymentKind.CIVIL_SERVANT)
                .holds(division("NC") + ".PHO", "2023-10-01", AppointmentKind.FIRST_APPOINTMENT)
                .holds(cell("NC") + ".PHO", CELL_CONGRESS, AppointmentKind.CONCURRENT);
        person("NB022", "Nguyễn Thị Thúy Hằng", "1985-10-10", true, EmploymentKind.CIVIL_SERVANT)
                .holds(division("NC") + ".PHO", "2024-02-01", AppointmentKind.FIRST_APPOINTMENT);
        person("NB023", "Đặng Hữu Nghĩa", "1978-04-04", true, EmploymentKind.CIVIL_SERVANT)
                .holds(division("KSTT") + ".TRUONG", "2023-07-01", AppointmentKind.PROMOTION)
                .holds(cell("KSTT") + ".TRUONG", CELL_CONGRESS, AppointmentKind.CONCURRENT);
        // Seed 002 §7 c): re-assigned from the Trung tâm Phục vụ hành chính công by restructuring on 15/7/2026.
        person("NB024", "Nguyễn Văn Toàn", "1984-11-11", true, EmploymentKind.CIVIL_SERVANT)
                .held(division("PVHCC") + ".PHO", "2022-06-01", "2026-07-14", AppointmentKind.FIRST_APPOINTMENT)
                .holds(division("KSTT") + ".PHO", "2026-07-15", AppointmentKind.RESTRUCTURING);
        person("NB025", "Lý Thị Kim Oanh", "1990-02-16", true, EmploymentKind.CIVIL_SERVANT)
                .holds(division("KSTT") + ".PHO", "2024-12-01", AppointmentKind.FIRST_APPOINTMENT)
                .holds(cell("KSTT") + ".PHO", CELL_CONGRESS, AppointmentKind.CONCURRENT);
        person("NB026", "Hồ Sỹ Thành", "1975-07-07", true, EmploymentKind.CIVIL_SERVANT)
                .holds(division("BTCD") + ".TRUONG", "2020-12-01", AppointmentKind.PROMOTION)
                .holds(cell("BTCD") + ".TRUONG", CELL_CONGRESS, AppointmentKind.CONCURRENT);
        person("NB027", "Trần Thị Bích Ngọc", "1983-09-29", true, EmploymentKind.CIVIL_SERVANT)
                .holds(division("BTCD") + ".PHO", "2022-05-16", AppointmentKind.FIRST_APPOINTMENT)
                .holds(cell("BTCD") + ".PHO", CELL_CONGRESS, AppointmentKind.CONCURRENT);
        person("NB028", "Lê Hoàng Phúc", "1984-06-15", true, EmploymentKind.CIVIL_SERVANT)
                .holds(division("BTCD") + ".PHO", "2025-03-01", AppointmentKind.FIRST_APPOINTMENT);
    }

    private void centres() {
        person("NB029", "Phạm Ngọc Sơn", "1977-02-02", true, EmploymentKind.PUBLIC_EMPLOYEE)
                .holds(division("CBTH") + ".TRUONG", "2019-09-01", AppointmentKind.PROMOTION)
                .holds(cell("CBTH") + ".TRUONG", CELL_CONGRESS, AppointmentKind.CONCURRENT)
                .holds(PARTY_COMMITTEE + ".UV", PARTY_CONGRESS, AppointmentKind.CONCURRENT);
        person("NB030", "Đào Thị Thanh Xuân", "1982-06-18", true, EmploymentKind.PUBLIC_EMPLOYEE)
                .holds(division("CBTH") + ".PHO", "2021-03-15", AppointmentKind.FIRST_APPOINTMENT)
                .holds(cell("CBTH") + ".PHO", CELL_CONGRESS, AppointmentKind.CONCURRENT);
        person("NB031", "Vương Đình Khoa", "1990-10-05", true, EmploymentKind.PUBLIC_EMPLOYEE)
                .holds(division("CBTH") + ".PHO", "2025-06-01", AppointmentKind.FIRST_APPOINTMENT)
                .holds(cell("CBTH") + ".UV", CELL_CONGRESS, AppointmentKind.CONCURRENT);
        person("NB032", "Lê Thị Thanh Tâm", "1980-04-27", true, EmploymentKind.CIVIL_SERVANT)
                .holds(division("PVHCC") + ".TRUONG", "2022-06-01", AppointmentKind.PROMOTION)
                .holds(cell("PVHCC") + ".TRUONG", CELL_CONGRESS, AppointmentKind.CONCURRENT)
                .holds(PARTY_COMMITTEE + ".UV", PARTY_CONGRESS, AppointmentKind.CONCURRENT);
        person("NB033", "Kiều Văn Hải", "1985-08-13", true, EmploymentKind.CIVIL_SERVANT)
                .holds(division("PVHCC") + ".PHO", "2023-02-01", AppointmentKind.FIRST_APPOINTMENT)
                .holds(cell("PVHCC") + ".PHO", CELL_CONGRESS, AppointmentKind.CONCURRENT);
        person("NB034", "Nguyễn Hoàng Yến", "1991-03-09", false, EmploymentKind.CIVIL_SERVANT)
                .holds(division("PVHCC") + ".PHO", "2024-09-01", AppointmentKind.FIRST_APPOINTMENT);
        person("NB035", "Trần Quốc Đạt", "1989-12-24", true, EmploymentKind.CIVIL_SERVANT)
                .holds(cell("PVHCC") + ".UV", CELL_CONGRESS, AppointmentKind.CONCURRENT);
        person("NB036", "Tống Văn Thịnh", "1974-11-20", true, EmploymentKind.PUBLIC_EMPLOYEE)
                .holds(division("NK") + ".TRUONG", "2018-01-02", AppointmentKind.PROMOTION)
                .holds(cell("NK") + ".TRUONG", CELL_CONGRESS, AppointmentKind.CONCURRENT);
        person("NB037", "Chu Thị Hạnh", "1983-12-01", false, EmploymentKind.PUBLIC_EMPLOYEE)
                .holds(division("NK") + ".PHO", "2020-05-01", AppointmentKind.FIRST_APPOINTMENT);
        person("NB038", "Đinh Thị Hoa", "1986-04-19", true, EmploymentKind.PUBLIC_EMPLOYEE)
                .holds(division("NK") + ".PHO", "2023-11-01", AppointmentKind.FIRST_APPOINTMENT);
        person("NB039", "Phùng Văn Tiến", "1987-07-31", true, EmploymentKind.WORKER)
                .holds(cell("NK") + ".PHO", CELL_CONGRESS, AppointmentKind.CONCURRENT);
        // Not a leader: Bí thư Đoàn Thanh niên is outside seed 000 §III.1, so no authority rates the post quarterly.
        person("NB040", "Đinh Thị Ngọc Mai", "1996-02-11", true, EmploymentKind.CIVIL_SERVANT)
                .holds(AGENCY_CODE + ".DTN.TRUONG", "2024-10-01", AppointmentKind.CONCURRENT);
    }

    private static String division(Division division) {
        return division(division.code());
    }

    private static String division(String code) {
        return AGENCY_CODE + "." + code;
    }

    private static String cell(Division division) {
        return cell(division.code());
    }

    private static String cell(String code) {
        return PARTY_COMMITTEE + "." + code;
    }

    private void unit(String code, String name, UnitKind kind, String parent) {
        units.put(code, service.createUnit(new NewUnit(code, name, kind, parent == null ? null : units.get(parent))));
    }

    /** A position in the unit whose code is the position code without its last part. */
    private void position(String code, String title, PositionRank rank, PositionTrack track, boolean leader) {
        UnitId unit = units.get(code.substring(0, code.lastIndexOf('.')));
        positions.put(code, service.createPosition(new NewPosition(code, title, rank, track, unit, leader)));
    }

    private void scope(String position, List<String> authority, String basis) {
        List<UnitId> authorityUnits = authority.stream().map(units::get).toList();
        for (ScopeRole role : ScopeRole.values()) {
            service.assignScope(positions.get(position), role, authorityUnits, PLAN_IN_FORCE, basis);
        }
    }

    private Person person(String code, String fullName, String birthDate, boolean partyMember,
                          EmploymentKind employmentKind) {
        cadres++;
        return new Person(service.registerCadre(new NewCadre(code, fullName, LocalDate.parse(birthDate), partyMember,
                employmentKind)));
    }

    private final class Person {

        private final CadreId cadre;

        private Person(CadreId cadre) {
            this.cadre = cadre;
        }

        Person holds(String position, String start, AppointmentKind kind) {
            return holds(position, LocalDate.parse(start), kind);
        }

        Person holds(String position, LocalDate start, AppointmentKind kind) {
            service.appoint(cadre, positions.get(position), start, kind);
            return this;
        }

        Person held(String position, String start, String lastDay, AppointmentKind kind) {
            AppointmentId appointment = service.appoint(cadre, positions.get(position), LocalDate.parse(start), kind);
            service.endAppointment(appointment, LocalDate.parse(lastDay));
            return this;
        }
    }
}
