package vn.danhgia.organization.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.organization.AppointmentFact;
import vn.danhgia.organization.AppointmentView;
import vn.danhgia.organization.Authority;
import vn.danhgia.organization.AuthorityUnit;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.CadreScope;
import vn.danhgia.organization.CadreView;
import vn.danhgia.organization.CadreWithPosition;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.PositionId;
import vn.danhgia.organization.PositionView;
import vn.danhgia.organization.ScopeRole;
import vn.danhgia.organization.ScopeView;
import vn.danhgia.organization.SpecialCase;
import vn.danhgia.organization.SpecialCases;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitView;

@Service
@Transactional(readOnly = true)
class JpaOrganizationQueries implements OrganizationQueries {

    // By unit, rank and cadre, then position: a cadre's two posts of one rank in one unit keep one order, whatever
    // the plan of the query that read them.
    private static final Comparator<CadrePositionRow> BY_UNIT_RANK_CADRE = Comparator
            .comparing(CadrePositionRow::unitCode)
            .thenComparing(CadrePositionRow::rank)
            .thenComparing(CadrePositionRow::cadreCode)
            .thenComparing(CadrePositionRow::positionId);

    private final UnitRepository units;
    private final PositionRepository positions;
    private final CadreRepository cadres;
    private final AppointmentRepository appointments;
    private final ManagementScopeRepository scopes;
    private final JdbcClient jdbc;

