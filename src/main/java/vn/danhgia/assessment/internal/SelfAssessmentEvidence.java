package vn.danhgia.assessment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import vn.danhgia.assessment.EvidenceView;

/**
 * A file attached to a self-assessment or one of its tasks; written once and never changed, removed only while the
 * self-assessment is editable. The content is in the document store under {@link #storageKey}.
 */
@Entity
@Immutable
@Table(name = "self_assessment_evidence")
class SelfAssessmentEvidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assessment_id", nullable = false)
    private long assessmentId;

    @Column(name = "task_id")
    private Long taskId;

    @Column(name = "original_name", nullable = false)
    private String originalName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "storage_key", nullable = false)
    private String storageKey;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected SelfAssessmentEvidence() {
    }

    SelfAssessmentEvidence(long assessmentId, Long taskId, String originalName, String contentType, long size,
                           String sha256, String storageKey, String uploadedBy, Instant uploadedAt) {
        this.assessmentId = assessmentId;
        this.taskId = taskId;
        this.originalName = originalName;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    Long getId() {
        return id;
    }

    long assessmentId() {
        return assessmentId;
    }

    String storageKey() {
        return storageKey;
    }

    EvidenceView view() {
        return new EvidenceView(id, assessmentId, taskId, originalName, contentType, size, sha256, uploadedBy,
                uploadedAt);
    }
}
