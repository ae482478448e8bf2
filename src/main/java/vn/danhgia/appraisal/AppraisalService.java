package vn.danhgia.appraisal;

import java.util.List;

/**
 * The appraisal (thẩm định) of submitted self-assessments by the personnel office (seed 002 §4 Bước 3). Only a
 * personnel officer whose office serves the cadre's unit may appraise, never their own self-assessment (refused,
 * 403); for anyone else the record is "not found". Changes carry the version the caller read and are refused when
 * someone saved in between; every change is written to the audit trail.
 */
public interface AppraisalService {

    /**
     * Opens the appraisal of a submitted self-assessment as a DRAFT with the figures equal to the cadre's; returns
     * the one already opened if there is one.
     */
    AppraisalView open(long selfAssessmentId);

    /** Stores adjusted figures with their reasons, response levels, the proposed level and the justification. */
    AppraisalView save(long id, long expectedVersion, AppraisalContent content);

    /**
     * Completes the appraisal: a proposed level is required, and one above the engine's suggestion for the appraised
     * figures needs a written justification. Keeps the appraised total.
     */
    AppraisalView complete(long id, long expectedVersion);

    AppraisalView get(long id);

    /** The submitted self-assessments in the signed-in officer's scope whose appraisal is not completed yet. */
    List<AwaitingAppraisal> awaiting();
}
