package vn.danhgia.catalog.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import vn.danhgia.catalog.CatalogAction;
import vn.danhgia.catalog.CatalogItemView;
import vn.danhgia.catalog.CatalogStatus;
import vn.danhgia.catalog.CatalogVersionSummary;
import vn.danhgia.catalog.CatalogVersionView;

/** Response bodies of the catalogue API: units named by code, coefficients with 4 decimals. */
final class CatalogResponses {

    private CatalogResponses() {
    }

    record Summary(long id, String unit, String unitName, int versionNumber, CatalogStatus status, String title,
                   BigDecimal standardPoints, int itemCount, String draftedBy, Instant draftedAt, String decidedBy,
                   Instant decidedAt) {

        static Summary of(CatalogVersionSummary summary) {
            return new Summary(summary.id(), summary.unitCode(), summary.unitName(), summary.versionNumber(),
                    summary.status(), summary.title(), summary.standardPoints(), summary.itemCount(),
                    summary.draftedBy(), summary.draftedAt(), summary.decidedBy(), summary.decidedAt());
        }
    }

    record Item(long id, int itemNumber, String task, String approvalLevel, String difficulty, String productType,
                String quantity, String deadlinePattern, String note, BigDecimal points, BigDecimal coefficient) {

        static Item of(CatalogItemView item) {
            return new Item(item.id(), item.itemNumber(), item.task(), item.approvalLevel(), item.difficulty(),
                    item.productType(), item.quantity(), item.deadlinePattern(), item.note(), item.points(),
                    item.coefficient());
        }
    }

    record Catalog(long id, String unit, String unitName, int versionNumber, CatalogStatus status, String title,
                   BigDecimal standardPoints, String draftedBy, Instant draftedAt, Instant submittedAt,
                   String decidedBy, Instant decidedAt, String decisionNote, long version, List<Item> items,
                   Set<CatalogAction> allowedActions) {

        static Catalog of(CatalogVersionView view) {
            return new Catalog(view.id(), view.unitCode(), view.unitName(), view.versionNumber(), view.status(),
                    view.title(), view.standardPoints(), view.draftedBy(), view.draftedAt(), view.submittedAt(),
                    view.decidedBy(), view.decidedAt(), view.decisionNote(), view.version(),
                    view.items().stream().map(Item::of).toList(), view.allowedActions());
        }
    }
}
