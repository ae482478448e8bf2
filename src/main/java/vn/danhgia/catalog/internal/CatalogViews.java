package vn.danhgia.catalog.internal;

import java.util.List;
import java.util.Set;
import vn.danhgia.catalog.CatalogAction;
import vn.danhgia.catalog.CatalogItemView;
import vn.danhgia.catalog.CatalogVersionSummary;
import vn.danhgia.catalog.CatalogVersionView;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitView;

/** Turns the aggregate into the module's public records. */
final class CatalogViews {

    private CatalogViews() {
    }

    static List<CatalogItemView> items(CatalogVersion version) {
        return version.items().stream().map(item -> item(version, item)).toList();
    }

    static CatalogItemView item(CatalogVersion version, CatalogItem item) {
        var input = item.input();
        return new CatalogItemView(item.id(), version.id(), version.versionNumber(), new UnitId(version.unitId()),
                item.itemNumber(), input.task(), input.approvalLevel(), input.difficulty(), input.productType(),
                input.quantity(), input.deadlinePattern(), input.note(), item.points(),
                Coefficients.of(item.points(), version.standardPoints()));
    }

    static CatalogVersionView version(CatalogVersion version, UnitView unit, Set<CatalogAction> allowed) {
        return new CatalogVersionView(version.id(), unit.id(), unit.code(), unit.name(), version.versionNumber(),
                version.status(), version.title(), version.standardPoints(), version.draftedBy(),
                version.draftedAt(), version.submittedAt(), version.decidedBy(), version.decidedAt(),
                version.decisionNote(), version.version(), items(version), allowed);
    }

    static CatalogVersionSummary summary(CatalogVersion version, UnitView unit) {
        return new CatalogVersionSummary(version.id(), unit.id(), unit.code(), unit.name(), version.versionNumber(),
                version.status(), version.title(), version.standardPoints(), version.items().size(),
                version.draftedBy(), version.draftedAt(), version.decidedBy(), version.decidedAt());
    }
}
