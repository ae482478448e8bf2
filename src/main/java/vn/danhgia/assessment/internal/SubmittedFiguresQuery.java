package vn.danhgia.assessment.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.assessment.SelfAssessmentStatus;
import vn.danhgia.assessment.SubmittedFigures;
import vn.danhgia.organization.CadreId;
import vn.danhgia.scheme.Quarter;

/** Reads a submitted self-assessment's kept total and task rows; a draft or a returned one has none yet. */
@Component
class SubmittedFiguresQuery implements SubmittedFigures {

    private final SelfAssessmentRepository assessments;

    SubmittedFiguresQuery(SelfAssessmentRepository assessments) {
        this.assessments = assessments;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Quarterly> of(CadreId cadre, Quarter quarter) {
        return assessments.findByCadreAndQuarter(cadre.value(), quarter.year(), quarter.number())
                .filter(assessment -> assessment.status() == SelfAssessmentStatus.SUBMITTED)
                .map(assessment -> new Quarterly(quarter, assessment.submittedTotal(),
                        assessment.tasksByAxis().values().stream().flatMap(List::stream).toList()));
    }
}
