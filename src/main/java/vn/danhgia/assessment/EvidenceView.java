package vn.danhgia.assessment;

import java.time.Instant;

/**
 * A file attached as evidence (minh chứng) to a self-assessment, or to one of its tasks.
 *
 * @param taskId the self-assessment task it backs; null for the self-assessment as a whole
 * @param sha256 the SHA-256 (hex) of the content, checked again on every download
 */
public record EvidenceView(long id, long selfAssessmentId, Long taskId, String originalName, String contentType,
                           long size, String sha256, String uploadedBy, Instant uploadedAt) {
}
