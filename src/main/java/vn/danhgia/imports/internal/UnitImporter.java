package vn.danhgia.imports.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.danhgia.imports.ImportAction;
import vn.danhgia.imports.ImportKind;
import vn.danhgia.organization.NewUnit;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.OrganizationService;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitKind;
import vn.danhgia.organization.UnitView;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;

/**
 * Units (cơ quan, đơn vị): code, name, kind and the code of the unit above, which is stored already or on an earlier
 * row. Administrators only. Only creates: a stored unit that differs from its row is a problem, since the
 * organisation module has no change of a unit.
 */
@Component
class UnitImporter implements Importer {

    private final OrganizationQueries organization;
    private final OrganizationService service;
    private final VietnameseMessages vietnamese;
    private final Column code = Column.required("imports.unit.code", 60, "code");
    private final Column name = Column.required("imports.unit.name", 255, "name");
    private final Column kind;
    private final Column parent = Column.optional("imports.unit.parent", 60, "parent");
    private final Choices<UnitKind> kinds;

    UnitImporter(OrganizationQueries organization, OrganizationService service, VietnameseMessages vietnamese) {
        this.organization = organization;
        this.service = service;
        this.vietnamese = vietnamese;
        this.kinds = vietnamese.choices(UnitKind.class, UnitKind::messageKey);
        this.kind = Column.choice("imports.unit.kind", true, "kind", kinds);
    }

    @Override
    public ImportKind kind() {
        return ImportKind.UNITS;
    }

    @Override
    public SheetLayout layout() {
        return new SheetLayout("Đơn vị", List.of(code, name, kind, parent),
                List.of("VPUB-NB.KT", "Phòng Kinh tế", kinds.labelOf(UnitKind.DEPARTMENT), "VPUB-NB"));
    }

    @Override
    public boolean mayUse(Actor actor) {
        return actor.has(Role.ADMIN);
    }

    @Override
    public List<PlannedRecord> plan(List<ImportRow> rows, Actor actor, Problems problems) {
        List<PlannedRecord> plan = new ArrayList<>();
        FirstRows codes = new FirstRows();
        Set<String> planned = new HashSet<>();
        for (ImportRow row : rows) {
            String unitCode = row.text(code);
            String unitName = row.text(name);
            UnitKind unitKind = row.choice(kind, kinds);
            String parentCode = row.text(parent);
            boolean parentStored = parentCode == null || organization.unitByCode(parentCode).isPresent();
            if (!parentStored && !codes.seen(parentCode)) {
                row.problem(parent, "imports.unit.unknown-parent", parentCode);
            }
            if (unitCode != null) {
                codes.first(row, code, unitCode, unitCode);
            }
            // A parent on a wrong row is reported there; the unit below it waits for that row to be fixed.
            if (row.hasProblems() || !parentStored && !planned.contains(parentCode)) {
                continue;
            }
            planned.add(unitCode);
            Optional<UnitView> stored = organization.unitByCode(unitCode);
            if (stored.isPresent()) {
                UnitView unit = stored.get();
                String storedParentCode = unit.parent() == null ? null
                        : organization.unit(unit.parent()).map(UnitView::code).orElse(null);
                boolean same = new StoredComparison(row, unitCode, vietnamese).field(name, unit.name(), unitName)
                        .field(kind, unit.kind(), unitKind).field(parent, storedParentCode, parentCode).same();
                if (same) {
                    plan.add(PlannedRecord.unchanged(row.number(), unitCode, code));
                }
                continue;
            }
            plan.add(new PlannedRecord(row.number(), unitCode, ImportAction.CREATE, code,
                    log -> service.createUnit(new NewUnit(unitCode, unitName, unitKind, parentId(parentCode)))));
        }
        return plan;
    }

    private UnitId parentId(String parentCode) {
        return parentCode == null ? null : organization.unitByCode(parentCode).orElseThrow().id();
    }
}
