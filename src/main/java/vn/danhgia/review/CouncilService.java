package vn.danhgia.review;

import java.util.List;
import vn.danhgia.rules.RatingLevel;

/**
 * The council's opinion and vote (bỏ phiếu biểu quyết xếp loại, seed 000 §III.4, Mẫu 02). A personnel officer whose
 * office serves the unit, or the unit's head, configures the council of a unit and quarter; the chair or such an
 * officer opens and closes a vote session; each member votes one level per cadre of the unit, never on themselves,
 * and may change the vote while the session is open. The tally follows {@link vn.danhgia.rules.CouncilTally}.
 * Councils are "not found" for anyone who is neither a member nor sees the unit; a non-member who sees the unit is
 * refused (403) when voting. Every change is audited.
 */
public interface CouncilService {

    CouncilView configure(long unitId, int year, int quarter, List<CouncilMemberInput> members);

    CouncilView get(long councilId);

    /** The councils the signed-in person is a member of or sees through the units they lead or serve. */
    List<CouncilSummary> visible();

    VoteSessionView open(long councilId, long expectedCouncilVersion);

    VoteSessionView vote(long sessionId, long subjectCadreId, RatingLevel level);

    VoteSessionView close(long sessionId, long expectedVersion);

    /** The session with its tallies: while open the running count, once closed the minutes. */
    VoteSessionView session(long sessionId);
}
