package vn.danhgia.council;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.council.CouncilTallyResult;

/**
 * A vote session and, per subject cadre, the ballot line: the cadre's self-assessed and appraised figures and the
 * tally of the votes cast so far (final once CLOSED). This is also the content of the minutes (biên bản hội nghị đánh
 * giá, bỏ phiếu xếp loại chất lượng, seed 000 §III.5 (2)).
 *
 * @param unitId              the council's unit, whose name heads the minutes
 * @param quorum              the members that had to be present for the vote to count (seed 000 §III.4; two thirds
 *                            by default)
 * @param present             the members recorded present by the chair or the secretary (issue 12: attendance is
 *                            recorded, not inferred from voting)
 * @param absent              the members recorded absent; a member in neither list is not recorded yet
 * @param secretBallot        the scheme asked for a secret ballot (bỏ phiếu kín) when the session opened
 * @param tallyHidden         a secret ballot still open: nobody sees the running tally, so every result is null
 * @param myVotes             the signed-in member's own votes by subject cadre id (empty for a non-member)
 * @param mayRecordAttendance the reader may record the attendance now (chair, secretary or who set the council up)
 * @param mayClose            the reader may close the session now (chair or who set the council up)
 */
public record VoteSessionView(long id, long version, long councilId, long unitId, String unitName, int year,
                              int quarter, int quorum, VoteSessionStatus status, Instant openedAt, Instant closedAt,
                              List<CouncilView.Member> members, List<CouncilView.Member> present,
                              List<CouncilView.Member> absent, boolean secretBallot, boolean tallyHidden,
                              List<SubjectTally> tallies, Map<Long, RatingLevel> myVotes, boolean mayRecordAttendance,
                              boolean mayClose) {

    /**
     * One cadre on the ballot.
     *
     * @param result the tally; null while a secret ballot is open
     */
    public record SubjectTally(CouncilView.Person subject, Figures figures, CouncilTallyResult result) {
    }

    /**
     * What the members vote on (issue 12): the totals and levels the cadre submitted (Mẫu 03, kept at submission) and
     * those the personnel office appraised (kept at completion), as the appraisal page shows them; each null until
     * submitted or completed.
     */
    public record Figures(BigDecimal selfAssessedTotal, RatingLevel selfAssessedLevel, BigDecimal appraisedTotal,
                          RatingLevel appraisedLevel) {

        public static final Figures NONE = new Figures(null, null, null, null);
    }

    /** The member in the role (the chair, the secretary), if the council has one. */
    public Optional<CouncilView.Member> memberIn(CouncilRole role) {
        return members.stream().filter(member -> member.role() == role).findFirst();
    }

    /** Whether the member was recorded present. */
    public boolean isPresent(CouncilView.Member member) {
        return present.contains(member);
    }

    /** Whether the member was recorded absent. */
    public boolean isAbsent(CouncilView.Member member) {
        return absent.contains(member);
    }
}
