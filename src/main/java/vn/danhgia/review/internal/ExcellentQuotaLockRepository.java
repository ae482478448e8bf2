package vn.danhgia.review.internal;

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

    // Read before counting the places and bumped at commit: a concurrent EXCELLENT decision in the group fails.
    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    @Query("""
            select l from ExcellentQuotaLock l
            where l.groupKey = :groupKey and l.year = :year and l.quarter = :quarter""")
    Optional<ExcellentQuotaLock> findForChange(String groupKey, int year, int quarter);
}
