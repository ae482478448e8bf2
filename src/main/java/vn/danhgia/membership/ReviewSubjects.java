package vn.danhgia.membership;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.UnitId;

/**
 * Who is reviewed in the year-end review under an organisation, where and by whom (seed 004 §II, §V; seed 003
 * §II.1). "Under" means the unit and every unit below it. Dates are the review date of the year's plan: the seats
 * and posts in force on it, and the eligibility on it.
 */
public interface ReviewSubjects {

    /** The collectives under the organisation (the organisation included when it is one), by unit code. */
    List<CollectiveSubject> collectivesUnder(UnitId organisation, LocalDate reviewDate);

    /** The collective the unit is reviewed as, or empty when it is not a review subject. */
    Optional<CollectiveSubject> collective(UnitId unit, LocalDate reviewDate);

    /**
     * Every person under the organisation: those who hold a post in it on the date and the party members active in
     * its cells, the ones not reviewed included with their reason, by name.
     */
    List<Reviewee> revieweesUnder(UnitId organisation, LocalDate reviewDate);

    /** One person on the date; throws {@link vn.danhgia.platform.RecordNotFoundException} for an unknown cadre. */
    Reviewee reviewee(CadreId cadre, LocalDate reviewDate);

    Optional<PartyMembershipView> membership(CadreId cadre);

    /** The annual authority for a person, from the positions they hold on the date. */
    AnnualAuthorityView authorityFor(CadreId cadre, LocalDate date);

    /** The same for many people with a fixed number of queries (a yearly board's worth); every one is in the map. */
    Map<CadreId, AnnualAuthorityView> authoritiesFor(Collection<CadreId> cadres, LocalDate date);

    /** The annual authority for a collective. */
    AnnualAuthorityView authorityForCollective(UnitId unit, LocalDate date);

    /**
     * The same for many collectives with a fixed number of queries (an organisation's cells or departments); every one
     * is in the map.
     */
    Map<UnitId, AnnualAuthorityView> authoritiesForCollectives(Collection<UnitId> units, LocalDate date);
}
