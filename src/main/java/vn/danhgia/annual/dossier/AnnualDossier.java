package vn.danhgia.annual.dossier;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.danhgia.rules.annual.AnnualDossierItem.Holder;

/**
 * A subject's year-end dossier (hồ sơ kiểm điểm, đánh giá, xếp loại hằng năm): who, the unit that keeps it and the
 * year. Its items are {@link DossierEntry} rows; whether the evidence of seed 003 §2.1 a (11) is required follows the
 * person's yearly rating ({@link vn.danhgia.annual.ExcellentProposals}), not a flag kept here.
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

    SubjectRef subject() {
        return new SubjectRef(holder, subjectId);
    }

    long unitId() {
        return unitId;
    }

    int year() {
        return year;
    }
}
