package vn.danhgia.decision.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.danhgia.organization.CadreId;
import vn.danhgia.rules.CollectiveRole;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.RatingRules;
import vn.danhgia.rules.quarterly.RatingSuggestion;
import vn.danhgia.rules.quota.ExcellentQuota;
import vn.danhgia.rules.quota.ExcellentRanking;
import vn.danhgia.rules.quota.HeadOutsideOwnUnitQuota;
import vn.danhgia.rules.quota.QuotaAllowance;
import vn.danhgia.rules.quota.QuotaCandidate;
import vn.danhgia.rules.quota.QuotaGroup;
import vn.danhgia.rules.quota.QuotaRanking;
import vn.danhgia.rules.quota.RankedCandidate;

/**
 * The EXCELLENT places of one peer group and who the ranking gives them to, at the moment of asking (seed 000
 * §III.3.1, seed 002 §6.1). Only members with a completed appraisal are weighed: without one there is no suggestion
 * to rank. A group whose members all hold their rated post in one unit is that unit's leadership, so the small-unit
 * rule applies to it, counted over all the unit's leaders; among the group's members every one must qualify for GOOD
 * (the head, rated with the collective elsewhere, is not asked). Heads are outside the places only within their own
 * unit's group ({@link HeadOutsideOwnUnitQuota}, which the rating API asks too).
 */
record PeerGroupQuota(QuotaAllowance allowance, QuotaRanking ranking, int qualified) {

    /** A member as weighed: the candidate and the engine's suggestion, or null without a completed appraisal. */
    record Member(CadreFacts facts, RatingSuggestion suggestion) {
    }

    static PeerGroupQuota of(List<Member> members, Integer leadersOfSingleUnit, RatingRules rules) {
        List<QuotaCandidate> weighed = new ArrayList<>();
        for (Member member : members) {
            if (member.suggestion() != null) {
                DecisionCandidate candidate = member.facts().candidate();
                weighed.add(new QuotaCandidate(String.valueOf(candidate.cadre().value()),
                        candidate.post().fullName(), candidate.collectiveRole(), member.suggestion().level(),
                        member.facts().score()));
            }
        }
        List<QuotaCandidate> candidates = HeadOutsideOwnUnitQuota.inGroup(weighed, leadersOfSingleUnit != null);
        int qualified = (int) candidates.stream().filter(c -> c.role() != CollectiveRole.HEAD)
                .filter(c -> c.suggestedLevel().isAtLeast(RatingLevel.GOOD)).count();
        QuotaGroup group;
        if (leadersOfSingleUnit != null) {
            boolean allGood = members.stream().allMatch(member -> member.suggestion() != null
                    && member.suggestion().level().isAtLeast(RatingLevel.GOOD));
            group = new QuotaGroup(qualified, Math.max(leadersOfSingleUnit, qualified), allGood);
        } else {
            group = QuotaGroup.peerGroup(qualified);
        }
        QuotaAllowance allowance = ExcellentQuota.allowance(group, rules);
        return new PeerGroupQuota(allowance, ExcellentRanking.rank(candidates, allowance.places()), qualified);
    }

    Optional<RankedCandidate> of(CadreId cadre) {
        String id = String.valueOf(cadre.value());
        return ranking.candidates().stream().filter(ranked -> ranked.candidate().id().equals(id)).findFirst();
    }

    int places() {
        return allowance.places();
    }
}
