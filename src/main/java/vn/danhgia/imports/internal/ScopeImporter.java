package vn.danhgia.imports.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.danhgia.imports.ImportAction;
import vn.danhgia.imports.ImportKind;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.OrganizationService;
import vn.danhgia.organization.PositionView;
import vn.danhgia.organization.ScopeRole;
import vn.danhgia.organization.ScopeView;
import vn.danhgia.organization.UnitView;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;

/**
 * Management scopes (diện quản lý, thẩm quyền đánh giá, seed 002 §2.2): one row per authority unit of a position's
 * role from a day on, with the document that sets it; a joint authority is several rows. Administrators only. A
 * scope stored for the same position, role, unit and day is left alone when its basis is the same, and is a problem
 * otherwise: only creates.
 */
@Component
class ScopeImporter implements Importer {

    private final OrganizationQueries organization;
    private final OrganizationService service;
    private final VietnameseMessages vietnamese;
    private final Column position = Column.required("imports.scope.position", 80, "position");
    private final Column role;
    private final Column authority = Column.required("imports.scope.authority", 60, "authority");
    private final Column validFrom = Column.required("imports.scope.validFrom", 20, "validFrom");
    private final Column basis = Column.required("imports.scope.basis", 500, "basis");
    private final Choices<ScopeRole> roles;

    ScopeImporter(OrganizationQueries organization, OrganizationService service, VietnameseMessages vietnamese) {
        this.organization = organization;
        this.service = service;
        this.vietnamese = vietnamese;
        this.roles = vietnamese.choices(ScopeRole.class, ScopeRole::messageKey);
        this.role = Column.choice("imports.scope.role", true, "role", roles);
    }

    @Override
    public ImportKind kind() {
        return ImportKind.SCOPES;
    }

    @Override
    public SheetLayout layout() {
        return new SheetLayout("Diện quản lý", List.of(position, role, authority, validFrom, basis),
                List.of("VPUB-NB.KT.PHO", roles.labelOf(ScopeRole.DECIDES), "VPUB-NB.KT", "01/01/2026",
                        "Kế hoạch đánh giá định kỳ hằng quý năm 2026, mục III.1.2"));
    }

    @Override
    public boolean mayUse(Actor actor) {
        return actor.has(Role.ADMIN);
    }

    @Override
    public List<PlannedRecord> plan(List<ImportRow> rows, Actor actor, Problems problems) {
        List<PlannedRecord> plan = new ArrayList<>();
        FirstRows scopes = new FirstRows();
        for (ImportRow row : rows) {
            String positionCode = row.text(position);
            ScopeRole scopeRole = row.choice(role, roles);
            String authorityCode = row.text(authority);
            LocalDate from = row.date(validFrom);
            String document = row.text(basis);
            Optional<PositionView> scoped = positionCode == null ? Optional.empty()
                    : organization.positionByCode(positionCode);
            if (positionCode != null && scoped.isEmpty()) {
                row.problem(position, "imports.row.unknown-position", positionCode);
            }
            Optional<UnitView> unit = authorityCode == null ? Optional.empty()
                    : organization.unitByCode(authorityCode);
            if (authorityCode != null && unit.isEmpty()) {
                row.problem(authority, "imports.row.unknown-unit", authorityCode);
            }
            if (row.hasProblems()) {
                continue;
            }
            String key = positionCode + " – " + roles.labelOf(scopeRole) + " – " + authorityCode + " – "
                    + Days.shown(from);
            if (!scopes.first(row, position, key, key)) {
                continue;
            }
            Optional<ScopeView> stored = organization.scopesOf(scoped.get().id()).stream()
                    .filter(scope -> scope.role() == scopeRole && scope.authority().equals(unit.get().id())
                            && scope.validFrom().equals(from)).findFirst();
            if (stored.isPresent()) {
                if (new StoredComparison(row, key, vietnamese).field(basis, stored.get().basis(), document).same()) {
                    plan.add(PlannedRecord.unchanged(row.number(), key, position));
                }
                continue;
            }
            plan.add(new PlannedRecord(row.number(), key, ImportAction.CREATE, position, log -> service.assignScope(
                    scoped.get().id(), scopeRole, List.of(unit.get().id()), from, document)));
        }
        return plan;
    }
}
