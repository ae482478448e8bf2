package vn.danhgia.rules.council;

/** Why a council's tally reached a level or not ({@link CouncilTally}). */
public enum TallyReason {
    /** A level got more than the majority share of the members. */
    REACHED,
    /** Fewer members present than the quorum: the vote does not count. */
    QUORUM_MISSING,
    /** Completion levels and NOT_COMPLETED got the same support, and neither the majority. */
    TIE,
    /** No level got the majority (abstentions or scattered votes). */
    NO_MAJORITY;

    public String messageKey() {
        return "rule.tally." + name();
    }
}
