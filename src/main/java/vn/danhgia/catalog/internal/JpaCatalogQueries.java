package vn.danhgia.catalog.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.catalog.CatalogItemView;
import vn.danhgia.catalog.CatalogQueries;
import vn.danhgia.catalog.CatalogStatus;
import vn.danhgia.organization.UnitId;

/** "In force" is the unit's one APPROVED version; older approved ones are SUPERSEDED and no longer offered. */
@Service
@Transactional(readOnly = true)
class JpaCatalogQueries implements CatalogQueries {

    private final CatalogVersionRepository versions;

    JpaCatalogQueries(CatalogVersionRepository versions) {
        this.versions = versions;
    }

    @Override
    public Optional<CatalogItemView> itemInForce(long itemId) {
        return versions.findByItemId(itemId)
                .filter(version -> version.status() == CatalogStatus.APPROVED)
                .flatMap(version -> version.item(itemId).map(item -> CatalogViews.item(version, item)));
    }

    @Override
    public List<CatalogItemView> itemsInForce(Collection<UnitId> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        return versions.findByUnitIdInAndStatus(units.stream().map(UnitId::value).toList(), CatalogStatus.APPROVED)
                .stream()
                .sorted(Comparator.comparingLong(CatalogVersion::unitId))
                .flatMap(version -> CatalogViews.items(version).stream())
                .toList();
    }
}
