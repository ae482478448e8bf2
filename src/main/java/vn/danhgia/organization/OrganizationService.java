package vn.danhgia.organization;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.organization.internal.Appointment;
import vn.danhgia.organization.internal.AppointmentRepository;
import vn.danhgia.organization.internal.Cadre;
import vn.danhgia.organization.internal.CadreRepository;
import vn.danhgia.organization.internal.ManagementScope;
import vn.danhgia.organization.internal.ManagementScopeRepository;
import vn.danhgia.organization.internal.Position;
import vn.danhgia.organization.internal.PositionRepository;
import vn.danhgia.organization.internal.Unit;
import vn.danhgia.organization.internal.UnitRepository;

/** Changes to the organisation: set up units and positions, register cadres, appoint them, assign scopes. */
@Service
@Transactional
public class OrganizationService {

    private final UnitRepository units;
    private final PositionRepository positions;
    private final CadreRepository cadres;
    private final AppointmentRepository appointments;
    private final ManagementScopeRepository scopes;
    private final JdbcClient jdbc;

    OrganizationService(UnitRepository units, PositionRepository positions, CadreRepository cadres,
                        AppointmentRepository appointments, ManagementScopeRepository scopes, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.units = units;
        this.positions = positions;
        this.cadres = cadres;
        this.appointments = appointments;
        this.scopes = scopes;
    }

    public UnitId createUnit(NewUnit unit) {
        if (units.existsByCode(unit.code())) {
            throw new OrganizationRefusal("organization.refusal.duplicate-code", unit.code());
        }
        Unit parent = unit.parent() == null ? null : unitOf(unit.parent());
        return new UnitId(units.save(new Unit(unit.code(), unit.name(), unit.kind(), parent)).getId());
    }

    public PositionId createPosition(NewPosition position) {
        if (positions.existsByCode(position.code())) {
            throw new OrganizationRefusal("organization.refusal.duplicate-code", position.code());
        }
        return new PositionId(positions.save(new Position(position.code(), position.title(), position.rank(),
                position.track(), unitOf(position.unit()), position.leader())).getId());
    }

    public CadreId registerCadre(NewCadre cadre) {
        if (cadres.existsByCode(cadre.code())) {
            throw new OrganizationRefusal("organization.refusal.duplicate-code", cadre.code());
        }
        return new CadreId(cadres.save(new Cadre(cadre.code(), cadre.fullName(), cadre.birthDate(),
                cadre.partyMember(), cadre.employmentKind())).getId());
    }

    /** Appoints from {@code start} on, open-ended. A head position has one holder at a time. */
    public AppointmentId appoint(CadreId cadre, PositionId position, LocalDate start, AppointmentKind kind) {
        Position held = positionOf(position);
        if (held.getRank() == PositionRank.HEAD && appointments.holdersOf(held.getId()).stream()
                .anyMatch(holder -> holder.overlaps(start, null))) {
            throw new OrganizationRefusal("organization.refusal.head-already-held", held.getTitle(), start);
        }
        Cadre appointed = cadres.findById(cadre.value())
                .orElseThrow(() -> new OrganizationRefusal("organization.refusal.not-found", cadre));
        return new AppointmentId(appointments.save(new Appointment(appointed, held, start, kind)).getId());
    }

    /** Ends an appointment; {@code lastDay} is the last day the position is held. */
    public void endAppointment(AppointmentId appointment, LocalDate lastDay) {
        appointments.findById(appointment.value())
                .orElseThrow(() -> new OrganizationRefusal("organization.refusal.not-found", appointment))
                .end(lastDay);
    }

    /**
     * Gives the authority (one unit, or several acting jointly) the role for the position from {@code validFrom} on.
     *
     * @param basis the document that sets the scope, e.g. "Kế hoạch … của Ban Thường vụ Đảng ủy Văn phòng, mục III.1.1"
     */
    public List<ManagementScopeId> assignScope(PositionId position, ScopeRole role, List<UnitId> authority,
                                               LocalDate validFrom, String basis) {
        if (authority.isEmpty()) {
            throw new OrganizationRefusal("organization.refusal.authority-empty", position);
        }
        Position scoped = positionOf(position);
        return authority.stream()
                .map(unit -> scopes.save(new ManagementScope(scoped, role, unitOf(unit), validFrom, basis)))
                .map(scope -> new ManagementScopeId(scope.getId()))
                .toList();
    }

    /** Ends a scope; {@code lastDay} is the last day the authority holds it. */
    public void endScope(ManagementScopeId scope, LocalDate lastDay) {
        scopes.findById(scope.value())
                .orElseThrow(() -> new OrganizationRefusal("organization.refusal.not-found", scope))
                .end(lastDay);
    }

    /** Records that the personnel office in {@code office} serves the unit and the units below it. */
    public void serveUnit(UnitId office, UnitId served) {
        unitOf(office);
        unitOf(served);
        jdbc.sql("insert into org_served_unit (office_unit_id, served_unit_id) values (:office, :served)")
                .param("office", office.value()).param("served", served.value()).update();
    }

    private Unit unitOf(UnitId unit) {
        return units.findById(unit.value())
                .orElseThrow(() -> new OrganizationRefusal("organization.refusal.not-found", unit));
    }

    private Position positionOf(PositionId position) {
        return positions.findById(position.value())
                .orElseThrow(() -> new OrganizationRefusal("organization.refusal.not-found", position));
    }
}
