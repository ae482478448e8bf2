package vn.danhgia.rules.annual;

import java.util.Objects;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.RatingReason;
import vn.danhgia.rules.ReasonCode;

/**
 * The cadre level a leader's party-member rating rests on (seed 004 §VII.1: "trong trường hợp cấp có thẩm quyền chưa
 * quyết định mức xếp loại chất lượng cán bộ thì có thể lấy kết quả đề nghị mức xếp loại của cơ quan, đơn vị nơi công
 * tác chính của cán bộ để làm cơ sở"): the authority's decided level once it exists, else the workplace's proposed
 * level, marked provisional so the party rating is revisited when the authority decides. The party level is then not
 * above it (a party member who is a cadre is EXCELLENT only when rated EXCELLENT as a cadre).
 *
 * @param level       the level the party rating rests on
 * @param provisional true while it is only the workplace's proposal
 */
public record LeaderPartyLevel(RatingLevel level, boolean provisional) {

    public LeaderPartyLevel {
        Objects.requireNonNull(level, "level");
    }

    /**
     * The basis: the decided cadre level when there is one, else the workplace's proposed level (provisional).
     *
     * @param decidedCadreLevel       the level the competent authority decided, or null while it has not
     * @param proposedWorkplaceLevel  the level the main workplace proposed, or null when none is known
     */
    public static LeaderPartyLevel basis(RatingLevel decidedCadreLevel, RatingLevel proposedWorkplaceLevel) {
        if (decidedCadreLevel != null) {
            return new LeaderPartyLevel(decidedCadreLevel, false);
        }
        if (proposedWorkplaceLevel == null) {
            throw new IllegalArgumentException("neither a decided cadre level nor a proposed one (seed 004 §VII.1)");
        }
        return new LeaderPartyLevel(proposedWorkplaceLevel, true);
    }

    /** The reason to show: it caps the party level at this level and says whether it is decided or proposed. */
    public RatingReason reason() {
        return provisional
                ? RatingReason.of(ReasonCode.LEADER_PARTY_LEVEL_PROVISIONAL, level, level)
                : RatingReason.of(ReasonCode.LEADER_PARTY_LEVEL_DECIDED, level, level);
    }
}
