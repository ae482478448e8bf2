package vn.danhgia.reporting.summary;

import java.util.ArrayList;
import java.util.List;
import vn.danhgia.reporting.summary.ConsolidatedReportSql.QuotaRow;
import vn.danhgia.rules.CollectiveRole;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.RatingRules;
import vn.danhgia.rules.quota.ExcellentQuota;
import vn.danhgia.rules.quota.HeadOutsideOwnUnitQuota;
import vn.danhgia.rules.quota.QuotaAllowance;
import vn.danhgia.rules.quota.QuotaCandidate;
import vn.danhgia.rules.quota.QuotaGroup;

/**
 * A peer group's decided ratings of a quarter counted for the EXCELLENT quota by the same rules the decision board
 * applies before deciding (seed 000 §III.3.1, seed 002 §6.1): a group decided within one unit is that unit's
 * leadership, whose head is "không tính vào tỷ lệ" and takes no place ({@link HeadOutsideOwnUnitQuota}), and the
 * small-unit rule counts all its leaders; in a group across units a head is a peer like any other. The levels are
 * the decided ones, where the board weighs the engine's suggestions: the report checks what was decided.
 *
 * @param qualified the members GOOD or better the places are counted from
 * @param excellent the EXCELLENT decisions that take one of the places
 */
record DecidedQuotaGroup(int qualified, int excellent, QuotaAllowance allowance) {

    static DecidedQuotaGroup of(QuotaRow row, RatingRules rules) {
        boolean oneUnit = row.units() == 1;
        List<QuotaCandidate> decided = new ArrayList<>();
        add(decided, CollectiveRole.HEAD, RatingLevel.GOOD, row.headsGoodOrBetter());
        add(decided, CollectiveRole.HEAD, RatingLevel.COMPLETED, row.heads() - row.headsGoodOrBetter());
        add(decided, CollectiveRole.MEMBER, RatingLevel.GOOD, row.goodOrBetter() - row.headsGoodOrBetter());
        add(decided, CollectiveRole.MEMBER, RatingLevel.COMPLETED,
                row.decided() - row.heads() - (row.goodOrBetter() - row.headsGoodOrBetter()));
        List<QuotaCandidate> inGroup = HeadOutsideOwnUnitQuota.inGroup(decided, oneUnit);
        QuotaGroup group = oneUnit ? QuotaGroup.unit(inGroup) : QuotaGroup.peerGroup(inGroup);
        boolean headsOutside = inGroup.stream().anyMatch(candidate -> candidate.role() == CollectiveRole.HEAD);
        return new DecidedQuotaGroup(group.qualifiedMembers(),
                row.excellent() - (headsOutside ? row.headsExcellent() : 0), ExcellentQuota.allowance(group, rules));
    }

    private static void add(List<QuotaCandidate> candidates, CollectiveRole role, RatingLevel level, int count) {
        for (int i = 0; i < count; i++) {
            candidates.add(new QuotaCandidate(role.name() + "-" + level.name() + "-" + i, "", role, level, null));
        }
    }
}
