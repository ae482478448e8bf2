package vn.danhgia.membership;

import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.UnitId;

/**
 * The year-end subjects as the signed-in person may see and change them: administrators everywhere; personnel
 * officers in the units their office serves; unit heads in the units they lead and below. Refusals are
 * {@link vn.danhgia.platform.AccessRefusedException} (403); an unknown unit or cadre is
 * {@link vn.danhgia.platform.RecordNotFoundException} (404).
 */
public interface SubjectsAccess {

    SubjectsOverview overview(UnitId unit, int year);

    /** Records a party membership: administrators and the personnel officers serving the cadre's unit or cell. */
    PartyMembershipView recordMembership(CadreId cadre, MembershipChange change, Long expectedVersion);
}
