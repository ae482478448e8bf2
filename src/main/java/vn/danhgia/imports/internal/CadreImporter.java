package vn.danhgia.imports.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.danhgia.imports.ImportAction;
import vn.danhgia.imports.ImportKind;
import vn.danhgia.organization.AccessScope;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.AppointmentKind;
import vn.danhgia.organization.AppointmentView;
import vn.danhgia.organization.CadreView;
import vn.danhgia.organization.EmploymentKind;
import vn.danhgia.organization.NewCadre;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.OrganizationService;
import vn.danhgia.organization.PositionView;
import vn.danhgia.organization.UnitId;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;

/**
 * Cadres (cán bộ) with their appointments (bổ nhiệm): one row per post a cadre holds, the person's columns repeated
 * the same on each, or one row without a post. Administrators import any; a personnel officer only rows whose post
 * lies in a unit their office serves (seed 000 §III.1; {@link vn.danhgia.organization.AccessScope#served()}).
 * Only creates: cadres and appointments already stored as the row has them are left alone; a stored cadre that
 * differs is a problem. A head position held by someone else on the start day is refused by the organisation
 * service itself, in the dry run already.
 */
@Component
class CadreImporter implements Importer {

    private final OrganizationQueries organization;
    private final OrganizationService service;
    private final AccessScopes accessScopes;
    private final VietnameseMessages vietnamese;
    private final Clock clock;
    private final Column code = Column.required("imports.cadre.code", 40, "code");
    private final Column fullName = Column.required("imports.cadre.fullName", 255, "fullName");
    private final Column birthDate = Column.required("imports.cadre.birthDate", 20, "birthDate");
    private final Column partyMember = Column.required("imports.cadre.partyMember", 10, "partyMember");
    private final Column employment;
    private final Column position = Column.optional("imports.cadre.position", 80, "position");
    private final Column start = Column.optional("imports.cadre.start", 20, "start");
    private final Column appointmentKind;
    private final Choices<EmploymentKind> employments;
    private final Choices<AppointmentKind> appointmentKinds;

    /** A cadre's own columns, which every row of the cadre repeats. */
    private record Person(String fullName, LocalDate birthDate, Boolean partyMember, EmploymentKind employment) {
    }

    CadreImporter(OrganizationQueries organization, OrganizationService service, AccessScopes accessScopes,
                  VietnameseMessages vietnamese, Clock clock) {
        this.organization = organization;
        this.service = service;
        this.accessScopes = accessScopes;
        this.vietnamese = vietnamese;
        this.clock = clock;
        this.employments = vietnamese.choices(EmploymentKind.class, EmploymentKind::messageKey);
        this.appointmentKinds = vietnamese.choices(AppointmentKind.class, AppointmentKind::messageKey);
        this.employment = Column.choice("imports.cadre.employment", true, "employmentKind", employments);
        this.appointmentKind = Column.choice("imports.cadre.appointmentKind", false, "kind", appointmentKinds);
    }

    @Override
    public ImportKind kind() {
        return ImportKind.CADRES;
    }

    @Override
    public SheetLayout layout() {
        return new SheetLayout("Cán bộ",
                List.of(code, fullName, birthDate, partyMember, employment, position, start, appointmentKind),
                List.of("NB101", "Nguyễn Thị Hồng Nhung", "15/03/1985", vietnamese.text("imports.template.yes"),
                        employments.labelOf(EmploymentKind.CIVIL_SERVANT), "VPUB-NB.KT.PHO", "01/07/2026",
                        appointmentKinds.labelOf(AppointmentKind.FIRST_APPOINTMENT)));
    }

    @Override
    public boolean mayUse(Actor actor) {
        return actor.has(Role.ADMIN) || actor.has(Role.PERSONNEL_OFFICER);
    }

    @Override
    public List<PlannedRecord> plan(List<ImportRow> rows, Actor actor, Problems problems) {
        LocalDate today = LocalDate.now(clock);
        Optional<AccessScope> scope = actor.has(Role.ADMIN) ? Optional.empty()
                : Optional.of(accessScopes.of(actor, today));
        Optional<Set<UnitId>> served = scope.map(AccessScope::served);
        List<PlannedRecord> plan = new ArrayList<>();
        Map<String, Person> people = new HashMap<>();
        FirstRows cadreRows = new FirstRows();
        FirstRows appointments = new FirstRows();
        Set<String> plannedCadres = new HashSet<>();
        for (ImportRow row : rows) {
            String cadreCode = row.text(code);
            Person person = new Person(row.text(fullName), row.date(birthDate), row.yesNo(partyMember),
                    row.choice(employment, employments));
            Optional<PositionView> post = post(row, served);
            LocalDate from = row.date(start);
            AppointmentKind how = row.choice(appointmentKind, appointmentKinds);
            if (cadreCode == null) {
                continue;
            }
            boolean firstRow = !cadreRows.seen(cadreCode);
            if (firstRow) {
                cadreRows.first(row, code, cadreCode, cadreCode);
                people.put(cadreCode, person);
            } else {
                sameAsFirstRow(row, cadreCode, people.get(cadreCode), person);
            }
            String appointmentKey = post.map(held -> cadreCode + " – " + held.code() + " – "
                    + (from == null ? "" : Days.shown(from))).orElse(null);
            if (appointmentKey != null) {
                appointments.first(row, position, appointmentKey, appointmentKey);
            }
            // A cadre whose first row is wrong is reported there; their other posts wait for that row to be fixed.
            if (row.hasProblems() || !firstRow && !plannedCadres.contains(cadreCode)) {
                continue;
            }
            Optional<CadreView> stored = organization.cadreByCode(cadreCode);
            // A stored cadre the officer does not see is neither compared (that would show their particulars) nor
            // posted in a served unit (that would bring them into the officer's scope).
            if (stored.isPresent() && scope.isPresent() && !scope.get().canSee(stored.get().id(),
                    accessScopes.postsOf(stored.get().id(), today))) {
                row.problem(code, "imports.cadre.not-in-scope", cadreCode);
                continue;
            }
            if (firstRow) {
                Optional<PlannedRecord> cadre = cadre(row, cadreCode, person, stored);
                if (cadre.isEmpty()) {
                    continue;
                }
                plan.add(cadre.get());
                plannedCadres.add(cadreCode);
            }
            if (post.isPresent()) {
                planAppointment(row, cadreCode, stored, post.get(), from, how, appointmentKey).ifPresent(plan::add);
            }
        }
        return plan;
    }

