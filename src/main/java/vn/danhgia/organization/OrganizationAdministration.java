package vn.danhgia.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.organization.internal.Appointment;
import vn.danhgia.organization.internal.AppointmentRepository;
import vn.danhgia.organization.internal.ManagementScope;
import vn.danhgia.organization.internal.ManagementScopeRepository;
import vn.danhgia.organization.internal.Position;
import vn.danhgia.organization.internal.PositionRepository;
import vn.danhgia.organization.internal.Unit;
import vn.danhgia.organization.internal.UnitRepository;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.AuditRecord;
import vn.danhgia.platform.AuditTrail;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.Role;

/**
 * The administrators' changes to the organisation (quản trị tổ chức bộ máy) outside imports: units, positions,
 * appointments with transfers and promotions, and management scopes. Administrators only, like the account pages.
 * The rules live in {@link OrganizationService}, which the imports call too; this class adds the access check, the
 * checks of the form's own values and the audit trail, each entry with the record before and after.
 */
@Service
@Transactional
public class OrganizationAdministration {

    public static final String UNIT = "ORG_UNIT";
    public static final String POSITION = "ORG_POSITION";
    public static final String APPOINTMENT = "ORG_APPOINTMENT";
    public static final String SCOPE = "ORG_SCOPE";
    // The columns' lengths (V2__organization_units_positions_cadres.sql), so a long value is refused, not cut.
    private static final int UNIT_CODE_LENGTH = 60;
    private static final int POSITION_CODE_LENGTH = 80;
    private static final int NAME_LENGTH = 255;
    private static final int BASIS_LENGTH = 500;

    private final OrganizationService service;
    private final UnitRepository units;
    private final PositionRepository positions;
    private final AppointmentRepository appointments;
    private final ManagementScopeRepository scopes;
    private final AuditTrail audit;
    private final CurrentActor currentActor;

    OrganizationAdministration(OrganizationService service, UnitRepository units, PositionRepository positions,
                               AppointmentRepository appointments, ManagementScopeRepository scopes,
                               AuditTrail audit, CurrentActor currentActor) {
        this.service = service;
        this.units = units;
        this.positions = positions;
        this.appointments = appointments;
        this.scopes = scopes;
        this.audit = audit;
        this.currentActor = currentActor;
    }

    /** Refuses anyone but an administrator; the pages call it before drawing an empty form. */
    public void checkMayAdminister() {
        if (!currentActor.get().has(Role.ADMIN)) {
            throw new AccessRefusedException("organization.admin.refused");
        }
    }

    @Transactional(readOnly = true)
    public List<Versioned<UnitView>> units() {
        checkMayAdminister();
        return units.findAll().stream().sorted(Comparator.comparing(Unit::getCode))
                .map(unit -> new Versioned<>(unit.view(), unit.lockVersion())).toList();
    }

    @Transactional(readOnly = true)
    public Versioned<UnitView> unit(UnitId id) {
        checkMayAdminister();
        Unit unit = units.findById(id.value()).orElseThrow(() -> new RecordNotFoundException(UNIT, id.value()));
        return new Versioned<>(unit.view(), unit.lockVersion());
    }

    public UnitId createUnit(NewUnit unit) {
        checkMayAdminister();
        checkUnit(unit);
        UnitId created = service.createUnit(unit);
        audit.record(new AuditRecord("UNIT_CREATED", UNIT, created.value(), null, null, unitState(created)));
        return created;
    }

    public void changeUnit(UnitId id, long version, NewUnit changed) {
        checkMayAdminister();
        checkUnit(changed);
        UnitView before = unitState(id);
        service.changeUnit(id, version, changed);
        units.flush();
        audit.record(new AuditRecord("UNIT_CHANGED", UNIT, id.value(), null, before, unitState(id)));
    }

