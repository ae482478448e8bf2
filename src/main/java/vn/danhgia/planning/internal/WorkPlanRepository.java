package vn.danhgia.planning.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import vn.danhgia.planning.PlanStatus;

interface WorkPlanRepository extends JpaRepository<WorkPlan, Long> {

    @Query("select p from WorkPlan p where p.cadreId = :cadreId and p.year = :year and p.quarter = :quarter")
    Optional<WorkPlan> findByCadreAndQuarter(long cadreId, int year, int quarter);

    // Every change bumps the plan's version at once (also when only a task or an amendment changed) and holds the
    // row until commit, so two people editing the same plan never both succeed and the answer shows the new version.
    @Lock(LockModeType.PESSIMISTIC_FORCE_INCREMENT)
    @Query("select p from WorkPlan p where p.id = :id")
    Optional<WorkPlan> findForChange(long id);

    @Query("""
            select distinct p from WorkPlan p left join fetch p.amendments where p.cadreId = :cadreId
            order by p.year desc, p.quarter desc""")
    List<WorkPlan> findByCadre(long cadreId);

    @Query("select distinct p from WorkPlan p left join fetch p.amendments where p.status = :status")
    List<WorkPlan> findByStatus(PlanStatus status);

    @Query("""
            select distinct p from WorkPlan p join p.amendments a
            where a.status = vn.danhgia.planning.PlanStatus.SUBMITTED""")
    List<WorkPlan> findWithOpenAmendment();
}
