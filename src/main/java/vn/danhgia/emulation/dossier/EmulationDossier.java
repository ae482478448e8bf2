package vn.danhgia.emulation.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.danhgia.platform.RuleRefusedException;

/**
 * A unit's proposal dossier (hồ sơ đề nghị công nhận danh hiệu thi đua và hình thức khen thưởng, seed 003 §IV) for a
 * year: prepared from the unit's closed review meeting, sent by the unit head to the personnel office, returned by the
 * office with a reason and sent again, and settled by the recognition decision. Each transition checks the state it
 * leaves.
 */
@Entity
@Table(name = "emulation_dossier")
class EmulationDossier {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long unitId;

    @Column(name = "dossier_year")
    private int year;

    private long reviewId;

    @Enumerated(EnumType.STRING)
    private EmulationDossierStatus status;

    private String preparedBy;

    private Instant preparedAt;

    private String sentBy;

    private Instant sentAt;

    private boolean late;

    private String returnedBy;

    private Instant returnedAt;

    private String returnReason;

    private Long decisionId;

    @Version
    private long version;

    protected EmulationDossier() {
    }

    private EmulationDossier(long unitId, int year, long reviewId, String preparedBy, Instant preparedAt) {
        this.unitId = unitId;
        this.year = year;
        this.reviewId = reviewId;
        this.status = EmulationDossierStatus.DRAFT;
        this.preparedBy = preparedBy;
        this.preparedAt = preparedAt;
    }

    /** A dossier prepared from the unit's closed review. */
    static EmulationDossier prepared(long unitId, int year, long reviewId, String by, Instant at) {
        return new EmulationDossier(unitId, year, reviewId, by, at);
    }

    /**
     * Sends the dossier to the personnel office, first or again after a return; {@code late} when sent after the
     * calendar's last day for the dossiers. The reason of an earlier return stays on record until the next one.
     */
    void send(String by, Instant at, boolean sentLate) {
        if (status != EmulationDossierStatus.DRAFT && status != EmulationDossierStatus.RETURNED) {
            throw new RuleRefusedException("emulationdossier.refused.not-sendable");
        }
        status = EmulationDossierStatus.SENT;
        sentBy = by;
        sentAt = at;
        late = sentLate;
    }

    /** The office gives the dossier back to the unit, saying what to change. */
    void returnForRevision(String by, Instant at, String reason) {
        if (status != EmulationDossierStatus.SENT) {
            throw new RuleRefusedException("emulationdossier.refused.not-returnable");
        }
        status = EmulationDossierStatus.RETURNED;
        returnedBy = by;
        returnedAt = at;
        returnReason = reason;
    }

    /** A recognition decision settled nominations of the dossier; a later one may settle the rest. */
    void decide(long decision) {
        if (status != EmulationDossierStatus.SENT && status != EmulationDossierStatus.DECIDED) {
            throw new RuleRefusedException("emulationdossier.refused.not-decidable");
        }
        status = EmulationDossierStatus.DECIDED;
        decisionId = decision;
    }

    /** What the audit trail records before and after a change. */
    record State(long unitId, int year, EmulationDossierStatus status, String sentBy, Instant sentAt, boolean late,
                 String returnedBy, String returnReason, Long decisionId) {
    }

    State state() {
        return new State(unitId, year, status, sentBy, sentAt, late, returnedBy, returnReason, decisionId);
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

    long reviewId() {
        return reviewId;
    }

    EmulationDossierStatus status() {
        return status;
    }

    String sentBy() {
        return sentBy;
    }

    Instant sentAt() {
        return sentAt;
    }

    boolean late() {
        return late;
    }

    String returnedBy() {
        return returnedBy;
    }

    Instant returnedAt() {
        return returnedAt;
    }

    String returnReason() {
        return returnReason;
    }

    Long decisionId() {
        return decisionId;
    }

    long version() {
        return version;
    }
}
