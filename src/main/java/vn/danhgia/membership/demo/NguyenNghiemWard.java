package vn.danhgia.membership.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.danhgia.membership.AuthorityKind;
import vn.danhgia.membership.AuthoritySubject;
import vn.danhgia.membership.MembershipAdministration;
import vn.danhgia.membership.MembershipChange;
import vn.danhgia.membership.SubjectKind;
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
 * The ward of seed 004 (Kế hoạch 79-KH/ĐU, Đảng ủy phường Nguyễn Nghiêm): the Đảng bộ with its Ban Chấp hành and six
 * cells (three chi bộ tổ dân phố), the standing bodies of HĐND and UBND, the Ban Thường trực UB MTTQ and the Ban
 * Thường vụ of four mass organisations, about sixty party members with their cells, and the annual authority of
 * seed 004 §V. Its posts are not leaders' posts of the quarterly cycle (the ward is reviewed yearly only), so the
 * quarterly pages never list it. Dates are relative to the demo's review date: two members admitted less than six
 * months before it, two exempt and one suspended (seed 004 §II.1).
 */
final class NguyenNghiemWard {

    static final String WARD = "P-NN";
    static final String PARTY = "DB-NN";
    static final String EXECUTIVE = "DB-NN.BCH";
    static final String CITY_STANDING = "TU-QN.BTV";
    static final String BASIS_V1 = "Kế hoạch 79-KH/ĐU ngày 15/11/2023 của Đảng ủy phường, mục V.1";
    static final String BASIS_V2 = "Kế hoạch 79-KH/ĐU ngày 15/11/2023 của Đảng ủy phường, mục V.2";
    private static final LocalDate TERM = LocalDate.of(2025, 7, 1);

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Trương", "Đặng",
            "Bùi", "Đỗ", "Hồ"};
    private static final String[] MIDDLE_MEN = {"Văn", "Minh", "Quốc", "Đức", "Thành"};
    private static final String[] MIDDLE_WOMEN = {"Thị", "Ngọc", "Thu", "Mỹ", "Kim"};
    private static final String[] GIVEN_MEN = {"Hùng", "Dũng", "Tuấn", "Khánh", "Long", "Phúc", "Sơn", "Tài", "Vinh",
            "Hải", "Nam", "Quang", "Thắng", "Trung", "Bảo"};
    private static final String[] GIVEN_WOMEN = {"Lan", "Hoa", "Hương", "Mai", "Nga", "Thảo", "Trang", "Yến", "Hạnh",
            "Liên", "Oanh", "Phượng", "Tâm", "Vân", "Xuân"};

    private record Cell(String code, String name, boolean residential, int members) {
    }

    private static final List<Cell> CELLS = List.of(
            new Cell("CQ", "Chi bộ Cơ quan phường", false, 0),
            new Cell("CA", "Chi bộ Công an phường", false, 7),
            new Cell("QS", "Chi bộ Quân sự phường", false, 6),
            new Cell("TDP1", "Chi bộ Tổ dân phố 1", true, 11),
            new Cell("TDP2", "Chi bộ Tổ dân phố 2", true, 11),
            new Cell("TDP3", "Chi bộ Tổ dân phố 3", true, 10));

    private final OrganizationService organization;
    private final MembershipAdministration memberships;
    private final LocalDate review;
    private final Map<String, UnitId> units = new HashMap<>();
    private final Map<String, PositionId> positions = new HashMap<>();
    private final List<CadreId> officials = new ArrayList<>();
    private final Map<CadreId, LocalDate> births = new HashMap<>();
    private int people;

    NguyenNghiemWard(OrganizationService organization, MembershipAdministration memberships, LocalDate review) {
        this.organization = organization;
        this.memberships = memberships;
        this.review = review;
    }

    /** Builds the ward; returns the number of people registered. */
    int build() {
        units();
        subjects();
        officials();
        cellMembers();
        authorities();
        return people;
    }

    private void units() {
        unit(CITY_STANDING, "Ban Thường vụ Thành ủy Quảng Ngãi", UnitKind.LEADERSHIP_COLLECTIVE, null);
        unit(WARD, "Hệ thống chính trị phường Nguyễn Nghiêm", UnitKind.AGENCY, null);
        unit(PARTY, "Đảng bộ phường Nguyễn Nghiêm", UnitKind.PARTY_COMMITTEE, WARD);
        unit(EXECUTIVE, "Ban Chấp hành Đảng bộ phường (Đảng ủy phường)", UnitKind.LEADERSHIP_COLLECTIVE, PARTY);
        for (Cell cell : CELLS) {
            unit(PARTY + "." + cell.code(), cell.name(), UnitKind.PARTY_CELL, PARTY);
        }
        unit(WARD + ".HDND", "Thường trực Hội đồng nhân dân phường", UnitKind.LEADERSHIP_COLLECTIVE, WARD);
        unit(WARD + ".UBND", "Ủy ban nhân dân phường Nguyễn Nghiêm", UnitKind.AGENCY, WARD);
        unit(WARD + ".UBND.VP", "Văn phòng HĐND và UBND phường", UnitKind.DEPARTMENT, WARD + ".UBND");
        unit(WARD + ".MTTQ", "Ban Thường trực Ủy ban MTTQ Việt Nam phường", UnitKind.LEADERSHIP_COLLECTIVE, WARD);
        unit(WARD + ".HPN", "Ban Thường vụ Hội Liên hiệp Phụ nữ phường", UnitKind.MASS_ORGANIZATION, WARD);
        unit(WARD + ".DTN", "Ban Thường vụ Đoàn TNCS Hồ Chí Minh phường", UnitKind.MASS_ORGANIZATION, WARD);
        unit(WARD + ".CCB", "Ban Thường vụ Hội Cựu chiến binh phường", UnitKind.MASS_ORGANIZATION, WARD);
        unit(WARD + ".HND", "Ban Thường vụ Hội Nông dân phường", UnitKind.MASS_ORGANIZATION, WARD);
    }

    /** Seed 004 §II.1: the collectives org_unit.kind cannot name; §VII.2: the chi bộ tổ dân phố. */
    private void subjects() {
        memberships.markSubject(units.get(EXECUTIVE), SubjectKind.PARTY_EXECUTIVE_COMMITTEE, false);
        memberships.markSubject(units.get(WARD + ".HDND"), SubjectKind.COUNCIL_STANDING_BODY, false);
        memberships.markSubject(units.get(WARD + ".UBND"), SubjectKind.PEOPLE_COMMITTEE, false);
        memberships.markSubject(units.get(WARD + ".MTTQ"), SubjectKind.FRONT_STANDING_BOARD, false);
        for (String mass : List.of("HPN", "DTN", "CCB", "HND")) {
            memberships.markSubject(units.get(WARD + "." + mass), SubjectKind.MASS_ORGANIZATION_STANDING_BOARD, false);
        }
        for (Cell cell : CELLS) {
            memberships.markSubject(units.get(PARTY + "." + cell.code()), SubjectKind.PARTY_ORGANIZATION,
                    cell.residential());
        }
    }

    /** The ward's office holders, all active in the Chi bộ Cơ quan phường. */
    private void officials() {
        String cq = PARTY + ".CQ";
        CadreId biThu = official("NN001", "Nguyễn Văn Hùng", EmploymentKind.CADRE, cq);
        seat(biThu, EXECUTIVE, "BT", "Bí thư Đảng ủy phường", PositionRank.HEAD, PositionTrack.PARTY, false);
        // As the Chánh Văn phòng heads the office whose authority he exercises, the Bí thư heads the Đảng bộ: so he
        // acts for the Ban Chấp hành (its leadership collective) and sees the cells under it (seed 004 §V.2).
        seat(biThu, PARTY, "BT", "Bí thư Đảng bộ phường", PositionRank.HEAD, PositionTrack.PARTY, true);
        CadreId thuongTruc = official("NN002", "Trần Thị Lan", EmploymentKind.CADRE, cq);
        seat(thuongTruc, EXECUTIVE, "PBTTT", "Phó Bí thư thường trực Đảng ủy phường", PositionRank.DEPUTY,
                PositionTrack.PARTY, false);
        seat(thuongTruc, WARD + ".HDND", "CT", "Chủ tịch HĐND phường", PositionRank.HEAD, PositionTrack.GOVERNMENT,
                true);
        CadreId chuTich = official("NN003", "Lê Minh Tuấn", EmploymentKind.CADRE, cq);
        seat(chuTich, EXECUTIVE, "PBT", "Phó Bí thư Đảng ủy phường", PositionRank.DEPUTY, PositionTrack.PARTY, false);
        seat(chuTich, WARD + ".UBND", "CT", "Chủ tịch UBND phường", PositionRank.HEAD, PositionTrack.GOVERNMENT,
                true);
        memberSeat("NN004", "Phạm Thị Hoa", WARD + ".HDND", "PCT", "Phó Chủ tịch HĐND phường",
                PositionRank.DEPUTY, true);
        memberSeat("NN005", "Võ Quốc Bảo", WARD + ".UBND", "PCT1", "Phó Chủ tịch UBND phường",
                PositionRank.DEPUTY, true);
        memberSeat("NN006", "Huỳnh Thị Mỹ", WARD + ".UBND", "PCT2", "Phó Chủ tịch UBND phường",
                PositionRank.DEPUTY, true);
        memberSeat("NN007", "Đặng Văn Ba", WARD + ".MTTQ", "CT", "Chủ tịch Ủy ban MTTQ phường",
                PositionRank.HEAD, true);
        memberSeat("NN008", "Bùi Thị Thu", WARD + ".MTTQ", "PCT", "Phó Chủ tịch Ủy ban MTTQ phường",
                PositionRank.DEPUTY, false);
        memberSeat("NN009", "Trương Thị Ngọc Hạnh", WARD + ".HPN", "CT", "Chủ tịch Hội LHPN phường",
                PositionRank.HEAD, true);
        memberSeat("NN010", "Phan Thị Kim Oanh", WARD + ".HPN", "PCT", "Phó Chủ tịch Hội LHPN phường",
                PositionRank.DEPUTY, false);
        memberSeat("NN011", "Đỗ Minh Khánh", WARD + ".DTN", "BT", "Bí thư Đoàn phường", PositionRank.HEAD,
                true);
        memberSeat("NN012", "Hồ Thị Yến", WARD + ".DTN", "PBT", "Phó Bí thư Đoàn phường", PositionRank.DEPUTY,
                false);
        memberSeat("NN013", "Nguyễn Đức Thắng", WARD + ".CCB", "CT", "Chủ tịch Hội CCB phường",
                PositionRank.HEAD, true);
        memberSeat("NN014", "Lê Văn Sơn", WARD + ".CCB", "PCT", "Phó Chủ tịch Hội CCB phường",
                PositionRank.DEPUTY, false);
        memberSeat("NN015", "Trần Văn Long", WARD + ".HND", "CT", "Chủ tịch Hội Nông dân phường",
                PositionRank.HEAD, true);
        memberSeat("NN016", "Phạm Văn Vinh", WARD + ".HND", "PCT", "Phó Chủ tịch Hội Nông dân phường",
                PositionRank.DEPUTY, false);
        // Civil servants of the ward office: party members in the Chi bộ Cơ quan, one who is not a member.
        String[][] staff = {{"NN017", "Võ Thị Thảo", "Công chức Văn phòng – Thống kê"},
                {"NN018", "Bùi Quốc Trung", "Công chức Địa chính – Xây dựng"},
                {"NN019", "Đặng Thị Nga", "Công chức Tư pháp – Hộ tịch"},
                {"NN020", "Huỳnh Văn Tài", "Công chức Văn hóa – Xã hội"}};
        for (String[] person : staff) {
            CadreId cadre = official(person[0], person[1], EmploymentKind.CIVIL_SERVANT, cq);
            staffPost(cadre, person[0], person[2]);
        }
        CadreId nonMember = register("NN021", "Trương Thị Mai", false, EmploymentKind.CIVIL_SERVANT, false);
        staffPost(nonMember, "NN021", "Công chức Tài chính – Kế toán");
        // Ủy viên Ban Chấp hành: the heads of the standing bodies and the cells' secretaries of the Công an and Quân sự.
        for (String code : List.of("NN005", "NN007", "NN011", "NN013", "NN015")) {
            positionIfMissing(EXECUTIVE + ".UV", "Ủy viên Ban Chấp hành Đảng bộ phường", PositionRank.MEMBER,
                    PositionTrack.PARTY, EXECUTIVE);
            organization.appoint(officials.get(Integer.parseInt(code.substring(2)) - 1),
                    positions.get(EXECUTIVE + ".UV"), TERM, AppointmentKind.CONCURRENT);
        }
        cellSecretary(cq, officials.get(16), true);
    }

    /** The cells' members with no post in the ward, and each cell's secretary and deputy among them. */
    private void cellMembers() {
        int n = 0;
        for (Cell cell : CELLS) {
            String code = PARTY + "." + cell.code();
            for (int i = 0; i < cell.members(); i++, n++) {
                boolean woman = n % 2 == 1;
                String name = FAMILY[n % FAMILY.length] + " "
                        + (woman ? MIDDLE_WOMEN[n % MIDDLE_WOMEN.length] : MIDDLE_MEN[n % MIDDLE_MEN.length]) + " "
                        + (woman ? GIVEN_WOMEN[(n * 7) % GIVEN_WOMEN.length] : GIVEN_MEN[(n * 7) % GIVEN_MEN.length]);
                EmploymentKind kind = cell.residential() ? EmploymentKind.WORKER : EmploymentKind.CIVIL_SERVANT;
                String cadreCode = "NN%03d".formatted(100 + n);
                CadreId cadre = register(cadreCode, name, true, kind, cell.residential());
                LocalDate admitted = births.get(cadre).plusYears(22 + n % 15).plusDays(n * 11L);
                LocalDate exempt = null;
                LocalDate suspended = null;
                if (cell.residential() && i == 1 && !cell.code().equals("TDP3")) {
                    // Seed 004 §II.1: old members exempt from party work and activities (miễn công tác và sinh hoạt).
                    admitted = births.get(cadre).plusYears(25);
                    exempt = review.minusYears(2).withDayOfMonth(1);
                }
                if (cell.code().equals("TDP2") && i == 2) {
                    suspended = review.minusMonths(2);
                }
                if (cell.residential() && i == cell.members() - 1 && !cell.code().equals("TDP3")) {
                    // Seed 004 §II.1 "mới kết nạp chưa đủ 6 tháng".
                    admitted = review.minusMonths(cell.code().equals("TDP1") ? 3 : 5);
                }
                member(cadre, code, admitted, exempt, suspended);
                if (i == 0) {
                    cellSecretary(code, cadre, false);
                } else if (i == 2 && !cell.code().equals("TDP2")) {
                    cellDeputy(code, cadre);
                }
            }
        }
    }

    /** Seed 004 §V. */
    private void authorities() {
        UnitId city = units.get(CITY_STANDING);
        UnitId executive = units.get(EXECUTIVE);
        // §V.1: "Ban Chấp hành Đảng bộ phường tự đánh giá, xếp loại đối với Đảng bộ phường; đề xuất Ban Thường vụ
        // Thành ủy đánh giá, xếp loại đối với ... Bí thư, Chủ tịch UBND phường; Phó Bí thư thường trực Đảng ủy, Chủ tịch
        // HĐND phường."
        memberships.assignAuthority(AuthoritySubject.collective(units.get(PARTY)), AuthorityKind.RATES, executive, null,
                TERM, BASIS_V1);
        for (String post : List.of(EXECUTIVE + ".BT", EXECUTIVE + ".PBTTT", WARD + ".HDND.CT", WARD + ".UBND.CT")) {
            memberships.assignAuthority(AuthoritySubject.position(positions.get(post)), AuthorityKind.RATES, city,
                    null, TERM, BASIS_V1);
            memberships.assignAuthority(AuthoritySubject.position(positions.get(post)), AuthorityKind.PROPOSES_TO,
                    executive, city, TERM, BASIS_V1);
        }
        // §V.2: the cells, the standing bodies, MTTQ and the mass organisations, the listed individuals and all party
        // members are rated by the Đảng ủy phường directly.
        for (String collective : List.of(WARD + ".HDND", WARD + ".UBND", WARD + ".MTTQ", WARD + ".HPN", WARD + ".DTN",
                WARD + ".CCB", WARD + ".HND")) {
            memberships.assignAuthority(AuthoritySubject.collective(units.get(collective)), AuthorityKind.RATES,
                    executive, null, TERM, BASIS_V2);
        }
        for (Cell cell : CELLS) {
            memberships.assignAuthority(AuthoritySubject.collective(units.get(PARTY + "." + cell.code())),
                    AuthorityKind.RATES, executive, null, TERM, BASIS_V2);
        }
        memberships.assignAuthority(AuthoritySubject.everyoneUnder(units.get(WARD)), AuthorityKind.RATES, executive,
                null, TERM, BASIS_V2);
    }

    private CadreId official(String code, String name, EmploymentKind kind, String cell) {
        CadreId cadre = register(code, name, true, kind, false);
        officials.add(cadre);
        member(cadre, cell, births.get(cadre).plusYears(23 + people % 5), null, null);
        return cadre;
    }

    private void memberSeat(String code, String name, String unit, String post, String title, PositionRank rank,
                            boolean partyMember) {
        CadreId cadre;
        if (partyMember) {
            cadre = official(code, name, EmploymentKind.CADRE, PARTY + ".CQ");
        } else {
            cadre = register(code, name, false, EmploymentKind.CADRE, false);
            officials.add(cadre);
        }
        seat(cadre, unit, post, title, rank, unit.endsWith("HDND") || unit.endsWith("UBND") ? PositionTrack.GOVERNMENT
                : PositionTrack.MASS_ORGANIZATION, false);
    }

    private void seat(CadreId cadre, String unit, String post, String title, PositionRank rank, PositionTrack track,
                      boolean concurrent) {
        String code = unit + "." + post;
        positionIfMissing(code, title, rank, track, unit);
        organization.appoint(cadre, positions.get(code), TERM,
                concurrent ? AppointmentKind.CONCURRENT : AppointmentKind.FIRST_APPOINTMENT);
    }

    private void staffPost(CadreId cadre, String code, String title) {
        String post = WARD + ".UBND.VP." + code;
        positionIfMissing(post, title, PositionRank.MEMBER, PositionTrack.GOVERNMENT, WARD + ".UBND.VP");
        organization.appoint(cadre, positions.get(post), TERM, AppointmentKind.FIRST_APPOINTMENT);
    }

    private void cellSecretary(String cell, CadreId cadre, boolean concurrent) {
        positionIfMissing(cell + ".BT", "Bí thư Chi bộ", PositionRank.HEAD, PositionTrack.PARTY, cell);
        organization.appoint(cadre, positions.get(cell + ".BT"), TERM,
                concurrent ? AppointmentKind.CONCURRENT : AppointmentKind.FIRST_APPOINTMENT);
    }

    private void cellDeputy(String cell, CadreId cadre) {
        positionIfMissing(cell + ".PBT", "Phó Bí thư Chi bộ", PositionRank.DEPUTY, PositionTrack.PARTY, cell);
        organization.appoint(cadre, positions.get(cell + ".PBT"), TERM, AppointmentKind.FIRST_APPOINTMENT);
    }

    private void positionIfMissing(String code, String title, PositionRank rank, PositionTrack track, String unit) {
        // Not leaders' posts of the quarterly cycle: the ward is reviewed yearly (see the class comment).
        positions.computeIfAbsent(code, key -> organization.createPosition(new NewPosition(code, title, rank, track,
                units.get(unit), false)));
    }

    private CadreId register(String code, String name, boolean partyMember, EmploymentKind kind, boolean retired) {
        people++;
        LocalDate birth = retired ? LocalDate.of(1940 + people % 30, 1 + people % 12, 1 + people % 28)
                : LocalDate.of(1970 + people % 25, 1 + people % 12, 1 + people % 28);
        CadreId cadre = organization.registerCadre(new NewCadre(code, name, birth, partyMember, kind));
        births.put(cadre, birth);
        return cadre;
    }

    private void member(CadreId cadre, String cell, LocalDate admitted, LocalDate exempt, LocalDate suspended) {
        LocalDate official = admitted.plusYears(1).isAfter(review) ? null : admitted.plusYears(1);
        memberships.record(cadre, new MembershipChange(units.get(cell), admitted, official, exempt, suspended), null);
    }

    private void unit(String code, String name, UnitKind kind, String parent) {
        units.put(code, organization.createUnit(new NewUnit(code, name, kind, parent == null ? null
                : units.get(parent))));
    }
}
