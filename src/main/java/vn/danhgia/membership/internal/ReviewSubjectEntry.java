package vn.danhgia.membership.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.danhgia.membership.SubjectKind;

/** A unit reviewed as a collective of a kind org_unit.kind cannot name, or a chi bộ tổ dân phố. */
@Entity
@Table(name = "review_subject")
public class ReviewSubjectEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Long version;

    @Column(name = "unit_id", nullable = false, unique = true)
    private long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false)
    private SubjectKind kind;

    @Column(nullable = false)
    private boolean residential;

    protected ReviewSubjectEntry() {
    }

    ReviewSubjectEntry(long unitId, SubjectKind kind, boolean residential) {
        this.unitId = unitId;
        this.kind = kind;
        this.residential = residential;
    }

    /** An administrator's correction: the unit, the kind it is reviewed as, the tổ dân phố flag. */
    void change(long unitId, SubjectKind kind, boolean residential) {
        this.unitId = unitId;
        this.kind = kind;
        this.residential = residential;
    }

    Long id() {
        return id;
    }

    long version() {
        return version == null ? 0 : version;
    }

    long unitId() {
        return unitId;
    }

    SubjectKind kind() {
        return kind;
    }

    boolean residential() {
        return residential;
    }
}
