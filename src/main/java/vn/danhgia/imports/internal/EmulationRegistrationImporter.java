package vn.danhgia.imports.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.danhgia.emulation.EmulationHolder;
import vn.danhgia.emulation.EmulationRegistrations;
import vn.danhgia.emulation.NewRegistration;
import vn.danhgia.emulation.Nominee;
import vn.danhgia.emulation.RegistrationSource;
import vn.danhgia.emulation.StoredRegistration;
import vn.danhgia.imports.ImportAction;
import vn.danhgia.imports.ImportKind;
import vn.danhgia.organization.CadreView;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitView;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.rules.emulation.EmulationTitle;

/**
 * Registrations for emulation (đăng ký thi đua, seed 003 §III.1) gathered on paper: one row per person (by cadre
 * code) or collective (by unit code), with the year, the title aimed at and the day of the registration, which decides
 * whether it was late. The personnel office and administrators import them; each row is registered through the
 * emulation module, whose scope, rules and audit apply. A registration stored for the holder and year is left alone
 * when the row has the same title and day, and is a problem otherwise: only creates.
 */
@Component
class EmulationRegistrationImporter implements Importer {

    private final OrganizationQueries organization;
    private final EmulationRegistrations registrations;
    private final VietnameseMessages vietnamese;
    private final Column cadre = Column.optional("imports.emulation-registration.cadre", 40, "holder");
    private final Column unit = Column.optional("imports.emulation-registration.unit", 60, "unit");
    private final Column year = Column.required("imports.emulation-registration.year", 4, "year");
    private final Column target;
    private final Column registeredOn = Column.required("imports.emulation-registration.registered-on", 20,
            "registeredOn");
    private final Choices<EmulationTitle> titles;

    EmulationRegistrationImporter(OrganizationQueries organization, EmulationRegistrations registrations,
                                  VietnameseMessages vietnamese) {
        this.organization = organization;
        this.registrations = registrations;
        this.vietnamese = vietnamese;
        this.titles = vietnamese.choices(EmulationTitle.class, EmulationTitle::messageKey);
        this.target = Column.choice("imports.emulation-registration.target", true, "targetTitle", titles);
    }

    @Override
    public ImportKind kind() {
        return ImportKind.EMULATION_REGISTRATIONS;
    }

    @Override
    public SheetLayout layout() {
        return new SheetLayout("Đăng ký thi đua", List.of(cadre, unit, year, target, registeredOn),
                List.of("NB014", "", "2026", titles.labelOf(EmulationTitle.ADVANCED_WORKER), "15/01/2026"));
    }

    @Override
    public boolean mayUse(Actor actor) {
        return actor.has(Role.PERSONNEL_OFFICER) || actor.has(Role.ADMIN);
    }

    @Override
    public List<PlannedRecord> plan(List<ImportRow> rows, Actor actor, Problems problems) {
        List<PlannedRecord> plan = new ArrayList<>();
        FirstRows holders = new FirstRows();
        for (ImportRow row : rows) {
            String cadreCode = row.text(cadre);
            String unitCode = row.text(unit);
            Integer registrationYear = year(row);
            EmulationTitle title = row.choice(target, titles);
            LocalDate day = row.date(registeredOn);
            Optional<Nominee> nominee = nominee(row, cadreCode, unitCode);
            if (nominee.isPresent() && title != null && !suits(title, nominee.get())) {
                row.problem(target, nominee.get().holder() == EmulationHolder.COLLECTIVE
                        ? "imports.emulation-registration.title-for-person"
                        : "imports.emulation-registration.title-for-collective", titles.labelOf(title));
            }
            if (row.hasProblems()) {
                continue;
            }
            Column holderColumn = cadreCode != null ? cadre : unit;
            String key = (cadreCode != null ? cadreCode : unitCode) + " – " + registrationYear;
            if (!holders.first(row, holderColumn, key, key)) {
                continue;
            }
            Optional<StoredRegistration> stored = registrations.find(nominee.get(), registrationYear);
            if (stored.isPresent()) {
                if (new StoredComparison(row, key, vietnamese).field(target, stored.get().target(), title)
                        .field(registeredOn, stored.get().registeredOn(), day).same()) {
                    plan.add(PlannedRecord.unchanged(row.number(), key, holderColumn));
                }
                continue;
            }
            NewRegistration registration = new NewRegistration(nominee.get(), registrationYear, title, day,
                    RegistrationSource.IMPORT);
            plan.add(new PlannedRecord(row.number(), key, ImportAction.CREATE, holderColumn,
                    log -> registrations.register(registration)));
        }
        return plan;
    }

    /** Exactly one of the cadre and the unit code names the holder. */
    private Optional<Nominee> nominee(ImportRow row, String cadreCode, String unitCode) {
        if ((cadreCode == null) == (unitCode == null)) {
            if (row.isBlank(cadre) == row.isBlank(unit)) {
                row.problem(cadre, "imports.emulation-registration.one-holder");
            }
            return Optional.empty();
        }
        if (cadreCode != null) {
            Optional<CadreView> found = organization.cadreByCode(cadreCode);
            if (found.isEmpty()) {
                row.problem(cadre, "imports.row.unknown-cadre", cadreCode);
            }
            return found.map(view -> Nominee.person(view.id().value()));
        }
        Optional<UnitView> found = organization.unitByCode(unitCode);
        if (found.isEmpty()) {
            row.problem(unit, "imports.row.unknown-unit", unitCode);
        }
        return found.map(view -> Nominee.collective(view.id().value()));
    }

    private Integer year(ImportRow row) {
        BigDecimal number = row.decimal(year);
        if (number == null) {
            return null;
        }
        if (number.stripTrailingZeros().scale() > 0 || number.compareTo(BigDecimal.valueOf(2000)) < 0
                || number.compareTo(BigDecimal.valueOf(2200)) > 0) {
            row.problem(year, "imports.emulation-registration.year-invalid", number.toPlainString());
            return null;
        }
        return number.intValue();
    }

    private static boolean suits(EmulationTitle title, Nominee nominee) {
        return (title.nominee() == EmulationTitle.Nominee.COLLECTIVE)
                == (nominee.holder() == EmulationHolder.COLLECTIVE);
    }
}
