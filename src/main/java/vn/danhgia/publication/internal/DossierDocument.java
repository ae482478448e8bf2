package vn.danhgia.publication.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import vn.danhgia.publication.DocumentKind;

/** A document of a unit's quarterly dossier; written once, never changed (every column is insert-only). */
@Entity
@Immutable
@Table(name = "dossier_document")
class DossierDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "period_year", nullable = false)
    private int year;

    @Column(name = "period_quarter", nullable = false)
    private int quarter;

    @Column(name = "cadre_id")
    private Long cadreId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DocumentKind kind;

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

    protected DossierDocument() {
    }

    DossierDocument(long unitId, int year, int quarter, Long cadreId, DocumentKind kind, String originalName,
                    String contentType, long size, String sha256, String storageKey, String uploadedBy,
                    Instant uploadedAt) {
        this.unitId = unitId;
        this.year = year;
        this.quarter = quarter;
        this.cadreId = cadreId;
        this.kind = kind;
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

    long unitId() {
        return unitId;
    }

    int year() {
        return year;
    }

    int quarter() {
        return quarter;
    }

    Long cadreId() {
        return cadreId;
    }

    DocumentKind kind() {
        return kind;
    }

    String originalName() {
        return originalName;
    }

    String contentType() {
        return contentType;
    }

    long size() {
        return size;
    }

    String sha256() {
        return sha256;
    }

    String storageKey() {
        return storageKey;
    }

    String uploadedBy() {
        return uploadedBy;
    }

    Instant uploadedAt() {
        return uploadedAt;
    }
}
