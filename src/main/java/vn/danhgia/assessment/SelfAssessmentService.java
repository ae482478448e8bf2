package vn.danhgia.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.danhgia.organization.CadreId;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.scheme.Quarter;

/**
 * The cadre's self-assessment (bản tự đánh giá, chấm điểm và xếp loại, seed 002 Mẫu 03, §4 Bước 2): opened from the
 * approved work plan, filled in, submitted by the scheme's deadline, returned for revision by the unit's leadership.
 * Every method acts as the signed-in person and checks their scope: records outside it are "not found"
 * ({@code RecordNotFoundException}); changes carry the version the caller read and are refused when someone saved
 * in between. Every change is written to the audit trail.
 */
public interface SelfAssessmentService {

    /**
     * Opens the signed-in cadre's self-assessment for a rated quarter as a DRAFT, prefilled from their approved plan
     * (or empty with the scheme's default axis weights when the scheme lists tasks directly for the quarter); returns
     * the one already opened if there is one.
     */
    SelfAssessmentView open(Quarter quarter);

    /** Replaces the content of a draft or returned self-assessment of the signed-in cadre. */
    SelfAssessmentView save(long id, long expectedVersion, SelfAssessmentContent content);

    /** Submits it for appraisal by the scheme's deadline, keeping the engine's total. */
    SelfAssessmentView submit(long id, long expectedVersion);

    /** Returns a submitted self-assessment to the cadre with a note saying what to revise. */
    SelfAssessmentView returnForRevision(long id, long expectedVersion, String note);

    SelfAssessmentView get(long id);

    /** The cadre's self-assessment for the quarter, if opened; refused as not found outside the caller's scope. */
    Optional<SelfAssessmentView> ofCadre(CadreId cadre, Quarter quarter);

    /**
     * The self-assessments of the quarter of those cadres the caller may see, read together with a fixed number of
     * queries whatever their number (a board's worth); cadres outside the caller's scope or without one are missing.
     */
    Map<CadreId, SelfAssessmentView> ofCadres(Collection<CadreId> cadres, Quarter quarter);

    /** The signed-in cadre's recent quarters with their self-assessments, newest first. */
    List<SelfAssessmentSummary> mine();

    /** The result of unsaved content: what would be refused and, when nothing is, its live score. */
    Preview preview(long id, SelfAssessmentContent content);

    /** What {@link #preview} finds. */
    record Preview(List<FieldViolation> violations, LiveScore liveScore) {

        public Preview {
            violations = List.copyOf(violations);
        }
    }
}
