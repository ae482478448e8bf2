package vn.danhgia.assessment.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SelfAssessmentRepository extends JpaRepository<SelfAssessment, Long> {

    @Query("select s from SelfAssessment s where s.cadreId = :cadreId and s.year = :year and s.quarter = :quarter")
    Optional<SelfAssessment> findByCadreAndQuarter(long cadreId, int year, int quarter);

    @Query("""
            select s from SelfAssessment s where s.cadreId in :cadreIds and s.year = :year and s.quarter = :quarter""")
    List<SelfAssessment> findByCadresAndQuarter(java.util.Collection<Long> cadreIds, int year, int quarter);

    // Every change bumps the root's version, also when only a task row or a criterion changed, so that of two
    // people saving the same self-assessment from the same version only the first succeeds.
    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    @Query("select s from SelfAssessment s where s.id = :id")
    Optional<SelfAssessment> findForChange(long id);

    @Query("select s from SelfAssessment s where s.cadreId = :cadreId order by s.year desc, s.quarter desc")
    List<SelfAssessment> findByCadre(long cadreId);

    /** Self-assessments in a status from a quarter on (year × 10 + quarter), for the leadership's to-do list. */
    @Query("select s from SelfAssessment s where s.status = :status and s.year * 10 + s.quarter >= :fromQuarter")
    List<SelfAssessment> findByStatusFrom(vn.danhgia.assessment.SelfAssessmentStatus status, int fromQuarter);
}
