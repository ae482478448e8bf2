package vn.danhgia.organization;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read access to the organisation for other modules. Every answer is a record; dates are days in force, both ends
 * included. Lists that may cover a whole province (tens of thousands of cadres) are read with one query each.
 */
public interface OrganizationQueries {

    Optional<UnitView> unitByCode(String code);

    Optional<UnitView> unit(UnitId unit);

    /** The unit and the units above it, the unit first and the top of its tree last. */
    List<UnitView> unitWithParents(UnitId unit);

    /**
     * {@link #unitWithParents} of many units from one read of the unit table, whatever their number; a unit that does
     * not exist has an empty chain.
     */
    Map<UnitId, List<UnitView>> unitsWithParents(Collection<UnitId> units);

    /** All units, for pickers and filters, by code. */
    List<UnitView> units();

    Optional<PositionView> positionByCode(String code);

    /** Every scope ever assigned for the position, ended ones included, in assignment order. */
    List<ScopeView> scopesOf(PositionId position);

    /** {@link #scopesOf} for several positions with one query; a position without any scope is missing. */
    Map<PositionId, List<ScopeView>> scopesOf(Collection<PositionId> positions);

    Optional<CadreView> cadre(CadreId cadre);

    Optional<CadreView> cadreByCode(String code);

    /** The cadres with these ids, read with one query (for lists of records that name their people). */
    List<CadreView> cadres(java.util.Collection<CadreId> ids);

    /** The cadre's appointments in force on the date, oldest first; concurrent posts included. */
    List<AppointmentView> appointmentsInForce(CadreId cadre, LocalDate date);

    /** All the cadre's appointments, oldest first. */
    List<AppointmentView> appointmentHistory(CadreId cadre);

    /** Every cadre with every position they hold on the date, by unit code, rank (heads first) and cadre code. */
    List<CadreWithPosition> cadresWithPositions(LocalDate date);

    /** For each position the cadre holds on the date: who evaluates and who decides (seed 002 §2.2). */
    List<CadreScope> authoritiesFor(CadreId cadre, LocalDate date);

    /** The same for many cadres with one query; cadres without a post on the date are missing from the map. */
    Map<CadreId, List<CadreScope>> authoritiesFor(Collection<CadreId> cadres, LocalDate date);

    /** The posts the cadres hold on the date, with one query, in the order of {@link #cadresWithPositions}. */
    List<CadreWithPosition> cadresWithPositions(Collection<CadreId> cadres, LocalDate date);

    /** Everyone holding a post in one of the units on the date, with one query, in the same order. */
    List<CadreWithPosition> cadresWithPositionsIn(Collection<UnitId> units, LocalDate date);

    /** The cadres (with the position that brings them in) the unit evaluates or helps evaluate on the date. */
    List<CadreWithPosition> cadresEvaluatedBy(UnitId authority, LocalDate date);

    /** The cadres (with the position that brings them in) the unit decides or helps decide on the date. */
    List<CadreWithPosition> cadresDecidedBy(UnitId authority, LocalDate date);

    /** {@link #cadresDecidedBy} for several authorities with one query; an authority deciding for nobody is missing. */
    Map<UnitId, List<CadreWithPosition>> cadresDecidedBy(Collection<UnitId> authorities, LocalDate date);

    /**
     * The units holding the personnel office (cơ quan tham mưu về tổ chức cán bộ) that serves the unit, directly or
     * through a unit above it.
     */
    List<UnitId> officesServing(UnitId unit);

    /** {@link #officesServing} for several units, with one read of the units and one of the offices. */
    Map<UnitId, List<UnitId>> officesServing(Collection<UnitId> units);

    /** The special cases of seed 002 §7 for the cadre in the quarter, rated on {@code ratingDate}. */
    List<SpecialCase> specialCases(CadreId cadre, int year, int quarter, LocalDate ratingDate);

    /** The same for many cadres with one query for their appointment histories (and one for the units). */
    Map<CadreId, List<SpecialCase>> specialCases(Collection<CadreId> cadres, int year, int quarter,
                                                 LocalDate ratingDate);
}
