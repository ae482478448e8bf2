package vn.danhgia.membership;

import java.time.LocalDate;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.UnitId;

/**
 * Changes to who is reviewed and by whom: party memberships (audited), review subjects and annual authorities
 * (set up with the organisation, e.g. by the demo loader or an administrator).
 */
public interface MembershipAdministration {

    /**
     * Records or changes the cadre's party membership. Refuses with {@link vn.danhgia.platform.InvalidInputException}
     * a cell that is not a chi bộ, dates in the wrong order, or a cadre who is not a party member.
     *
     * @param expectedVersion the version the change is based on, {@code null} for a first record; a stale one fails
     *                        with an optimistic locking failure
     */
    PartyMembershipView record(CadreId cadre, MembershipChange change, Long expectedVersion);

    /** Names the kind of collective a unit is reviewed as, and whether it is a chi bộ tổ dân phố. */
    void markSubject(UnitId unit, SubjectKind kind, boolean residential);

    /**
     * Assigns an annual authority from a date on.
     *
     * @param recipient the body proposed or reported to; {@code null} for {@link AuthorityKind#RATES}
     */
    void assignAuthority(AuthoritySubject subject, AuthorityKind kind, UnitId authority, UnitId recipient,
                         LocalDate from, String basis);
}
