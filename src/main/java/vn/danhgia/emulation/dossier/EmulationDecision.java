package vn.danhgia.emulation.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A recognition decision (quyết định công nhận danh hiệu thi đua, khen thưởng) for a year, with its number, the day it
 * was signed and the authority that signed it.
 */
@Entity
@Table(name = "emulation_decision")
class EmulationDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "decision_year")
    private int year;

    private String number;

    private LocalDate signedOn;

    private String authority;

    private String recordedBy;

    private Instant recordedAt;

    @Version
    private long version;

    protected EmulationDecision() {
    }

    EmulationDecision(int year, String number, LocalDate signedOn, String authority, String recordedBy,
                      Instant recordedAt) {
        this.year = year;
        this.number = number;
        this.signedOn = signedOn;
        this.authority = authority;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    Long getId() {
        return id;
    }

    int year() {
        return year;
    }

    String number() {
        return number;
    }

    LocalDate signedOn() {
        return signedOn;
    }

    String authority() {
        return authority;
    }

    String recordedBy() {
        return recordedBy;
    }

    Instant recordedAt() {
        return recordedAt;
    }
}
