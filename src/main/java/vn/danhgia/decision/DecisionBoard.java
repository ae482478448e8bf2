package vn.danhgia.decision;

import java.math.BigDecimal;
import java.util.List;
import vn.danhgia.appraisal.AppraisalStatus;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.PositionRank;
import vn.danhgia.organization.SpecialCaseKind;
import vn.danhgia.organization.UnitId;
import vn.danhgia.rules.CollectiveRole;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.RatingReason;
import vn.danhgia.rules.council.CouncilTallyResult;
import vn.danhgia.rules.quarterly.RatingSuggestion;
import vn.danhgia.rules.quota.QuotaOutcome;
import vn.danhgia.scheme.Quarter;

/**
 * What the competent authority (cấp có thẩm quyền) or the unit head sees when deciding or proposing the quarter's
 * levels (seed 002 §4 Bước 4): per peer group the EXCELLENT places and who the ranking gives them to, and per cadre
 * every input — own proposal, appraisal, council, engine suggestion, the head's proposal — beside the rating.
 *
 * @param collectives the leadership collectives of the cadres' units with their recorded results
 */
public record DecisionBoard(Quarter quarter, List<PeerGroup> groups, List<CollectiveView> collectives) {

    public DecisionBoard {
        groups = List.copyOf(groups);
        collectives = List.copyOf(collectives);
    }

    /**
     * People of similar position decided by the same authority (seed 000 §III.3.1 "theo đối tượng có vị trí, vai
     * trò, chức năng, nhiệm vụ tương đồng"), with the quota counted over them.
     *
     * @param key              deciding authority's unit codes and the position rank, e.g. {@code CB-KT+KT/DEPUTY}
     * @param authorityName    who decides for the group; empty when no authority is assigned
     * @param places           EXCELLENT places allowed
     * @param qualified        members qualifying for GOOD or better on the engine's suggestion (heads left out)
     * @param exact            share × base before rounding
     * @param quotaReasons     why that many places (and the small-unit rule when it applied)
     * @param excellentDecided places already taken by live EXCELLENT decisions
     */
    public record PeerGroup(String key, String authorityName, PositionRank rank, int places, int qualified,
                            BigDecimal exact, List<RatingReason> quotaReasons, int excellentDecided, List<Row> rows) {

        public PeerGroup {
            quotaReasons = List.copyOf(quotaReasons);
            rows = List.copyOf(rows);
        }

        /** The same group showing only some of its rows (a page of the board); the quota stays the whole group's. */
        public PeerGroup withRows(List<Row> shown) {
            return new PeerGroup(key, authorityName, rank, places, qualified, exact, quotaReasons, excellentDecided,
                    shown);
        }
    }

    /**
     * One cadre.
     *
     * @param suggestion       the engine's suggestion for the appraised figures with the collective and any force
     *                         majeure applied; null until the appraisal is completed
     * @param council          the latest closed vote of the council of the cadre's unit; null without one
     * @param rating           the live rating, null before anyone proposed or decided
     * @param quotaOutcome     what the EXCELLENT ranking says for the person; null without a suggestion
     * @param canDecide        the reader's authority decides for the cadre
     * @param canProposeUpward a higher authority decides: the reader may send the proposal upwards
     * @param canRecordHigher  the reader may record the higher authority's decision
     */
    public record Row(CadreId cadre, String code, String name, String positionTitle, UnitId unit, String unitName,
                      CollectiveRole role, String decidingAuthority, RatingLevel selfProposed,
                      AppraisalStatus appraisalStatus, RatingLevel appraisalProposed, RatingSuggestion suggestion,
                      CouncilTallyResult council, RatingView rating, List<SpecialCaseKind> specialCases,
                      QuotaOutcome quotaOutcome, Integer quotaRank, RatingReason quotaReason, boolean canPropose,
                      boolean canDecide, boolean canProposeUpward, boolean canRecordHigher) {

        public Row {
            specialCases = List.copyOf(specialCases);
        }

        public RatingLevel suggestedLevel() {
            return suggestion == null ? null : suggestion.level();
        }

        /** The version a change must name: the live rating's, or null when there is none yet. */
        public Long expectedVersion() {
            return rating == null ? null : rating.version();
        }
    }
}
