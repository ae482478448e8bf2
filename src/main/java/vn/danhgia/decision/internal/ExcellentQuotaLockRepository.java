package vn.danhgia.decision.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ExcellentQuotaLockRepository extends JpaRepository<ExcellentQuotaLock, Long> {

    @Query("""
            select l from ExcellentQuotaLock l
            where l.groupKey = :groupKey and l.year = :year and l.quarter = :quarter""")
    Optional<ExcellentQuotaLock> findByGroup(String groupKey, int year, int quarter);

    // Held from before counting the places until commit: a concurrent EXCELLENT decision in the group waits, then
    // counts the place this one took. An optimistic version bump alone let both through on H2 in a race test.
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("""
            select l from ExcellentQuotaLock l
            where l.groupKey = :groupKey and l.year = :year and l.quarter = :quarter""")
    Optional<ExcellentQuotaLock> findForChange(String groupKey, int year, int quarter);
}
