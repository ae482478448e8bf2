package vn.danhgia.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import vn.danhgia.organization.UnitId;

/** One catalogue version in a list: whose it is, its number and where it is in its approval. */
public record CatalogVersionSummary(long id, UnitId unit, String unitCode, String unitName, int versionNumber,
                                    CatalogStatus status, String title, BigDecimal standardPoints, int itemCount,
                                    String draftedBy, Instant draftedAt, String decidedBy, Instant decidedAt) {
}
