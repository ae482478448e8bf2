package vn.danhgia.council;

import java.util.List;
import java.util.Set;
import vn.danhgia.rules.RatingLevel;

/**
 * The council's opinion and vote (bỏ phiếu biểu quyết xếp loại, seed 000 §III.4, Mẫu 02). A personnel officer whose
 * office serves the unit, or the authority deciding for the unit's cadres, configures the council of a unit and
 * quarter with members from the unit's scope (its own cadres and those of the units below it, of its authorities and
 * of the personnel office serving it); someone who sees the unit but may not set its council up is refused (403), a
 * member outside the scope is refused (400) without being named. The chair or whoever may set the council up opens
 * and closes a vote session; the chair or the secretary records who is present; each member recorded present votes one
 * level per cadre of the unit, never on themselves, and may change the vote while the session is open. The tally
 * follows {@link vn.danhgia.rules.council.CouncilTally} with the members recorded present as those present; when
 * the scheme asks for a secret ballot nobody sees it before the session is closed. Councils are "not
 * found" for anyone who is neither a member, sees the unit nor may set its council up; a non-member who sees the unit
 * is refused (403) when voting. Every change is audited.
 */
public interface CouncilService {

    CouncilView configure(long unitId, int year, int quarter, List<CouncilMemberInput> members);

    CouncilView get(long councilId);

    /** The councils the signed-in person is a member of, sees through the units they lead or serve, or may set up. */
    List<CouncilSummary> visible();

    /** Whether the signed-in person may set up a council for some unit today. */
    boolean maySetUp();

    /** The units and members the signed-in person may choose from when setting up a council today. */
    CouncilChoices choices();

    VoteSessionView open(long councilId, long expectedCouncilVersion);

    VoteSessionView vote(long sessionId, long subjectCadreId, RatingLevel level);

    /**
     * Records the attendance of an open session (issue 12): the members named are present, the others absent. The
     * chair, the secretary or whoever may set the council up records it; a member who has already voted cannot be
     * recorded absent (409), someone who is not a member cannot be named (400).
     */
    VoteSessionView recordAttendance(long sessionId, long expectedVersion, Set<Long> presentCadreIds);

    VoteSessionView close(long sessionId, long expectedVersion);

    /**
     * The session with its ballot: each cadre's figures and, while open, the running count (withheld from everyone
     * during a secret ballot), once closed the minutes.
     */
    VoteSessionView session(long sessionId);
}
