package vn.danhgia.emulation.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.danhgia.emulation.EmulationHolder;
import vn.danhgia.emulation.NominationOutcome;
import vn.danhgia.emulation.Nominee;
import vn.danhgia.rules.emulation.EmulationTitle;

/** A holder nominated for one title in a review (đề nghị bình xét), eligible when nominated, and the council's vote. */
@Entity
@Table(name = "emulation_nomination")
class EmulationNomination {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private EmulationHolder holder;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private EmulationTitle title;

    @Column(nullable = false, updatable = false)
    private boolean eligible;

    @Column(name = "votes_for")
    private Integer votesFor;

    @Column(name = "votes_against")
    private Integer votesAgainst;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NominationOutcome outcome;

    protected EmulationNomination() {
    }

    EmulationNomination(Nominee nominee, EmulationTitle title) {
        this.holder = nominee.holder();
        this.subjectId = nominee.subjectId();
        this.title = title;
        // Only an eligible holder is nominated (the service refuses the others with their reasons).
        this.eligible = true;
        this.outcome = NominationOutcome.PENDING;
    }

    void recordVote(int votesFor, int votesAgainst, boolean passes) {
        this.votesFor = votesFor;
        this.votesAgainst = votesAgainst;
        this.outcome = passes ? NominationOutcome.CHOSEN : NominationOutcome.REFUSED;
    }

    boolean is(Nominee nominee, EmulationTitle title) {
        return nominee().equals(nominee) && this.title == title;
    }

    boolean chosenAs(EmulationTitle title) {
        return this.title == title && outcome == NominationOutcome.CHOSEN;
    }

    boolean voted() {
        return votesFor != null;
    }

    State state() {
        return new State(holder, subjectId, title, votesFor, votesAgainst, outcome);
    }

    /** The nomination as the audit trail records it before and after a change. */
    record State(EmulationHolder holder, long subjectId, EmulationTitle title, Integer votesFor, Integer votesAgainst,
                 NominationOutcome outcome) {
    }

    Long id() { return id; }
    long version() { return version; }
    Nominee nominee() { return new Nominee(holder, subjectId); }
    EmulationTitle title() { return title; }
    boolean eligible() { return eligible; }
    Integer votesFor() { return votesFor; }
    Integer votesAgainst() { return votesAgainst; }
    NominationOutcome outcome() { return outcome; }
}
