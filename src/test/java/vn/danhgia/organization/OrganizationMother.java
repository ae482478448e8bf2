package vn.danhgia.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A small slice of seed 000's Văn phòng UBND tỉnh Ninh Bình, built through the public service. Codes carry a random
 * tag so that data committed by one test, or the demo data, never collides with another test's.
 */
final class OrganizationMother {

    static final LocalDate PLAN_IN_FORCE = LocalDate.of(2026, 1, 1);
    static final String BASIS_1_1 = "Kế hoạch đánh giá định kỳ hằng quý năm 2026 của Ban Thường vụ Đảng ủy Văn phòng"
            + " UBND tỉnh, mục III.1.1";
    static final String BASIS_1_2 = "Kế hoạch đánh giá định kỳ hằng quý năm 2026 của Ban Thường vụ Đảng ủy Văn phòng"
            + " UBND tỉnh, mục III.1.2";

    final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final OrganizationService service;

    UnitId banThuongVu;
    UnitId vanPhong;
    UnitId lanhDaoVanPhong;
    UnitId dangUyVanPhong;
    UnitId phongTongHop;
    UnitId chiBoTongHop;
    PositionId chanhVanPhong;
    PositionId truongPhong;
    PositionId phoTruongPhong;
    PositionId biThuChiBo;
    CadreId dinhQuangThang;
    CadreId buiThiHongNhung;
    CadreId doManhCuong;

    OrganizationMother(OrganizationService service) {
        this.service = service;
    }

    /** Units and positions of seed 000 §III.1 with their scopes, nobody appointed yet. */
    OrganizationMother withStructure() {
        UnitId dangUyUbndTinh = unit("DU-UBND", "Đảng ủy UBND tỉnh Ninh Bình", UnitKind.PARTY_COMMITTEE, null);
        banThuongVu = unit("DU-UBND.BTV", "Ban Thường vụ Đảng ủy UBND tỉnh", UnitKind.LEADERSHIP_COLLECTIVE,
                dangUyUbndTinh);
        dangUyVanPhong = unit("DU-VP", "Đảng ủy Văn phòng UBND tỉnh", UnitKind.PARTY_COMMITTEE, dangUyUbndTinh);
        chiBoTongHop = unit("DU-VP.TH", "Chi bộ Phòng Tổng hợp", UnitKind.PARTY_CELL, dangUyVanPhong);
        vanPhong = unit("VP", "Văn phòng UBND tỉnh Ninh Bình", UnitKind.AGENCY, null);
        lanhDaoVanPhong = unit("VP.LD", "Lãnh đạo Văn phòng UBND tỉnh", UnitKind.LEADERSHIP_COLLECTIVE, vanPhong);
        phongTongHop = unit("VP.TH", "Phòng Tổng hợp", UnitKind.DEPARTMENT, vanPhong);

        chanhVanPhong = position("VP.CVP", "Chánh Văn phòng", PositionRank.HEAD, PositionTrack.GOVERNMENT, vanPhong);
        truongPhong = position("VP.TH.TP", "Trưởng phòng", PositionRank.HEAD, PositionTrack.GOVERNMENT, phongTongHop);
        phoTruongPhong = position("VP.TH.PTP", "Phó Trưởng phòng", PositionRank.DEPUTY, PositionTrack.GOVERNMENT,
                phongTongHop);
        biThuChiBo = position("DU-VP.TH.BT", "Bí thư Chi bộ", PositionRank.HEAD, PositionTrack.PARTY, chiBoTongHop);

        // Seed 000 §III.1.1: "trừ đồng chí Chánh Văn phòng thuộc diện Ban Thường vụ Đảng uỷ Uỷ ban nhân dân tỉnh
        // đánh giá, xếp loại chất lượng"; "Bí thư các Chi bộ, Trưởng các Phòng, ban, trung tâm" by the Đảng ủy and
        // Lãnh đạo Văn phòng; §III.1.2: "Phó trưởng Phòng" by the Chi bộ and the Phòng.
        scope(chanhVanPhong, List.of(banThuongVu), "Kế hoạch 48-KH/ĐU ngày 03/3/2026 của Đảng ủy UBND tỉnh");
        scope(truongPhong, List.of(dangUyVanPhong, lanhDaoVanPhong), BASIS_1_1);
        scope(biThuChiBo, List.of(dangUyVanPhong, lanhDaoVanPhong), BASIS_1_1);
        scope(phoTruongPhong, List.of(chiBoTongHop, phongTongHop), BASIS_1_2);
        return this;
    }

    /** The structure with Chánh Văn phòng, a Trưởng phòng kiêm Bí thư Chi bộ and a Phó Trưởng phòng in post. */
    OrganizationMother withPeople() {
        withStructure();
        dinhQuangThang = cadre("Đinh Quang Thắng", "1972-03-14");
        buiThiHongNhung = cadre("Bùi Thị Hồng Nhung", "1982-07-23");
        doManhCuong = cadre("Đỗ Mạnh Cường", "1986-02-28");
        service.appoint(dinhQuangThang, chanhVanPhong, LocalDate.of(2023, 2, 1), AppointmentKind.PROMOTION);
        service.appoint(buiThiHongNhung, truongPhong, LocalDate.of(2024, 4, 1), AppointmentKind.PROMOTION);
        service.appoint(buiThiHongNhung, biThuChiBo, LocalDate.of(2025, 5, 20), AppointmentKind.CONCURRENT);
        service.appoint(doManhCuong, phoTruongPhong, LocalDate.of(2023, 4, 1), AppointmentKind.FIRST_APPOINTMENT);
        return this;
    }

    String code(String code) {
        return tag + "-" + code;
    }

    UnitId unit(String code, String name, UnitKind kind, UnitId parent) {
        return service.createUnit(new NewUnit(code(code), name, kind, parent));
    }

    PositionId position(String code, String title, PositionRank rank, PositionTrack track, UnitId unit) {
        return service.createPosition(new NewPosition(code(code), title, rank, track, unit, true));
    }

    CadreId cadre(String fullName, String birthDate) {
        return service.registerCadre(new NewCadre(code(UUID.randomUUID().toString().substring(0, 8)), fullName,
                LocalDate.parse(birthDate), true, EmploymentKind.CIVIL_SERVANT));
    }

    private void scope(PositionId position, List<UnitId> authority, String basis) {
        service.assignScope(position, ScopeRole.EVALUATES, authority, PLAN_IN_FORCE, basis);
        service.assignScope(position, ScopeRole.DECIDES, authority, PLAN_IN_FORCE, basis);
    }
}
