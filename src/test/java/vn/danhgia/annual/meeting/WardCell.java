package vn.danhgia.annual.meeting;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.danhgia.membership.MembershipAdministration;
import vn.danhgia.membership.MembershipChange;
import vn.danhgia.platform.Actor;
import vn.danhgia.support.TestActors;
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

/**
 * A ward party committee's cell for the meeting tests (seed 004, Đảng bộ phường Nguyễn Nghiêm), made once per
 * database under the codes of the test year: Chi bộ Khu phố 1 with its secretary Nguyễn Thị Lan, deputy Trần Văn
 * Bình and the members Lê Văn Cường and Phạm Thị Dung (newly admitted).
 */
public record WardCell(UnitId ward, UnitId cell, CadreId lan, CadreId binh, CadreId cuong, CadreId dung) {

    /**
     * Makes the cell once; the party memberships (seed 004 §II.1) go through the membership module as {@code admin}:
     * Phạm Thị Dung was admitted on 2 September, less than six months before the review.
     */
    public static WardCell of(int year, OrganizationQueries organization, OrganizationService service,
                       MembershipAdministration memberships, Actor admin) {
        String prefix = "P" + year;
        if (organization.unitByCode(prefix + ".CB1").isEmpty()) {
            UnitId ward = service.createUnit(new NewUnit(prefix, "Đảng bộ phường Nguyễn Nghiêm " + year,
                    UnitKind.PARTY_COMMITTEE, null));
            UnitId cell = service.createUnit(new NewUnit(prefix + ".CB1", "Chi bộ Khu phố 1", UnitKind.PARTY_CELL,
                    ward));
            PositionId secretary = service.createPosition(new NewPosition(prefix + ".CB1.BT", "Bí thư chi bộ",
                    PositionRank.HEAD, PositionTrack.PARTY, cell, true));
            PositionId deputy = service.createPosition(new NewPosition(prefix + ".CB1.PBT", "Phó Bí thư chi bộ",
                    PositionRank.DEPUTY, PositionTrack.PARTY, cell, true));
            PositionId member = service.createPosition(new NewPosition(prefix + ".CB1.DV", "Đảng viên",
                    PositionRank.MEMBER, PositionTrack.PARTY, cell, false));
            LocalDate start = LocalDate.of(year, 1, 1);
            appoint(service, prefix + ".LAN", "Nguyễn Thị Lan", secretary, start);
            appoint(service, prefix + ".BINH", "Trần Văn Bình", deputy, start);
            appoint(service, prefix + ".CUONG", "Lê Văn Cường", member, start);
            appoint(service, prefix + ".DUNG", "Phạm Thị Dung", member, LocalDate.of(year, 9, 2));
            TestActors.runAs(admin, () -> {
                for (String person : new String[] {"LAN", "BINH", "CUONG"}) {
                    memberships.record(cadre(organization, prefix + "." + person), new MembershipChange(cell,
                            LocalDate.of(2000, 5, 19), LocalDate.of(2001, 5, 19), null, null), null);
                }
                return memberships.record(cadre(organization, prefix + ".DUNG"), new MembershipChange(cell,
                        LocalDate.of(year, 9, 2), null, null, null), null);
            });
        }
        return new WardCell(organization.unitByCode(prefix).orElseThrow().id(),
                organization.unitByCode(prefix + ".CB1").orElseThrow().id(), cadre(organization, prefix + ".LAN"),
                cadre(organization, prefix + ".BINH"), cadre(organization, prefix + ".CUONG"),
                cadre(organization, prefix + ".DUNG"));
    }

    private static void appoint(OrganizationService service, String code, String name, PositionId position,
                                LocalDate start) {
        CadreId cadre = service.registerCadre(new NewCadre(code, name, LocalDate.of(1980, 5, 1), true,
                EmploymentKind.WORKER));
        service.appoint(cadre, position, start, AppointmentKind.FIRST_APPOINTMENT);
    }

    private static CadreId cadre(OrganizationQueries organization, String code) {
        return organization.cadreByCode(code).orElseThrow().id();
    }

    public static void clean(JdbcTemplate jdbc, int year) {
        String meetings = "(select id from annual_review_meeting where review_year = " + year + ")";
        jdbc.update("delete from annual_review_opinion where meeting_id in " + meetings);
        jdbc.update("delete from annual_review_attendee where meeting_id in " + meetings);
        jdbc.update("delete from annual_review_item where meeting_id in " + meetings);
        jdbc.update("delete from annual_review_meeting where review_year = ?", year);
    }
}
