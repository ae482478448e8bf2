package vn.danhgia.appraisal.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AppraisalRepository extends JpaRepository<Appraisal, Long> {

    @Query("select a from Appraisal a where a.selfAssessmentId = :selfAssessmentId")
    Optional<Appraisal> findBySelfAssessment(long selfAssessmentId);

    @Query("select a from Appraisal a where a.selfAssessmentId in :selfAssessmentIds")
    java.util.List<Appraisal> findBySelfAssessments(java.util.Collection<Long> selfAssessmentIds);

    // Every change bumps the root's version, also when only a task row changed, so that of two people saving the
    // same appraisal from the same version only the first succeeds.
    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    @Query("select a from Appraisal a where a.id = :id")
    Optional<Appraisal> findForChange(long id);
}