    @Transactional(readOnly = true)
    public List<Versioned<PositionView>> positions() {
        checkMayAdminister();
        return positions.findAll().stream().map(position -> new Versioned<>(position.view(), position.lockVersion()))
                .sorted(Comparator.comparing((Versioned<PositionView> position) -> position.value().unitName())
                        .thenComparing(position -> position.value().code()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Versioned<PositionView> position(PositionId id) {
        checkMayAdminister();
        Position position = positions.findById(id.value())
                .orElseThrow(() -> new RecordNotFoundException(POSITION, id.value()));
        return new Versioned<>(position.view(), position.lockVersion());
    }

    public PositionId createPosition(NewPosition position) {
        checkMayAdminister();
        checkPosition(position);
        PositionId created = service.createPosition(position);
        audit.record(new AuditRecord("POSITION_CREATED", POSITION, created.value(), null, null,
                positionState(created)));
        return created;
    }

    public void changePosition(PositionId id, long version, NewPosition changed) {
        checkMayAdminister();
        checkPosition(changed);
        PositionView before = positionState(id);
        service.changePosition(id, version, changed);
        positions.flush();
        audit.record(new AuditRecord("POSITION_CHANGED", POSITION, id.value(), null, before, positionState(id)));
    }

    /** The cadre's appointments, oldest first, each with its version. */
    @Transactional(readOnly = true)
    public List<Versioned<AppointmentView>> appointments(CadreId cadre) {
        checkMayAdminister();
        return appointments.history(cadre.value()).stream()
                .map(appointment -> new Versioned<>(appointment.view(), appointment.lockVersion())).toList();
    }

    @Transactional(readOnly = true)
    public Versioned<AppointmentView> appointment(AppointmentId id) {
        checkMayAdminister();
        Appointment appointment = appointments.findById(id.value())
                .orElseThrow(() -> new RecordNotFoundException(APPOINTMENT, id.value()));
        return new Versioned<>(appointment.view(), appointment.lockVersion());
    }

    public AppointmentId appoint(CadreId cadre, PositionId position, LocalDate start, AppointmentKind kind) {
        checkMayAdminister();
        new Required().value("position", position).value("start", start).value("kind", kind).check();
        AppointmentId created = service.appoint(cadre, position, start, kind);
        audit.record(new AuditRecord("CADRE_APPOINTED", APPOINTMENT, created.value(), cadre.value(), null,
                appointmentState(created)));
        return created;
    }

    public void endAppointment(AppointmentId appointment, long version, LocalDate lastDay) {
        checkMayAdminister();
        new Required().value("end", lastDay).check();
        AppointmentView before = appointmentState(appointment);
        service.endAppointment(appointment, version, lastDay);
        appointments.flush();
        audit.record(new AuditRecord("APPOINTMENT_ENDED", APPOINTMENT, appointment.value(),
                before.cadre().value(), before, appointmentState(appointment)));
    }

    /**
     * A transfer (điều động), promotion (bổ nhiệm chức vụ cao hơn) or restructuring: the current post ends the day
     * before {@code start} and the new one starts, in one transaction. Two entries: the old post ended, the new held.
     */
    public AppointmentId changePost(AppointmentId current, long version, PositionId position, LocalDate start,
                                    AppointmentKind kind) {
        checkMayAdminister();
        new Required().value("position", position).value("start", start).value("kind", kind).check();
        AppointmentView before = appointmentState(current);
        AppointmentId created = service.changePost(current, version, position, start, kind);
        appointments.flush();
        long cadre = before.cadre().value();
        audit.record(new AuditRecord("APPOINTMENT_ENDED", APPOINTMENT, current.value(), cadre, before,
                appointmentState(current)));
        audit.record(new AuditRecord("POST_CHANGED", APPOINTMENT, created.value(), cadre, before,
                appointmentState(created)));
        return created;
    }

    /** Every scope assigned for the position, ended ones included, each with its version. */
    @Transactional(readOnly = true)
    public List<Versioned<ScopeView>> scopes(PositionId position) {
        checkMayAdminister();
        return scopes.findByPositionIdOrderById(position.value()).stream()
                .map(scope -> new Versioned<>(scope.view(), scope.lockVersion())).toList();
    }

    @Transactional(readOnly = true)
    public Versioned<ScopeView> scope(ManagementScopeId id) {
        checkMayAdminister();
        ManagementScope scope = scopes.findById(id.value())
                .orElseThrow(() -> new RecordNotFoundException(SCOPE, id.value()));
        return new Versioned<>(scope.view(), scope.lockVersion());
    }

    public List<ManagementScopeId> assignScope(PositionId position, ScopeRole role, List<UnitId> authority,
                                               LocalDate validFrom, String basis) {
        checkMayAdminister();
        new Required().value("role", role).value("validFrom", validFrom).text("basis", basis, BASIS_LENGTH)
                .value("authority", authority.isEmpty() ? null : authority).check();
        List<ManagementScopeId> assigned = service.assignScope(position, role, authority, validFrom, basis);
        scopes.flush();
        for (ManagementScopeId scope : assigned) {
            audit.record(new AuditRecord("SCOPE_ASSIGNED", SCOPE, scope.value(), null, null, scopeState(scope)));
        }
        return assigned;
    }

    public void endScope(ManagementScopeId scope, long version, LocalDate lastDay) {
        checkMayAdminister();
        new Required().value("end", lastDay).check();
        ScopeView before = scopeState(scope);
        service.endScope(scope, version, lastDay);
        scopes.flush();
        audit.record(new AuditRecord("SCOPE_ENDED", SCOPE, scope.value(), null, before, scopeState(scope)));
    }

    private static void checkUnit(NewUnit unit) {
        new Required().text("code", unit.code(), UNIT_CODE_LENGTH).text("name", unit.name(), NAME_LENGTH)
                .value("kind", unit.kind()).check();
    }

    private static void checkPosition(NewPosition position) {
        new Required().text("code", position.code(), POSITION_CODE_LENGTH)
                .text("title", position.title(), NAME_LENGTH).value("rank", position.rank())
                .value("track", position.track()).value("unit", position.unit()).check();
    }

    private UnitView unitState(UnitId id) {
        return units.findById(id.value()).map(Unit::view)
                .orElseThrow(() -> new RecordNotFoundException(UNIT, id.value()));
    }

    private PositionView positionState(PositionId id) {
        return positions.findById(id.value()).map(Position::view)
                .orElseThrow(() -> new RecordNotFoundException(POSITION, id.value()));
    }

    private AppointmentView appointmentState(AppointmentId id) {
        return appointments.findById(id.value()).map(Appointment::view)
                .orElseThrow(() -> new RecordNotFoundException(APPOINTMENT, id.value()));
    }

    private ScopeView scopeState(ManagementScopeId id) {
        return scopes.findById(id.value()).map(ManagementScope::view)
                .orElseThrow(() -> new RecordNotFoundException(SCOPE, id.value()));
    }

    /** The values a form must hold before the organisation's rules are asked; all missing ones at once. */
    private static final class Required {

        private final List<FieldViolation> violations = new ArrayList<>();

        Required value(String field, Object value) {
            if (value == null) {
                violations.add(FieldViolation.of(field, "organization.admin.required"));
            }
            return this;
        }

        Required text(String field, String value, int maxLength) {
            if (value == null || value.isBlank()) {
                violations.add(FieldViolation.of(field, "organization.admin.required"));
            } else if (value.length() > maxLength) {
                violations.add(FieldViolation.of(field, "organization.admin.too-long", maxLength));
            }
            return this;
        }

        void check() {
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
        }
    }
}
