package vn.danhgia.annual.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.danhgia.rules.annual.AnnualDossierChecklist.Entry;
import vn.danhgia.rules.annual.AnnualDossierItem;

/**
 * What was recorded for one item of a dossier: a file (its name, type, size, SHA-256 and key in the document store) or
 * "not applicable" with a reason. Append-only: a later entry for the item replaces it in the checklist, both stay.
 */
@Entity
@Table(name = "annual_dossier_entry")
class DossierEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long dossierId;

    @Enumerated(EnumType.STRING)
    private AnnualDossierItem item;

    @Enumerated(EnumType.STRING)
    @Column(name = "entry")
    private Entry kind;

    private String originalName;

    private String contentType;

    private Long sizeBytes;

    private String sha256;

    private String storageKey;

    private String reason;

    private String recordedBy;

    private Instant recordedAt;

    protected DossierEntry() {
    }

    static DossierEntry uploaded(long dossierId, AnnualDossierItem item, String name, String contentType, long size,
                                 String sha256, String key, String by, Instant at) {
        DossierEntry entry = new DossierEntry();
        entry.dossierId = dossierId;
        entry.item = item;
        entry.kind = Entry.UPLOADED;
        entry.originalName = name;
        entry.contentType = contentType;
        entry.sizeBytes = size;
        entry.sha256 = sha256;
        entry.storageKey = key;
        entry.recordedBy = by;
        entry.recordedAt = at;
        return entry;
    }

    static DossierEntry notApplicable(long dossierId, AnnualDossierItem item, String reason, String by, Instant at) {
        DossierEntry entry = new DossierEntry();
        entry.dossierId = dossierId;
        entry.item = item;
        entry.kind = Entry.NOT_APPLICABLE;
        entry.reason = reason;
        entry.recordedBy = by;
        entry.recordedAt = at;
        return entry;
    }

    Long getId() {
        return id;
    }

    long dossierId() {
        return dossierId;
    }

    AnnualDossierItem item() {
        return item;
    }

    Entry kind() {
        return kind;
    }

    String originalName() {
        return originalName;
    }

    String contentType() {
        return contentType;
    }

    Long size() {
        return sizeBytes;
    }

    String sha256() {
        return sha256;
    }

    String storageKey() {
        return storageKey;
    }

    String reason() {
        return reason;
    }

    String recordedBy() {
        return recordedBy;
    }

    Instant recordedAt() {
        return recordedAt;
    }
}
