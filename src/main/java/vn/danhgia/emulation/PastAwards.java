package vn.danhgia.emulation;

/**
 * Titles and rewards of earlier years entered by the people who keep the holder's history (the form on the history
 * page, the Excel import): the holder must be in the caller's scope, the year before the one under review and the
 * title one for the holder's kind. Each entry is audited.
 */
public interface PastAwards {

    /**
     * Enters the award; entering one already on record changes nothing and answers false.
     *
     * @throws vn.danhgia.platform.InvalidInputException for a year not in the past, a title missing or for the other
     *                                                   kind of holder, a decision number too long
     * @throws vn.danhgia.platform.RecordNotFoundException for a holder that does not exist or is outside the scope
     * @throws vn.danhgia.platform.AccessRefusedException for a caller who sees the holder but does not keep its history
     */
    boolean enter(PastAward award);

    /**
     * Whether the award is already on record, asked by an import's dry run: false for a holder outside the caller's
     * keeping, so that nothing of other units' histories shows through the comparison.
     */
    boolean onRecord(PastAward award);
}
