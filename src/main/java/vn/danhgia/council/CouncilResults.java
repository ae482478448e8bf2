package vn.danhgia.council;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import vn.danhgia.rules.council.CouncilTallyResult;
import vn.danhgia.scheme.Quarter;

/**
 * The council's outcome for the steps that follow the vote (seed 002 §4 Bước 3: the council "có ý kiến đánh giá, xếp
 * loại trước khi trình cấp có thẩm quyền"): each cadre's result for the decision board, and the closed sessions whose
 * minutes go into the dossier.
 */
public interface CouncilResults {

    /**
     * The result for each cadre voted on in the latest closed session of the council of the unit and quarter, by
     * cadre id; empty when the unit has no council or no closed session.
     */
    Map<Long, CouncilTallyResult> of(long unitId, Quarter quarter);

    /** The same for many units with a fixed number of queries, by unit id; units without a result are missing. */
    Map<Long, Map<Long, CouncilTallyResult>> of(Collection<Long> unitIds, Quarter quarter);

    /** The ids of the closed vote sessions of the unit's council of the quarter, each with its minutes, in order. */
    List<Long> closedSessions(long unitId, Quarter quarter);
}