    JpaOrganizationQueries(UnitRepository units, PositionRepository positions, CadreRepository cadres,
                           AppointmentRepository appointments, ManagementScopeRepository scopes, JdbcClient jdbc) {
        this.units = units;
        this.positions = positions;
        this.cadres = cadres;
        this.appointments = appointments;
        this.scopes = scopes;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<UnitView> unitByCode(String code) {
        return units.findByCode(code).map(Unit::view);
    }

    @Override
    public Optional<UnitView> unit(UnitId unit) {
        return units.findById(unit.value()).map(Unit::view);
    }

    @Override
    public List<UnitView> unitWithParents(UnitId unit) {
        List<UnitView> chain = new ArrayList<>();
        Unit current = units.findById(unit.value()).orElse(null);
        while (current != null) {
            chain.add(current.view());
            current = current.getParent();
        }
        return chain;
    }

    @Override
    public Map<UnitId, List<UnitView>> unitsWithParents(Collection<UnitId> wanted) {
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Map<UnitId, UnitView> byId = new HashMap<>();
        units.findAll().forEach(unit -> byId.put(new UnitId(unit.getId()), unit.view()));
        Map<UnitId, List<UnitView>> chains = new HashMap<>();
        for (UnitId unit : wanted) {
            List<UnitView> chain = new ArrayList<>();
            for (UnitView current = byId.get(unit); current != null && chain.size() <= byId.size();
                    current = current.parent() == null ? null : byId.get(current.parent())) {
                chain.add(current);
            }
            chains.put(unit, chain);
        }
        return chains;
    }

    @Override
    public List<ScopeView> scopesOf(PositionId position) {
        return scopes.findByPositionIdOrderById(position.value()).stream().map(ManagementScope::view).toList();
    }

    @Override
    public Map<PositionId, List<ScopeView>> scopesOf(Collection<PositionId> positions) {
        if (positions.isEmpty()) {
            return Map.of();
        }
        Map<PositionId, List<ScopeView>> byPosition = new HashMap<>();
        scopes.findByPositionIdInOrderById(positions.stream().map(PositionId::value).distinct().toList()).stream()
                .map(ManagementScope::view)
                .forEach(scope -> byPosition.computeIfAbsent(scope.position(), id -> new ArrayList<>()).add(scope));
        return byPosition;
    }

    @Override
    public List<UnitView> units() {
        return units.findAll().stream().map(Unit::view).sorted(Comparator.comparing(UnitView::code)).toList();
    }

    @Override
    public Optional<PositionView> positionByCode(String code) {
        return positions.findByCode(code).map(Position::view);
    }

    @Override
    public Optional<CadreView> cadre(CadreId cadre) {
        return cadres.findById(cadre.value()).map(Cadre::view);
    }

    @Override
    public List<CadreView> cadres(java.util.Collection<CadreId> ids) {
        return ids.isEmpty() ? List.of()
                : cadres.findAllById(ids.stream().map(CadreId::value).toList()).stream().map(Cadre::view).toList();
    }

    @Override
    public Optional<CadreView> cadreByCode(String code) {
        return cadres.findByCode(code).map(Cadre::view);
    }

    @Override
    public List<AppointmentView> appointmentsInForce(CadreId cadre, LocalDate date) {
        return appointments.inForce(cadre.value(), date).stream().map(Appointment::view).toList();
    }

    @Override
    public List<AppointmentView> appointmentHistory(CadreId cadre) {
        return appointments.history(cadre.value()).stream().map(Appointment::view).toList();
    }

    @Override
    public List<CadreWithPosition> cadresWithPositions(LocalDate date) {
        return sorted(appointments.allInForce(date));
    }

    @Override
    public List<CadreScope> authoritiesFor(CadreId cadre, LocalDate date) {
        Map<Long, List<ScopeRow>> byPosition = new LinkedHashMap<>();
        for (ScopeRow row : scopes.scopesOfCadre(cadre.value(), date)) {
            byPosition.computeIfAbsent(row.positionId(), id -> new ArrayList<>()).add(row);
        }
        return byPosition.values().stream().map(JpaOrganizationQueries::cadreScope).toList();
    }

    @Override
    public Map<CadreId, List<CadreScope>> authoritiesFor(Collection<CadreId> cadres, LocalDate date) {
        if (cadres.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<Long, List<ScopeRow>>> byCadre = new HashMap<>();
        for (ScopeRow row : scopes.scopesOfCadres(ids(cadres), date)) {
            byCadre.computeIfAbsent(row.cadreId(), id -> new LinkedHashMap<>())
                    .computeIfAbsent(row.positionId(), id -> new ArrayList<>()).add(row);
        }
        Map<CadreId, List<CadreScope>> result = new HashMap<>();
        byCadre.forEach((cadre, byPosition) -> result.put(new CadreId(cadre),
                byPosition.values().stream().map(JpaOrganizationQueries::cadreScope).toList()));
        return result;
    }

    @Override
    public List<CadreWithPosition> cadresWithPositions(Collection<CadreId> cadres, LocalDate date) {
        return cadres.isEmpty() ? List.of() : sorted(appointments.inForceOf(ids(cadres), date));
    }

    @Override
    public List<CadreWithPosition> cadresWithPositionsIn(Collection<UnitId> units, LocalDate date) {
        return units.isEmpty() ? List.of()
                : sorted(appointments.inForceIn(units.stream().map(UnitId::value).distinct().toList(), date));
    }

    private static List<Long> ids(Collection<CadreId> cadres) {
        return cadres.stream().map(CadreId::value).distinct().toList();
    }

    private static CadreScope cadreScope(List<ScopeRow> rows) {
        ScopeRow first = rows.get(0);
        return new CadreScope(new PositionId(first.positionId()), first.positionTitle(), first.unitName(),
                authority(rows, ScopeRole.EVALUATES), authority(rows, ScopeRole.DECIDES));
    }

    private static Authority authority(List<ScopeRow> rows, ScopeRole role) {
        List<ScopeRow> ofRole = rows.stream().filter(row -> row.role() == role).toList();
        if (ofRole.isEmpty()) {
            return Authority.NONE;
        }
        List<AuthorityUnit> members = ofRole.stream()
                .map(row -> new AuthorityUnit(new UnitId(row.authorityId()), row.authorityCode(), row.authorityName(),
                        row.authorityKind()))
                .distinct()
                .toList();
        return new Authority(members, ofRole.get(0).basis());
    }

    @Override
    public List<CadreWithPosition> cadresEvaluatedBy(UnitId authority, LocalDate date) {
        return sorted(scopes.cadresInScope(authority.value(), ScopeRole.EVALUATES, date));
    }

    @Override
    public List<CadreWithPosition> cadresDecidedBy(UnitId authority, LocalDate date) {
        return sorted(scopes.cadresInScope(authority.value(), ScopeRole.DECIDES, date));
    }

    @Override
    public Map<UnitId, List<CadreWithPosition>> cadresDecidedBy(Collection<UnitId> authorities, LocalDate date) {
        if (authorities.isEmpty()) {
            return Map.of();
        }
        Map<UnitId, List<CadrePositionRow>> rows = new HashMap<>();
        scopes.cadresInScopes(authorities.stream().map(UnitId::value).distinct().toList(), ScopeRole.DECIDES, date)
                .forEach(row -> rows.computeIfAbsent(new UnitId(row.authorityId()), id -> new ArrayList<>())
                        .add(row.row()));
        Map<UnitId, List<CadreWithPosition>> result = new HashMap<>();
        rows.forEach((authority, found) -> result.put(authority, sorted(found)));
        return result;
    }

    @Override
    public List<UnitId> officesServing(UnitId unit) {
        List<Long> chain = unitWithParents(unit).stream().map(found -> found.id().value()).toList();
        if (chain.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select distinct office_unit_id from org_served_unit where served_unit_id in (:chain)"
                        + " order by office_unit_id")
                .param("chain", chain).query(Long.class).list().stream().map(UnitId::new).toList();
    }

    @Override
    public Map<UnitId, List<UnitId>> officesServing(Collection<UnitId> served) {
        if (served.isEmpty()) {
            return Map.of();
        }
        Map<UnitId, List<Long>> chains = new HashMap<>();
        unitsWithParents(served).forEach((unit, chain) -> chains.put(unit,
                chain.stream().map(link -> link.id().value()).toList()));
        List<Long> everyUnit = chains.values().stream().flatMap(List::stream).distinct().toList();
        Map<Long, List<Long>> officesByServedUnit = new HashMap<>();
        if (!everyUnit.isEmpty()) {
            jdbc.sql("select office_unit_id, served_unit_id from org_served_unit where served_unit_id in (:units)")
                    .param("units", everyUnit)
                    .query((RowCallbackHandler) rs -> {
                        officesByServedUnit.computeIfAbsent(rs.getLong(2), id -> new ArrayList<>()).add(rs.getLong(1));
                    });
        }
        Map<UnitId, List<UnitId>> offices = new HashMap<>();
        chains.forEach((unit, chain) -> offices.put(unit, chain.stream()
                .flatMap(link -> officesByServedUnit.getOrDefault(link, List.of()).stream())
                .distinct().sorted().map(UnitId::new).toList()));
        return offices;
    }

    @Override
    public List<SpecialCase> specialCases(CadreId cadre, int year, int quarter, LocalDate ratingDate) {
        return SpecialCases.in(year, quarter, ratingDate,
                appointments.history(cadre.value()).stream().map(Appointment::fact).toList());
    }

    @Override
    public Map<CadreId, List<SpecialCase>> specialCases(Collection<CadreId> cadres, int year, int quarter,
                                                        LocalDate ratingDate) {
        if (cadres.isEmpty()) {
            return Map.of();
        }
        // The units in the persistence context first, so that finding each post's organisation walks up the tree
        // without a query per unit.
        units.findAll();
        Map<CadreId, List<AppointmentFact>> histories = new HashMap<>();
        appointments.histories(ids(cadres)).forEach(appointment -> histories
                .computeIfAbsent(new CadreId(appointment.getCadre().getId()), id -> new ArrayList<>())
                .add(appointment.fact()));
        Map<CadreId, List<SpecialCase>> result = new HashMap<>();
        histories.forEach((cadre, history) -> result.put(cadre, SpecialCases.in(year, quarter, ratingDate, history)));
        return result;
    }

    private static List<CadreWithPosition> sorted(List<CadrePositionRow> rows) {
        return rows.stream().sorted(BY_UNIT_RANK_CADRE).map(CadrePositionRow::view).toList();
    }
}
