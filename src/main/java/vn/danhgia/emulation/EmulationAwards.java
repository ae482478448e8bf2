package vn.danhgia.emulation;

/** Enters titles and rewards in the holders' histories: from a recognition decision, or imported for earlier years. */
public interface EmulationAwards {

    /**
     * Enters the award once; entering the same holder, year and title again changes nothing and answers false.
     * Checks nothing of access: the caller (a decision, an import) has checked it.
     */
    boolean enter(AwardEntry entry, String recordedBy);
}
