package vn.danhgia.membership.demo;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.danhgia.membership.AuthorityKind;
import vn.danhgia.membership.AuthoritySubject;
import vn.danhgia.membership.MembershipAdministration;
import vn.danhgia.membership.MembershipChange;
import vn.danhgia.organization.CadreView;
import vn.danhgia.organization.CadreWithPosition;
import vn.danhgia.organization.NewUnit;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.OrganizationService;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitKind;
import vn.danhgia.organization.UnitView;

/**
 * The Ninh Bình office's party memberships (each member in the chi bộ of their department or centre; the office's
 * leaders in the Chi bộ Phòng Tổng hợp) and its annual authority by seed 003 §II.1.
 */
final class NinhBinhMemberships {

    static final String AGENCY = "VPUB-NB";
    static final String PROVINCIAL_STANDING = "TU-NB.BTV";
    static final String CADRES_BOARD = "BCSD-UBND-NB";
    private static final String PARTY_COMMITTEE = "DU-VPUB-NB";
    private static final String FALLBACK_CELL = PARTY_COMMITTEE + ".TH";
    private static final String PLAN = "Kế hoạch kiểm điểm, đánh giá, xếp loại chất lượng hằng năm của Văn phòng UBND"
            + " tỉnh, mục II.1";
    // The seed's plan is of 2023; in force since, so any demo year reads it.
    private static final LocalDate IN_FORCE = LocalDate.of(2023, 1, 1);

    private final OrganizationService organization;
    private final OrganizationQueries queries;
    private final MembershipAdministration memberships;

    NinhBinhMemberships(OrganizationService organization, OrganizationQueries queries,
                        MembershipAdministration memberships) {
        this.organization = organization;
        this.queries = queries;
        this.memberships = memberships;
    }

    /** Returns the number of memberships recorded. */
    int build(LocalDate today) {
        Map<Long, UnitView> units = queries.units().stream()
                .collect(Collectors.toMap(unit -> unit.id().value(), Function.identity()));
        Map<String, UnitView> byCode = units.values().stream()
                .collect(Collectors.toMap(UnitView::code, Function.identity()));
        Set<Long> done = new HashSet<>();
        int recorded = 0;
        for (CadreWithPosition post : queries.cadresWithPositions(today)) {
            if (!post.cadreCode().startsWith("NB") || !done.add(post.cadreId().value())) {
                continue;
            }
            CadreView cadre = queries.cadre(post.cadreId()).orElseThrow();
            if (!cadre.partyMember()) {
                continue;
            }
            UnitView unit = units.get(post.unitId().value());
            int dot = unit.code().lastIndexOf('.');
            UnitView cell = unit.kind() == UnitKind.PARTY_CELL ? unit
                    : dot < 0 ? null : byCode.get(PARTY_COMMITTEE + unit.code().substring(dot));
            if (cell == null || cell.kind() != UnitKind.PARTY_CELL) {
                cell = byCode.get(FALLBACK_CELL);
            }
            LocalDate admitted = cadre.birthDate().plusYears(24 + (int) (cadre.id().value() % 6));
            memberships.record(cadre.id(), new MembershipChange(cell.id(), admitted, admitted.plusYears(1), null, null),
                    null);
            recorded++;
        }
        authorities(byCode);
        return recorded;
    }

    private void authorities(Map<String, UnitView> byCode) {
        UnitId province = organization.createUnit(new NewUnit(PROVINCIAL_STANDING, "Ban Thường vụ Tỉnh ủy Ninh Bình",
                UnitKind.LEADERSHIP_COLLECTIVE, null));
        UnitId board = organization.createUnit(new NewUnit(CADRES_BOARD, "Ban cán sự đảng UBND tỉnh Ninh Bình",
                UnitKind.LEADERSHIP_COLLECTIVE, null));
        UnitId office = byCode.get(AGENCY).id();
        // §II.1.1 "Ban Thường vụ Tỉnh ủy xem xét, quyết định xếp loại chất lượng đối với tập thể Lãnh đạo Văn phòng."
        memberships.assignAuthority(AuthoritySubject.collective(byCode.get(AGENCY + ".LD").id()), AuthorityKind.RATES,
                province, null, IN_FORCE, PLAN + ".1");
        // §II.1.2: the Chánh Văn phòng by the BTV Tỉnh ủy, the Phó Chánh Văn phòng by the Ban cán sự đảng UBND tỉnh.
        rates(AGENCY + ".TRUONG", province);
        rates(AGENCY + ".PHO", board);
        // "Chánh Văn phòng nhận xét, đánh giá và phân loại đối với ... Giám đốc và Phó Giám đốc đơn vị trực thuộc,
        // công chức, viên chức và người lao động thuộc Văn phòng": the office, whose head is the Chánh Văn phòng.
        memberships.assignAuthority(AuthoritySubject.everyoneUnder(office), AuthorityKind.RATES, office, null,
                IN_FORCE, PLAN + ".2");
        // "Giám đốc Nhà khách tỉnh và Giám đốc Trung tâm Công báo - Tin học đánh giá viên chức, người lao động tại đơn
        // vị và báo cáo kết quả đánh giá tại Hội nghị chủ chốt của Văn phòng trước khi quyết định xếp loại."
        for (String centre : new String[] {AGENCY + ".NK", AGENCY + ".CBTH"}) {
            UnitId unit = byCode.get(centre).id();
            memberships.assignAuthority(AuthoritySubject.everyoneUnder(unit), AuthorityKind.RATES, office, null,
                    IN_FORCE, PLAN + ".2");
            memberships.assignAuthority(AuthoritySubject.everyoneUnder(unit), AuthorityKind.ASSESSES_AND_REPORTS,
                    unit, office, IN_FORCE, PLAN + ".2");
            rates(centre + ".TRUONG", office);
            rates(centre + ".PHO", office);
        }
    }

    private void rates(String position, UnitId authority) {
        memberships.assignAuthority(AuthoritySubject.position(queries.positionByCode(position).orElseThrow().id()),
                AuthorityKind.RATES, authority, null, IN_FORCE, PLAN + ".2");
    }
}
