package vn.danhgia.annual.dossier;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.danhgia.rules.AnnualDossierItem.Holder;

/**
 * A subject's year-end dossier (hồ sơ kiểm điểm, đánh giá, xếp loại hằng năm): who, the unit that keeps it, the year,
 * and whether the person is proposed at EXCELLENT, which makes the evidence of seed 003 §2.1 a (11) required. Its
 * items are {@link DossierEntry} rows.
 */
@Entity
@Table(name = "annual_dossier")
class AnnualDossier {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    private Holder holder;

    private long subjectId;

    private long unitId;

    @jakarta.persistence.Column(name = "period_year")
    private int year;

    private boolean excellentProposed;

    protected AnnualDossier() {
    }

    AnnualDossier(SubjectRef subject, long unitId, int year) {
        this.holder = subject.holder();
        this.subjectId = subject.id();
        this.unitId = unitId;
        this.year = year;
    }

    Long getId() {
        return id;
    }

    long version() {
        return version;
    }

    SubjectRef subject() {
        return new SubjectRef(holder, subjectId);
    }

    long unitId() {
        return unitId;
    }

    int year() {
        return year;
    }

    boolean excellentProposed() {
        return excellentProposed;
    }

    /** Records whether the person is proposed at EXCELLENT; a collective's dossier has no item that depends on it. */
    void proposeExcellent(boolean proposed) {
        if (holder != Holder.INDIVIDUAL) {
            throw new vn.danhgia.platform.RuleRefusedException("annual.dossier.refused.collective-excellent");
        }
        this.excellentProposed = proposed;
    }
}
