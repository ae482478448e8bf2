package vn.danhgia.rules.quota;

import java.util.List;
import vn.danhgia.rules.CollectiveRole;
import vn.danhgia.rules.RatingLevel;

/**
 * The people the EXCELLENT quota is counted over (seed 000 §III.3.1: "theo đối tượng có vị trí, vai trò, chức năng,
 * nhiệm vụ tương đồng").
 *
 * @param qualifiedMembers        members qualifying for GOOD or better, the head left out (seed 002 §6.1: the head
 *                                is "không tính vào tỷ lệ")
 * @param leadersInUnit           all leaders of the unit, head included, when the group is one unit; null for a peer
 *                                group across units, where the small-unit rule does not apply
 * @param allLeadersGoodOrBetter  whether every leader of that unit qualifies for GOOD or better
 */
public record QuotaGroup(int qualifiedMembers, Integer leadersInUnit, boolean allLeadersGoodOrBetter) {

    public QuotaGroup {
        if (qualifiedMembers < 0 || (leadersInUnit != null && leadersInUnit < qualifiedMembers)) {
            throw new IllegalArgumentException("a unit of " + leadersInUnit + " leaders cannot have "
                    + qualifiedMembers + " qualified members");
        }
    }

    public static QuotaGroup peerGroup(int qualifiedMembers) {
        return new QuotaGroup(qualifiedMembers, null, false);
    }

    /** The leaders of one unit, head included, with the levels the engine suggested for them. */
    public static QuotaGroup unit(List<QuotaCandidate> leaders) {
        return new QuotaGroup(qualifiedMembers(leaders), leaders.size(),
                leaders.stream().allMatch(leader -> leader.suggestedLevel().isAtLeast(RatingLevel.GOOD)));
    }

    /** People of similar positions across units, with the levels the engine suggested for them. */
    public static QuotaGroup peerGroup(List<QuotaCandidate> candidates) {
        return peerGroup(qualifiedMembers(candidates));
    }

    boolean isSmallUnitAllGood(int smallUnitLimit) {
        return leadersInUnit != null && leadersInUnit < smallUnitLimit && allLeadersGoodOrBetter;
    }

    private static int qualifiedMembers(List<QuotaCandidate> candidates) {
        return (int) candidates.stream()
                .filter(candidate -> candidate.role() != CollectiveRole.HEAD)
                .filter(candidate -> candidate.suggestedLevel().isAtLeast(RatingLevel.GOOD))
                .count();
    }
}
