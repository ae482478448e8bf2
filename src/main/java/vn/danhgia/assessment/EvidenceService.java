package vn.danhgia.assessment;

import java.io.InputStream;
import java.util.List;

/**
 * Evidence (minh chứng, issue 12 §3) the cadre attaches to their self-assessment and its tasks. Whoever may read the
 * self-assessment (the cadre, the unit's leadership, the personnel office, the authority) lists and downloads it;
 * outside that scope, and for an unknown id alike, it is "not found". Only the cadre attaches and removes, and only
 * while the self-assessment is editable (draft or returned). Files are checked and stored as the dossier's are
 * ({@code vn.danhgia.platform.DocumentUploads}); a refused file leaves nothing stored. Every attachment and removal
 * is audited with the file's name and size.
 */
public interface EvidenceService {

    List<EvidenceView> list(long selfAssessmentId);

    /**
     * Attaches a file as it arrived: the name the browser gave (checked, made safe) and the content, read once.
     *
     * @param taskId the task of this self-assessment it backs; null for the self-assessment as a whole
     */
    EvidenceView attach(long selfAssessmentId, Long taskId, String originalName, InputStream content);

    EvidenceContent download(long selfAssessmentId, long evidenceId);

    void remove(long selfAssessmentId, long evidenceId);
}
