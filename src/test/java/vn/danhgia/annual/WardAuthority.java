package vn.danhgia.annual;

import java.time.LocalDate;
import java.util.EnumSet;
import vn.danhgia.annual.meeting.WardCell;
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
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.OrganizationService;
import vn.danhgia.organization.PositionId;
import vn.danhgia.organization.PositionRank;
import vn.danhgia.organization.PositionTrack;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitKind;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.accounts.UserAccountService;
import vn.danhgia.support.TestActors;

/**
 * The annual authority of a {@link WardCell}'s ward (seed 004 §V.2, Kế hoạch 79-KH/ĐU), made once per database, as
 * the demo's ward has it: the Đảng ủy phường rates its cells and all party members, and its Bí thư Võ Văn Hải, head of
 * the Đảng bộ like the Chánh Văn phòng of his office, acts for it with his own account ({@link #SECRETARY}). Beside
 * the cell, Chi bộ Tổ dân phố 2, a chi bộ tổ dân phố (§VII.2) with its secretary Đặng Thị Hoa; and an account for
 * Lê Văn Cường, a party member of the cell ({@link #MEMBER}).
 */
record WardAuthority(UnitId residentialCell, CadreId residentialSecretary) {

    static final String SECRETARY = "bithuphuong-test";
    static final String MEMBER = "dangvien-test";
    private static final String BASIS = "Kế hoạch 79-KH/ĐU ngày 15/11/2023 của Đảng ủy phường, mục V.2";

    static WardAuthority of(int year, WardCell ward, OrganizationQueries organization, OrganizationService service,
                            MembershipAdministration memberships, UserAccountService accounts, Actor admin) {
        String prefix = organization.unit(ward.ward()).orElseThrow().code();
        LocalDate start = LocalDate.of(year, 1, 1);
        if (organization.unitByCode(prefix + ".TDP2").isEmpty()) {
            PositionId head = service.createPosition(new NewPosition(prefix + ".BT", "Bí thư Đảng ủy phường",
                    PositionRank.HEAD, PositionTrack.PARTY, ward.ward(), false));
            // Not recorded in the cell: he would be rated on its board, where nobody decides his own level.
            CadreId hai = person(service, prefix + ".HAI", "Võ Văn Hải", head, start);
            UnitId street = service.createUnit(new NewUnit(prefix + ".TDP2", "Chi bộ Tổ dân phố 2",
                    UnitKind.PARTY_CELL, ward.ward()));
            PositionId streetHead = service.createPosition(new NewPosition(prefix + ".TDP2.BT", "Bí thư chi bộ",
                    PositionRank.HEAD, PositionTrack.PARTY, street, false));
            CadreId hoa = person(service, prefix + ".HOA", "Đặng Thị Hoa", streetHead, start);
            TestActors.runAs(admin, () -> {
                memberships.markSubject(street, SubjectKind.PARTY_ORGANIZATION, true);
                memberships.record(hoa, new MembershipChange(street, LocalDate.of(2002, 9, 2),
                        LocalDate.of(2003, 9, 2), null, null), null);
                for (UnitId cell : new UnitId[] {ward.cell(), street}) {
                    memberships.assignAuthority(AuthoritySubject.collective(cell), AuthorityKind.RATES, ward.ward(),
                            null, start, BASIS);
                }
                memberships.assignAuthority(AuthoritySubject.everyoneUnder(ward.ward()), AuthorityKind.RATES,
                        ward.ward(), null, start, BASIS);
                return null;
            });
            accounts.createIfAbsent(SECRETARY, "unused-" + year, "Võ Văn Hải",
                    EnumSet.of(Role.AUTHORITY, Role.UNIT_HEAD, Role.CADRE), hai.value());
            accounts.createIfAbsent(MEMBER, "unused-" + year, "Lê Văn Cường", EnumSet.of(Role.CADRE),
                    ward.cuong().value());
        }
        return new WardAuthority(organization.unitByCode(prefix + ".TDP2").orElseThrow().id(),
                organization.cadreByCode(prefix + ".HOA").orElseThrow().id());
    }

    private static CadreId person(OrganizationService service, String code, String name, PositionId position,
                                  LocalDate start) {
        CadreId cadre = service.registerCadre(new NewCadre(code, name, LocalDate.of(1975, 4, 2), true,
                EmploymentKind.CADRE));
        service.appoint(cadre, position, start, AppointmentKind.FIRST_APPOINTMENT);
        return cadre;
    }
}
