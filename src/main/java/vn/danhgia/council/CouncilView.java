package vn.danhgia.council;

import java.util.List;

/**
 * A council of a unit and quarter as its members and the unit's personnel office see it.
 *
 * @param quorum   the members that must be present for a vote to count
 * @param subjects the cadres the council votes on: those holding a post in the unit
 * @param sessions the vote sessions, oldest first
 */
public record CouncilView(long id, long version, long unitId, String unitName, int year, int quarter, int quorum,
                          List<Member> members, List<Person> subjects, List<SessionSummary> sessions) {

    public record Member(long cadreId, String code, String fullName, CouncilRole role) {
    }

    public record Person(long cadreId, String code, String fullName) {
    }

    public record SessionSummary(long id, long version, VoteSessionStatus status, java.time.Instant openedAt,
                                 java.time.Instant closedAt) {
    }
}
