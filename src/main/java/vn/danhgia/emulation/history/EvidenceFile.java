package vn.danhgia.emulation.history;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A document proving an achievement (the decision recognising it, the initiative itself): its name, type, size and
 * SHA-256, and its key in the document store. Added, never changed.
 */
@Entity
@Table(name = "emulation_achievement_file")
class EvidenceFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long achievementId;

    private String originalName;

    private String contentType;

    private long sizeBytes;

    private String sha256;

    private String storageKey;

    private String recordedBy;

    private Instant recordedAt;

    protected EvidenceFile() {
    }

    EvidenceFile(long achievementId, String originalName, String contentType, long sizeBytes, String sha256,
                 String storageKey, String recordedBy, Instant recordedAt) {
        this.achievementId = achievementId;
        this.originalName = originalName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    EvidenceView view() {
        return new EvidenceView(id, originalName, contentType, sizeBytes, sha256, recordedBy, recordedAt);
    }

    Long getId() {
        return id;
    }

    long achievementId() {
        return achievementId;
    }

    String originalName() {
        return originalName;
    }

    String contentType() {
        return contentType;
    }

    long size() {
        return sizeBytes;
    }

    String sha256() {
        return sha256;
    }

    String storageKey() {
        return storageKey;
    }
}
