package vn.danhgia.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import vn.danhgia.organization.UnitId;

/**
 * A catalogue version with its items, as seed 002 Mẫu 02 "BẢNG DANH MỤC Sản phẩm/công việc chuẩn" lays it out, and
 * what the person reading it may do to it.
 *
 * @param standardPoints points of the standard item (điểm của sản phẩm/công việc chuẩn), the divisor of every
 *                       coefficient
 * @param version        the optimistic-lock version to send back with a change
 */
public record CatalogVersionView(long id, UnitId unit, String unitCode, String unitName, int versionNumber,
                                 CatalogStatus status, String title, BigDecimal standardPoints, String draftedBy,
                                 Instant draftedAt, Instant submittedAt, String decidedBy, Instant decidedAt,
                                 String decisionNote, long version, List<CatalogItemView> items,
                                 Set<CatalogAction> allowedActions) {

    public CatalogVersionView {
        items = List.copyOf(items);
        allowedActions = Set.copyOf(allowedActions);
    }

    public boolean allows(CatalogAction action) {
        return allowedActions.contains(action);
    }

    public LocalDate draftedOn(ZoneId zone) {
        return dayOf(draftedAt, zone);
    }

    public LocalDate submittedOn(ZoneId zone) {
        return dayOf(submittedAt, zone);
    }

    public LocalDate decidedOn(ZoneId zone) {
        return dayOf(decidedAt, zone);
    }

    private static LocalDate dayOf(Instant instant, ZoneId zone) {
        return instant == null ? null : LocalDate.ofInstant(instant, zone);
    }
}
