package vn.danhgia.decision.internal;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface RatingDeferralRepository extends JpaRepository<RatingDeferral, Long> {

    @Query("""
            select d from RatingDeferral d
            where d.cadreId = :cadreId and d.year = :year and d.quarter = :quarter""")
    Optional<RatingDeferral> findOfQuarter(long cadreId, int year, int quarter);

    // A change bumps the version, so of two people marking from the same version only the first succeeds.
    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    @Query("""
            select d from RatingDeferral d
            where d.cadreId = :cadreId and d.year = :year and d.quarter = :quarter""")
    Optional<RatingDeferral> findForChange(long cadreId, int year, int quarter);

    /** The cadres' deferrals, withdrawn ones included, in the order of the periods. */
    @Query("select d from RatingDeferral d where d.cadreId in :cadreIds order by d.cadreId, d.year, d.quarter")
    List<RatingDeferral> findOfCadres(Collection<Long> cadreIds);
}
