package vn.danhgia.decision;

import java.util.List;
import java.util.Optional;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.UnitId;
import vn.danhgia.scheme.Quarter;

/**
 * The level of a cadre's quarter: proposed by the unit head, decided by the competent authority, or proposed upwards
 * when a higher authority manages the cadre (seed 002 §4 Bước 4–5; seed 002 §2.2 "cấp có thẩm quyền quản lý cán bộ
 * thì quyết định, phê duyệt mức xếp loại"). At decision time the rules of seed 002 §6 and seed 000 §III.3 are
 * enforced: a completed appraisal; never above the engine's suggestion for the appraised figures with the
 * collective's caps and a force majeure confirmed with its reason; EXCELLENT only within the peer group's places and
 * for those the ranking awards or ties at the cut. Levels are passed as their names so that a bad one is refused
 * beside the field (400). {@code expectedVersion} is the live rating's version the caller read, or null when there
 * was none; a stale one is refused (409). Outside the reader's scope a cadre is "not found"; their own rating is
 * refused (403). Every change is audited.
 */
public interface DecisionService {

    /** The cadres the reader decides or proposes for in the quarter, grouped by peer group. */
    DecisionBoard board(Quarter quarter);

    /** The unit head's proposal (đề xuất mức xếp loại), for a cadre the head may approve, never their own. */
    RatingView propose(CadreId cadre, Quarter quarter, Long expectedVersion, String level, String comment);

    /** The competent authority's decision (quyết định xếp loại). */
    RatingView decide(CadreId cadre, Quarter quarter, Long expectedVersion, String level, String comment,
                      String forceMajeureReason);

    /** Sends the proposal to the higher authority that manages the cadre (đề nghị xếp loại, seed 002 §4 Bước 5). */
    RatingView proposeUpward(CadreId cadre, Quarter quarter, Long expectedVersion, String level, String comment);

    /** Records the higher authority's decision on a proposal sent upwards; the comment names its document. */
    RatingView recordHigherDecision(CadreId cadre, Quarter quarter, Long expectedVersion, String level,
                                    String documentReference);

    /**
     * The leadership collective's result for the quarter, recorded by an authority that sees the unit;
     * {@code expectedVersion} is the recorded result's version as read, or null when none was recorded.
     */
    CollectiveView recordCollective(UnitId unit, Quarter quarter, Long expectedVersion, Integer assigned,
                                    Integer done, Integer excused, String forceMajeureReason, String level);

    /**
     * Every rating of the unit's quarter, cancelled ones included, oldest first. No scope check: for services that
     * have checked the reader's access themselves (announcement, complaints, reports).
     */
    List<RatingView> ratingsOfUnit(UnitId unit, Quarter quarter);

    /**
     * The leadership collective's recorded result of the quarter (its level and task completion), empty when none
     * was recorded; no scope check, as {@link #ratingsOfUnit}. The annual review prefills Mẫu 01 from it.
     */
    Optional<CollectiveView> collectiveResult(UnitId unit, Quarter quarter);

    /** The cadre's live (not cancelled) rating of the quarter; no scope check, as {@link #ratingsOfUnit}. */
    Optional<RatingView> liveRating(CadreId cadre, Quarter quarter);
}
