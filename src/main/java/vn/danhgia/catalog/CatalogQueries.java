package vn.danhgia.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.danhgia.organization.UnitId;

/** Read access to approved catalogues for other modules (planning picks tasks from them). */
public interface CatalogQueries {

    /** The item if its version is approved and still in force; empty for draft, returned or superseded versions. */
    Optional<CatalogItemView> itemInForce(long itemId);

    /** The items of the version in force of each of the units, by unit then item number. */
    List<CatalogItemView> itemsInForce(Collection<UnitId> units);
}
