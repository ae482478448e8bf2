package vn.danhgia.council.internal;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CouncilRepository extends JpaRepository<Council, Long> {

    @Query("select c from Council c where c.unitId = :unitId and c.year = :year and c.quarter = :quarter")
    Optional<Council> findByPeriod(long unitId, int year, int quarter);

    @Query("select c from Council c where c.unitId in :unitIds and c.year = :year and c.quarter = :quarter")
    java.util.List<Council> findByPeriod(java.util.Collection<Long> unitIds, int year, int quarter);

    // Opening a session bumps the council's version, so two people opening at once cannot both succeed.
    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    @Query("select c from Council c where c.id = :id")
    Optional<Council> findForChange(long id);

    @Query("select distinct c from Council c left join c.members m where c.unitId in :units or key(m) = :cadreId"
            + " order by c.year desc, c.quarter desc, c.id")
    List<Council> findVisible(Collection<Long> units, long cadreId);
}
