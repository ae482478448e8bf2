package vn.danhgia.membership;

import java.time.LocalDate;
import java.util.UUID;
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
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitKind;

/**
 * A small slice of seed 004's Đảng bộ phường Nguyễn Nghiêm, built through the public services, in the test year 2091.
 * Codes carry a random tag so several tests and the demo data never collide.
 */
final class WardMother {

    /** The review date of the test year (seed 004's 15/12 deadline, in 2091). */
    static final LocalDate REVIEW = LocalDate.of(2091, 12, 15);
    static final LocalDate TERM_START = LocalDate.of(2091, 1, 1);

    final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final OrganizationService organization;
    private final MembershipAdministration memberships;

    UnitId thanhUy;
    UnitId dangBo;
    UnitId banChapHanh;
    UnitId chiBoKhoiCoQuan;
    UnitId chiBoToDanPho3;
    UnitId ubnd;
    PositionId biThu;
    PositionId phoBiThu;
    PositionId uyVien;
    PositionId chuTichUbnd;
    PositionId biThuChiBoTdp3;
    CadreId biThuCadre;
    CadreId phoBiThuCadre;
    CadreId uyVienCadre;
    CadreId memberAtCell;
    CadreId newMember;
    CadreId exemptMember;
    CadreId nonMember;

    WardMother(OrganizationService organization, MembershipAdministration memberships) {
        this.organization = organization;
        this.memberships = memberships;
    }

    WardMother build() {
        thanhUy = unit("BTVTU", "Ban Thường vụ Thành ủy Quảng Ngãi", UnitKind.LEADERSHIP_COLLECTIVE, null);
        dangBo = unit("DBP", "Đảng bộ phường Nguyễn Nghiêm", UnitKind.PARTY_COMMITTEE, null);
        banChapHanh = unit("DBP.BCH", "Ban Chấp hành Đảng bộ phường", UnitKind.LEADERSHIP_COLLECTIVE, dangBo);
        chiBoKhoiCoQuan = unit("DBP.CB1", "Chi bộ Khối cơ quan", UnitKind.PARTY_CELL, dangBo);
        chiBoToDanPho3 = unit("DBP.CB3", "Chi bộ Tổ dân phố 3", UnitKind.PARTY_CELL, dangBo);
        ubnd = unit("UBND", "Ủy ban nhân dân phường Nguyễn Nghiêm", UnitKind.AGENCY, null);
        memberships.markSubject(banChapHanh, SubjectKind.PARTY_EXECUTIVE_COMMITTEE, false);
        memberships.markSubject(chiBoToDanPho3, SubjectKind.PARTY_ORGANIZATION, true);
        memberships.markSubject(ubnd, SubjectKind.PEOPLE_COMMITTEE, false);

        biThu = position("DBP.BCH.BT", "Bí thư Đảng ủy", PositionRank.HEAD, PositionTrack.PARTY, banChapHanh);
        phoBiThu = position("DBP.BCH.PBT", "Phó Bí thư thường trực Đảng ủy", PositionRank.DEPUTY, PositionTrack.PARTY,
                banChapHanh);
        uyVien = position("DBP.BCH.UV", "Ủy viên Ban Chấp hành", PositionRank.MEMBER, PositionTrack.PARTY,
                banChapHanh);
        chuTichUbnd = position("UBND.CT", "Chủ tịch UBND phường", PositionRank.HEAD, PositionTrack.GOVERNMENT, ubnd);
        biThuChiBoTdp3 = position("DBP.CB3.BT", "Bí thư Chi bộ", PositionRank.HEAD, PositionTrack.PARTY,
                chiBoToDanPho3);

        biThuCadre = cadre("01", "Nguyễn Văn Hùng", true, EmploymentKind.CADRE);
        phoBiThuCadre = cadre("02", "Trần Thị Lan", true, EmploymentKind.CADRE);
        uyVienCadre = cadre("03", "Lê Minh Tuấn", true, EmploymentKind.CIVIL_SERVANT);
        memberAtCell = cadre("04", "Phạm Thị Hoa", true, EmploymentKind.WORKER);
        newMember = cadre("05", "Võ Quốc Bảo", true, EmploymentKind.WORKER);
        exemptMember = cadre("06", "Đặng Văn Ba", true, EmploymentKind.WORKER);
        nonMember = cadre("07", "Huỳnh Thị Mỹ", false, EmploymentKind.CIVIL_SERVANT);

        appoint(biThuCadre, biThu);
        organization.appoint(biThuCadre, chuTichUbnd, TERM_START, AppointmentKind.CONCURRENT);
        appoint(phoBiThuCadre, phoBiThu);
        appoint(uyVienCadre, uyVien);
        appoint(memberAtCell, biThuChiBoTdp3);
        appoint(nonMember, position("UBND.CV", "Chuyên viên Văn phòng", PositionRank.MEMBER,
                PositionTrack.GOVERNMENT, ubnd, false));

        member(biThuCadre, chiBoKhoiCoQuan, LocalDate.of(1998, 5, 19), null);
        member(phoBiThuCadre, chiBoKhoiCoQuan, LocalDate.of(2003, 2, 3), null);
        member(uyVienCadre, chiBoKhoiCoQuan, LocalDate.of(2010, 9, 2), null);
        member(memberAtCell, chiBoToDanPho3, LocalDate.of(1985, 3, 26), null);
        // Seed 004 §II.1: admitted 16/06/2091, one day short of six months on 15/12/2091.
        member(newMember, chiBoToDanPho3, LocalDate.of(2091, 6, 16), null);
        member(exemptMember, chiBoToDanPho3, LocalDate.of(1970, 2, 3), LocalDate.of(2090, 1, 1));
        return this;
    }

    private void member(CadreId cadre, UnitId cell, LocalDate admitted, LocalDate exempt) {
        memberships.record(cadre, new MembershipChange(cell, admitted, admitted.plusYears(1).isAfter(REVIEW) ? null
                : admitted.plusYears(1), exempt, null), null);
    }

    UnitId unit(String code, String name, UnitKind kind, UnitId parent) {
        return organization.createUnit(new NewUnit(tag + "." + code, name, kind, parent));
    }

    private PositionId position(String code, String title, PositionRank rank, PositionTrack track, UnitId unit) {
        return position(code, title, rank, track, unit, true);
    }

    private PositionId position(String code, String title, PositionRank rank, PositionTrack track, UnitId unit,
                                boolean leader) {
        return organization.createPosition(new NewPosition(tag + "." + code, title, rank, track, unit, leader));
    }

    CadreId cadre(String code, String name, boolean partyMember, EmploymentKind kind) {
        return organization.registerCadre(new NewCadre(tag + "." + code, name, LocalDate.of(1945, 4, 30), partyMember,
                kind));
    }

    private void appoint(CadreId cadre, PositionId position) {
        organization.appoint(cadre, position, TERM_START, AppointmentKind.FIRST_APPOINTMENT);
    }
}
