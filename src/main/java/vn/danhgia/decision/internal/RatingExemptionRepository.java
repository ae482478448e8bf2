package vn.danhgia.decision.internal;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface RatingExemptionRepository extends JpaRepository<RatingExemption, Long> {

    @Query("select e from RatingExemption e where e.cadreId = :cadreId and e.year = :year")
    Optional<RatingExemption> findOfYear(long cadreId, int year);

    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    @Query("select e from RatingExemption e where e.cadreId = :cadreId and e.year = :year")
    Optional<RatingExemption> findForChange(long cadreId, int year);

    @Query("select e from RatingExemption e where e.cadreId in :cadreIds order by e.cadreId, e.year")
    List<RatingExemption> findOfCadres(Collection<Long> cadreIds);
}
