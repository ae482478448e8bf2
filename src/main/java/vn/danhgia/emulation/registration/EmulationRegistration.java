package vn.danhgia.emulation.registration;

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
import java.time.LocalDate;
import vn.danhgia.emulation.EmulationHolder;
import vn.danhgia.emulation.Nominee;
import vn.danhgia.emulation.RegistrationSource;
import vn.danhgia.emulation.StoredRegistration;
import vn.danhgia.rules.emulation.EmulationTitle;

/**
 * A registration for emulation (bản đăng ký thi đua, seed 003 §III.1): one per holder and year, with the title aimed
 * at. Whether it was late is fixed when it is made, against the deadline then in force; changing the target later
 * changes neither the day nor the lateness, since the title finally proposed follows the achievement, not the target.
 */
@Entity
@Table(name = "emulation_registration")
class EmulationRegistration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    private EmulationHolder holder;

    private long subjectId;

    private long unitId;

    @Column(name = "emulation_year")
    private int year;

    @Enumerated(EnumType.STRING)
    private EmulationTitle targetTitle;

    private LocalDate registeredOn;

    private boolean late;

    @Enumerated(EnumType.STRING)
    private RegistrationSource source;

    private String recordedBy;

    private Instant recordedAt;

    protected EmulationRegistration() {
    }

    EmulationRegistration(Nominee nominee, long unitId, int year, EmulationTitle target, LocalDate registeredOn,
                          LocalDate lastDayInTime, RegistrationSource source, String by, Instant at) {
        this.holder = nominee.holder();
        this.subjectId = nominee.subjectId();
        this.unitId = unitId;
        this.year = year;
        this.targetTitle = target;
        this.registeredOn = registeredOn;
        this.late = registeredOn.isAfter(lastDayInTime);
        this.source = source;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    void changeTarget(EmulationTitle target, String by, Instant at) {
        this.targetTitle = target;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    Long getId() {
        return id;
    }

    long version() {
        return version;
    }

    Nominee nominee() {
        return new Nominee(holder, subjectId);
    }

    long unitId() {
        return unitId;
    }

    int year() {
        return year;
    }

    EmulationTitle target() {
        return targetTitle;
    }

    StoredRegistration view(LocalDate deadline) {
        return new StoredRegistration(id, nominee(), unitId, year, targetTitle, registeredOn, late, deadline, source,
                version);
    }
}
