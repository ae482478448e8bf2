package vn.danhgia.emulation;

/** What the council's vote made of a nomination: not voted yet, chosen, or refused below the vote's threshold. */
public enum NominationOutcome {
    PENDING,
    CHOSEN,
    REFUSED;

    public String messageKey() {
        return "emulation.review.outcome." + name();
    }
}
