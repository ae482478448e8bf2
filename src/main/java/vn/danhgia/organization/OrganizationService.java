package vn.danhgia.organization;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
            throw new OrganizationRefusal("organization.refusal.duplicate-code", unit.code()).at("code");
        }
        Unit parent = unit.parent() == null ? null : unitOf(unit.parent());
        return new UnitId(units.save(new Unit(unit.code(), unit.name(), unit.kind(), parent)).getId());
    }

    /**
     * Changes a unit as of the version the change was based on. The code stays unique and the tree stays a tree: a
     * unit cannot sit below itself or one of its own units.
     */
    public void changeUnit(UnitId id, long version, NewUnit changed) {
        Unit unit = unitOf(id);
        checkVersion(Unit.class, id.value(), unit.lockVersion(), version);
        if (!unit.getCode().equals(changed.code()) && units.existsByCode(changed.code())) {
            throw new OrganizationRefusal("organization.refusal.duplicate-code", changed.code()).at("code");
        }
        Unit parent = changed.parent() == null ? null : unitOf(changed.parent());
        if (parent != null && unit.isAtOrAbove(parent)) {
            throw new OrganizationRefusal("organization.refusal.unit-cycle", parent.getName(), unit.getName())
                    .at("parent");
        }
        unit.change(changed.code(), changed.name(), changed.kind(), parent);
    }

    public PositionId createPosition(NewPosition position) {
        if (positions.existsByCode(position.code())) {
            throw new OrganizationRefusal("organization.refusal.duplicate-code", position.code()).at("code");
        }
        return new PositionId(positions.save(new Position(position.code(), position.title(), position.rank(),
                position.track(), unitOf(position.unit()), position.leader())).getId());
    }

    /** Changes a position as of the version the change was based on; the code stays unique. */
    public void changePosition(PositionId id, long version, NewPosition changed) {
        Position position = positionOf(id);
        checkVersion(Position.class, id.value(), position.lockVersion(), version);
        if (!position.view().code().equals(changed.code()) && positions.existsByCode(changed.code())) {
            throw new OrganizationRefusal("organization.refusal.duplicate-code", changed.code()).at("code");
        }
        position.change(changed.code(), changed.title(), changed.rank(), changed.track(), unitOf(changed.unit()),
                changed.leader());
    }

    public CadreId registerCadre(NewCadre cadre) {
        if (cadres.existsByCode(cadre.code())) {
            throw new OrganizationRefusal("organization.refusal.duplicate-code", cadre.code());
        }
        return new CadreId(cadres.save(new Cadre(cadre.code(), cadre.fullName(), cadre.birthDate(),
                cadre.partyMember(), cadre.employmentKind())).getId());
    }

    /**
     * Appoints from {@code start} on, open-ended. A head position has one holder at a time, and a cadre holds one main
     * post at a time: a further post on the same days is held concurrently (kiêm nhiệm).
     */
    public AppointmentId appoint(CadreId cadre, PositionId position, LocalDate start, AppointmentKind kind) {
        Position held = positionOf(position);
        if (held.getRank() == PositionRank.HEAD && appointments.holdersOf(held.getId()).stream()
                .anyMatch(holder -> holder.overlaps(start, null))) {
            throw new OrganizationRefusal("organization.refusal.head-already-held", held.getTitle(), start)
                    .at("position");
        }
        Cadre appointed = cadres.findById(cadre.value())
                .orElseThrow(() -> new OrganizationRefusal("organization.refusal.not-found", cadre));
        if (kind != AppointmentKind.CONCURRENT) {
            appointments.history(appointed.getId()).stream()
                    .filter(other -> other.isMain() && other.overlaps(start, null))
                    .findFirst()
                    .ifPresent(other -> {
                        throw new OrganizationRefusal("organization.refusal.main-post-overlaps",
                                other.getPosition().getTitle(), other.getStart()).at("start");
                    });
        }
        return new AppointmentId(appointments.save(new Appointment(appointed, held, start, kind)).getId());
    }

    /**
     * Moves the cadre from the post of {@code current} to {@code position} on {@code start}: the current appointment
     * ends the day before and the new one starts, both or neither. A promotion or transfer during a quarter is what
     * seed 002 §7 a) and b) treat as a special case; {@link SpecialCases} finds it in the history written here.
     */
    public AppointmentId changePost(AppointmentId current, long version, PositionId position, LocalDate start,
                                    AppointmentKind kind) {
        if (kind == AppointmentKind.FIRST_APPOINTMENT || kind == AppointmentKind.CONCURRENT) {
            throw new OrganizationRefusal("organization.refusal.not-a-change-of-post").at("kind");
        }
        Appointment held = appointmentOf(current);
        checkVersion(Appointment.class, current.value(), held.lockVersion(), version);
        if (!start.isAfter(held.getStart())) {
            throw new OrganizationRefusal("organization.refusal.change-before-start", start, held.getStart())
                    .at("start");
        }
        held.end(start.minusDays(1));
        return appoint(new CadreId(held.getCadre().getId()), position, start, kind);
    }

    /** Ends an appointment; {@code lastDay} is the last day the position is held. */
    public void endAppointment(AppointmentId appointment, LocalDate lastDay) {
        appointmentOf(appointment).end(lastDay);
    }

    /** Ends an appointment as of the version the change was based on. */
    public void endAppointment(AppointmentId appointment, long version, LocalDate lastDay) {
        Appointment held = appointmentOf(appointment);
        checkVersion(Appointment.class, appointment.value(), held.lockVersion(), version);
        held.end(lastDay);
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
        scopeOf(scope).end(lastDay);
    }

    /** Ends a scope as of the version the change was based on. */
    public void endScope(ManagementScopeId scope, long version, LocalDate lastDay) {
        ManagementScope assigned = scopeOf(scope);
        checkVersion(ManagementScope.class, scope.value(), assigned.lockVersion(), version);
        assigned.end(lastDay);
    }

    /** Records that the personnel office in {@code office} serves the unit and the units below it. */
    public void serveUnit(UnitId office, UnitId served) {
        unitOf(office);
        unitOf(served);
        jdbc.sql("insert into org_served_unit (office_unit_id, served_unit_id) values (:office, :served)")
                .param("office", office.value()).param("served", served.value()).update();
    }

    // A form may be older than this transaction; @Version only guards the time in between.
    private static void checkVersion(Class<?> type, long id, long stored, long expected) {
        if (stored != expected) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
    }

    private Appointment appointmentOf(AppointmentId appointment) {
        return appointments.findById(appointment.value())
                .orElseThrow(() -> new OrganizationRefusal("organization.refusal.not-found", appointment));
    }

    private ManagementScope scopeOf(ManagementScopeId scope) {
        return scopes.findById(scope.value())
                .orElseThrow(() -> new OrganizationRefusal("organization.refusal.not-found", scope));
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