    /** The post named on the row, when the row names one completely and the person may import it. */
    private Optional<PositionView> post(ImportRow row, Optional<Set<UnitId>> served) {
        boolean names = !row.isBlank(position) || !row.isBlank(start) || !row.isBlank(appointmentKind);
        if (!names) {
            if (served.isPresent()) {
                row.problem(position, "imports.cadre.post-required");
            }
            return Optional.empty();
        }
        for (Column part : List.of(position, start, appointmentKind)) {
            if (row.isBlank(part)) {
                row.problem(part, "imports.cadre.post-incomplete");
            }
        }
        String positionCode = row.text(position);
        if (positionCode == null) {
            return Optional.empty();
        }
        Optional<PositionView> held = organization.positionByCode(positionCode);
        if (held.isEmpty()) {
            row.problem(position, "imports.row.unknown-position", positionCode);
        } else if (served.isPresent() && !served.get().contains(held.get().unit())) {
            row.problem(position, "imports.cadre.unit-not-served", held.get().unitName());
        }
        return held;
    }

    private void sameAsFirstRow(ImportRow row, String cadreCode, Person first, Person person) {
        differsFromFirstRow(row, fullName, cadreCode, first.fullName(), person.fullName());
        differsFromFirstRow(row, birthDate, cadreCode, first.birthDate(), person.birthDate());
        differsFromFirstRow(row, partyMember, cadreCode, first.partyMember(), person.partyMember());
        differsFromFirstRow(row, employment, cadreCode, first.employment(), person.employment());
    }

    private static void differsFromFirstRow(ImportRow row, Column column, String cadreCode, Object first,
                                            Object value) {
        if (value != null && !value.equals(first)) {
            row.problem(column, "imports.cadre.differs-from-first-row", cadreCode);
        }
    }

    /** The cadre's record, unless a stored cadre with the code differs from the row (a problem then). */
    private Optional<PlannedRecord> cadre(ImportRow row, String cadreCode, Person person,
                                          Optional<CadreView> stored) {
        if (stored.isPresent()) {
            CadreView cadre = stored.get();
            boolean same = new StoredComparison(row, cadreCode, vietnamese)
                    .field(fullName, cadre.fullName(), person.fullName())
                    .field(birthDate, cadre.birthDate(), person.birthDate())
                    .field(partyMember, cadre.partyMember(), person.partyMember())
                    .field(employment, cadre.employmentKind(), person.employment()).same();
            return same ? Optional.of(PlannedRecord.unchanged(row.number(), cadreCode, code)) : Optional.empty();
        }
        NewCadre created = new NewCadre(cadreCode, person.fullName(), person.birthDate(), person.partyMember(),
                person.employment());
        return Optional.of(new PlannedRecord(row.number(), cadreCode, ImportAction.CREATE, code,
                log -> service.registerCadre(created)));
    }

    private Optional<PlannedRecord> planAppointment(ImportRow row, String cadreCode, Optional<CadreView> stored,
                                                    PositionView post, LocalDate from, AppointmentKind how,
                                                    String key) {
        Optional<AppointmentView> same = stored.stream()
                .flatMap(cadre -> organization.appointmentHistory(cadre.id()).stream())
                .filter(held -> held.position().equals(post.id()) && held.start().equals(from)).findFirst();
        if (same.isPresent()) {
            boolean unchanged = new StoredComparison(row, key, vietnamese)
                    .field(appointmentKind, same.get().kind(), how).same();
            return unchanged ? Optional.of(PlannedRecord.unchanged(row.number(), key, position)) : Optional.empty();
        }
        return Optional.of(new PlannedRecord(row.number(), key, ImportAction.CREATE, position,
                log -> service.appoint(organization.cadreByCode(cadreCode).orElseThrow().id(), post.id(), from, how)));
    }
}
