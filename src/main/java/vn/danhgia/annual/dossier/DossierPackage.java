package vn.danhgia.annual.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A unit's year-end dossiers sent upward as one .zip (hồ sơ gửi cấp trên); the file is in the document store. */
@Entity
@Table(name = "annual_dossier_package")
class DossierPackage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long unitId;

    @Column(name = "period_year")
    private int year;

    private String addressee;

    private String fileName;

    private long sizeBytes;

    private String sha256;

    private String storageKey;

    private int dossierCount;

    private String sentBy;

    private Instant sentAt;

    protected DossierPackage() {
    }

    DossierPackage(long unitId, int year, String addressee, String fileName, long size, String sha256,
                   String storageKey, int dossierCount, String sentBy, Instant sentAt) {
        this.unitId = unitId;
        this.year = year;
        this.addressee = addressee;
        this.fileName = fileName;
        this.sizeBytes = size;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.dossierCount = dossierCount;
        this.sentBy = sentBy;
        this.sentAt = sentAt;
    }

    PackageView view() {
        return new PackageView(id, unitId, year, addressee, fileName, sizeBytes, sha256, dossierCount, sentBy, sentAt);
    }

    String storageKey() {
        return storageKey;
    }
}
