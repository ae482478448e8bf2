package vn.danhgia.membership;

import java.time.LocalDate;
import java.util.List;
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

    /** The stored review subjects, by unit name; administrators only (else AccessRefusedException). */
    List<ReviewSubjectRow> subjectRows();

    /**
     * Records a review subject ({@code id} null) or changes one, audited; administrators only. Refuses with
     * {@link vn.danhgia.platform.InvalidInputException} beside the field a missing unit or kind, a unit already marked,
     * and the tổ dân phố flag on anything but a chi bộ reviewed as a party organisation; a stale
     * {@code expectedVersion} fails with an optimistic locking failure.
     */
    ReviewSubjectRow saveSubject(Long id, Long expectedVersion, SubjectChange change);

    /** The stored annual authority rows, newest last; administrators only. */
    List<AnnualAuthorityRow> authorityRows();

    /**
     * Records an annual authority row ({@code id} null) or changes one, audited; administrators only. Refuses beside
     * the field a missing subject, kind, authority, start or basis, a recipient missing for PROPOSES_TO and
     * ASSESSES_AND_REPORTS or given for RATES, and an end before the start.
     */
    AnnualAuthorityRow saveAuthority(Long id, Long expectedVersion, AuthorityChange change);
}
