package vn.danhgia.imports.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.danhgia.catalog.CatalogItemInput;
import vn.danhgia.catalog.CatalogItemView;
import vn.danhgia.catalog.CatalogService;
import vn.danhgia.catalog.CatalogStatus;
import vn.danhgia.catalog.CatalogVersionSummary;
import vn.danhgia.catalog.CatalogVersionView;
import vn.danhgia.imports.ImportAction;
import vn.danhgia.imports.ImportKind;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitView;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.TypedText;

/**
 * The standard product catalogue (seed 002 Phụ lục 1, Mẫu 02): the rows of a unit are the items, in order, of its
 * next version, which stays a draft for the catalog module's approval (the personnel office drafts, the unit's
 * leadership approves). Only a personnel officer whose office serves the unit may import it, as only they may draft.
 * A unit whose version in force, or whose open draft, already holds exactly these items is left alone; an open draft
 * with other items gets the file's items (an update); otherwise a new draft is started. A version sent for approval
 * is not touched: the unit's rows are a problem until it is approved or returned.
 */
@Component
class CatalogImporter implements Importer {

    private final CatalogService catalog;
    private final OrganizationQueries organization;
    private final Column unit = Column.required("imports.catalog.unit", 60, "unit");
    private final Column title = Column.required("imports.catalog.title", 500, "title");
    private final Column standardPoints = Column.required("imports.catalog.standardPoints", 30, "standardPoints");
    private final Column task = Column.required("imports.catalog.task", 1000, "task");
    private final Column approvalLevel = Column.optional("imports.catalog.approvalLevel", 500, "approvalLevel");
    private final Column difficulty = Column.optional("imports.catalog.difficulty", 1000, "difficulty");
    private final Column productType = Column.required("imports.catalog.productType", 200, "productType");
    private final Column quantity = Column.optional("imports.catalog.quantity", 100, "quantity");
    private final Column deadlinePattern = Column.optional("imports.catalog.deadlinePattern", 500,
            "deadlinePattern");
    private final Column note = Column.optional("imports.catalog.note", 1000, "note");
    private final Column points = Column.required("imports.catalog.points", 30, "points");

    /** One unit's rows: the version's title and standard points from its first row, and its items in order. */
    private static final class UnitRows {
        private final ImportRow first;
        private final UnitView unit;
        private final String title;
        private final BigDecimal standardPoints;
        private final List<Map.Entry<Integer, CatalogItemInput>> items = new ArrayList<>();

        private UnitRows(ImportRow first, UnitView unit, String title, BigDecimal standardPoints) {
            this.first = first;
            this.unit = unit;
            this.title = title;
            this.standardPoints = standardPoints;
        }
    }

    CatalogImporter(CatalogService catalog, OrganizationQueries organization) {
        this.catalog = catalog;
        this.organization = organization;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.CATALOG;
    }

    @Override
    public SheetLayout layout() {
        return new SheetLayout("Danh mục", List.of(unit, title, standardPoints, task, approvalLevel, difficulty,
                productType, quantity, deadlinePattern, note, points),
                List.of("VPUB-NB.KT", "Danh mục sản phẩm/công việc chuẩn năm 2027", "100",
                        "Tham mưu văn bản chỉ đạo, điều hành của UBND tỉnh", "Chủ tịch UBND tỉnh",
                        "Phức tạp, phạm vi toàn tỉnh", "Văn bản", "1 văn bản", "Theo yêu cầu", "", "120"));
    }

    @Override
    public boolean mayUse(Actor actor) {
        return actor.has(Role.PERSONNEL_OFFICER);
    }

    @Override
    public List<PlannedRecord> plan(List<ImportRow> rows, Actor actor, Problems problems) {
        Map<String, UnitView> drafting = catalog.unitsForDrafting().stream()
                .collect(Collectors.toMap(UnitView::code, Function.identity()));
        Map<String, UnitRows> units = new LinkedHashMap<>();
        for (ImportRow row : rows) {
            String unitCode = row.text(unit);
            String versionTitle = row.text(title);
            BigDecimal standard = row.decimal(standardPoints);
            CatalogItemInput item = new CatalogItemInput(row.text(task), row.text(approvalLevel),
                    row.text(difficulty), row.text(productType), row.text(quantity), row.text(deadlinePattern),
                    row.text(note), row.decimal(points));
            if (unitCode == null) {
                continue;
            }
            if (organization.unitByCode(unitCode).isEmpty()) {
                row.problem(unit, "imports.row.unknown-unit", unitCode);
                continue;
            }
            if (!drafting.containsKey(unitCode)) {
                row.problem(unit, "imports.catalog.not-drafter", unitCode);
                continue;
            }
            UnitRows unitRows = units.computeIfAbsent(unitCode,
                    code -> new UnitRows(row, drafting.get(code), versionTitle, standard));
            if (!Objects.equals(unitRows.title, versionTitle)) {
                row.problem(title, "imports.catalog.differs-from-first-row", unitCode, unitRows.first.number());
            }
            if (!sameNumber(unitRows.standardPoints, standard)) {
                row.problem(standardPoints, "imports.catalog.differs-from-first-row", unitCode,
                        unitRows.first.number());
            }
            unitRows.items.add(Map.entry(row.number(), item));
        }
        // A unit with a wrong row is reported there; its other rows wait for it, since the items form one version.
        return units.values().stream()
                .filter(unitRows -> unitRows.items.stream().noneMatch(item -> problems.inRow(item.getKey())))
                .map(this::plan).flatMap(Optional::stream).toList();
    }

