package vn.danhgia.rules.council;

/**
 * How a council's vote (bỏ phiếu biểu quyết, seed 000 §III.4, Mẫu 02) is decided: the share of the members who must be
 * present (quorum) and the share of ALL the council's members, not of those present, a level must get strictly more
 * than. Seed 000 only says the Party committee and the office's leadership "tổ chức đánh giá, bỏ phiếu biểu quyết xếp
 * loại cho các cá nhân (Mẫu 02)" and names neither share, so both are parameters; the defaults are the usual ones for
 * a collective's vote: at least two thirds present, and more than half of the members.
 *
 * @param quorumNumerator     with {@code quorumDenominator}: the share of members that must be present (at least)
 * @param majorityNumerator   with {@code majorityDenominator}: the share of members a level must exceed
 */
public record CouncilRule(int quorumNumerator, int quorumDenominator, int majorityNumerator, int majorityDenominator) {

    public CouncilRule {
        if (quorumDenominator <= 0 || majorityDenominator <= 0 || quorumNumerator < 0 || majorityNumerator < 0
                || quorumNumerator > quorumDenominator || majorityNumerator >= majorityDenominator) {
            throw new IllegalArgumentException("quorum must be a share in [0, 1] and majority a share in [0, 1)");
        }
    }

    /** Two thirds present; more than half of the members. */
    public static CouncilRule defaults() {
        return new CouncilRule(2, 3, 1, 2);
    }

    /** The fewest members present for the vote to count: ⌈members × quorum share⌉. */
    public int quorumOf(int members) {
        long product = (long) members * quorumNumerator;
        return (int) ((product + quorumDenominator - 1) / quorumDenominator);
    }

    /** The fewest votes that are strictly more than the majority share of the members: ⌊members × share⌋ + 1. */
    public int majorityOf(int members) {
        return (int) ((long) members * majorityNumerator / majorityDenominator) + 1;
    }
}
