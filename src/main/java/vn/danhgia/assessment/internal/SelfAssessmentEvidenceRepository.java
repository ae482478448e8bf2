package vn.danhgia.assessment.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Evidence is added, read and removed while its self-assessment is editable; never updated. */
interface SelfAssessmentEvidenceRepository extends Repository<SelfAssessmentEvidence, Long> {

    SelfAssessmentEvidence save(SelfAssessmentEvidence evidence);

    Optional<SelfAssessmentEvidence> findById(long id);

    List<SelfAssessmentEvidence> findByAssessmentIdOrderById(long assessmentId);

    void delete(SelfAssessmentEvidence evidence);
}