    private Optional<PlannedRecord> plan(UnitRows rows) {
        List<CatalogVersionSummary> versions = catalog.catalogues(Optional.of(rows.unit.id()));
        Optional<CatalogVersionSummary> open = versions.stream()
                .filter(version -> version.status().editable() || version.status() == CatalogStatus.SUBMITTED)
                .findFirst();
        String key = rows.unit.code();
        int row = rows.first.number();
        if (open.isPresent() && open.get().status() == CatalogStatus.SUBMITTED) {
            rows.first.problem(unit, "imports.catalog.submitted", key, open.get().versionNumber());
            return Optional.empty();
        }
        if (open.isPresent()) {
            CatalogVersionView draft = catalog.version(open.get().id());
            if (!draft.title().equals(rows.title.strip()) || !sameNumber(draft.standardPoints(), rows.standardPoints)) {
                rows.first.problem(title, "imports.catalog.draft-differs", key, draft.versionNumber(), draft.title(),
                        draft.standardPoints().stripTrailingZeros().toPlainString());
                return Optional.empty();
            }
            if (sameItems(draft.items(), rows.items)) {
                return Optional.of(PlannedRecord.unchanged(row, key, unit));
            }
            return Optional.of(new PlannedRecord(row, key, ImportAction.UPDATE, unit,
                    log -> fill(catalog.version(draft.id()), rows.items, log)));
        }
        Optional<CatalogVersionSummary> inForce = versions.stream()
                .filter(version -> version.status() == CatalogStatus.APPROVED).findFirst();
        if (inForce.isPresent() && inForce.get().title().equals(rows.title.strip())
                && sameNumber(inForce.get().standardPoints(), rows.standardPoints)
                && sameItems(catalog.version(inForce.get().id()).items(), rows.items)) {
            return Optional.of(PlannedRecord.unchanged(row, key, unit));
        }
        return Optional.of(new PlannedRecord(row, key, ImportAction.CREATE, unit,
                log -> fill(catalog.draftNewVersion(rows.unit.id(), rows.title, rows.standardPoints), rows.items,
                        log)));
    }

    /** Makes the draft's items the file's: changed ones updated, new ones added, extra ones removed from the end. */
    private void fill(CatalogVersionView draft, List<Map.Entry<Integer, CatalogItemInput>> items, WriteLog log) {
        CatalogVersionView current = draft;
        for (int index = 0; index < items.size(); index++) {
            log.atRow(items.get(index).getKey());
            CatalogItemInput item = items.get(index).getValue();
            List<CatalogItemView> stored = ordered(current.items());
            if (index >= stored.size()) {
                current = catalog.addItem(current.id(), current.version(), item);
            } else if (!sameItem(stored.get(index), item)) {
                current = catalog.updateItem(current.id(), stored.get(index).id(), current.version(), item);
            }
        }
        while (current.items().size() > items.size()) {
            CatalogItemView last = ordered(current.items()).get(current.items().size() - 1);
            current = catalog.removeItem(current.id(), last.id(), current.version());
        }
    }

    private static List<CatalogItemView> ordered(List<CatalogItemView> items) {
        return items.stream().sorted(Comparator.comparingInt(CatalogItemView::itemNumber)).toList();
    }

    private static boolean sameItems(List<CatalogItemView> stored, List<Map.Entry<Integer, CatalogItemInput>> items) {
        List<CatalogItemView> ordered = ordered(stored);
        if (ordered.size() != items.size()) {
            return false;
        }
        for (int index = 0; index < items.size(); index++) {
            if (!sameItem(ordered.get(index), items.get(index).getValue())) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameItem(CatalogItemView stored, CatalogItemInput item) {
        return Objects.equals(stored.task(), TypedText.blankToNull(item.task()))
                && Objects.equals(stored.approvalLevel(), TypedText.blankToNull(item.approvalLevel()))
                && Objects.equals(stored.difficulty(), TypedText.blankToNull(item.difficulty()))
                && Objects.equals(stored.productType(), TypedText.blankToNull(item.productType()))
                && Objects.equals(stored.quantity(), TypedText.blankToNull(item.quantity()))
                && Objects.equals(stored.deadlinePattern(), TypedText.blankToNull(item.deadlinePattern()))
                && Objects.equals(stored.note(), TypedText.blankToNull(item.note()))
                && sameNumber(stored.points(), item.points());
    }

    private static boolean sameNumber(BigDecimal stored, BigDecimal given) {
        return stored == null ? given == null : given != null && stored.compareTo(given) == 0;
    }
}
