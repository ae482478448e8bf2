package vn.danhgia.catalog;

import java.util.Optional;
import vn.danhgia.organization.UnitId;

/** A catalogue version came into force; the one it replaced, if any, is now superseded. */
public record CatalogVersionApproved(long versionId, UnitId unit, int versionNumber, Optional<Long> supersededId) {
}
