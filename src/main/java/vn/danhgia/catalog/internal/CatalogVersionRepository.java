package vn.danhgia.catalog.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.danhgia.catalog.CatalogStatus;

interface CatalogVersionRepository extends JpaRepository<CatalogVersion, Long> {

    Optional<CatalogVersion> findFirstByUnitIdAndStatus(long unitId, CatalogStatus status);

    List<CatalogVersion> findByUnitIdInAndStatus(Collection<Long> unitIds, CatalogStatus status);

    List<CatalogVersion> findByUnitIdAndStatusIn(long unitId, Collection<CatalogStatus> statuses);

    List<CatalogVersion> findByUnitIdInOrderByVersionNumberDesc(Collection<Long> unitIds);

    List<CatalogVersion> findAllByOrderByVersionNumberDesc();

    boolean existsByUnitId(long unitId);

    @Query("select coalesce(max(v.versionNumber), 0) from CatalogVersion v where v.unitId = :unitId")
    int lastVersionNumber(@Param("unitId") long unitId);

    @Query("select v from CatalogVersion v join v.items i where i.id = :itemId")
    Optional<CatalogVersion> findByItemId(@Param("itemId") long itemId);
}
