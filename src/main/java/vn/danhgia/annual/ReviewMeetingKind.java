package vn.danhgia.annual;

import java.util.Set;

/** What kind of review meeting (hội nghị kiểm điểm) it is, which decides its agenda and the superiors who attend. */
public enum ReviewMeetingKind {
    /** Kiểm điểm ở chi bộ (seed 004 §II.2.1.1): the cell's committee, then its party members. */
    PARTY_CELL(Set.of(ReviewAttendeeCapacity.STANDING_COMMITTEE_MEMBER, ReviewAttendeeCapacity.COMMITTEE_STAFF)),
    /** Kiểm điểm tập thể lãnh đạo, cấp ủy (seed 004 §II.2.1): the collective, its head, deputies and members. */
    COLLECTIVE(Set.of()),
    /** Họp kiểm điểm ở phòng, đơn vị (seed 003 §2.2): the department's civil servants and workers. */
    DEPARTMENT(Set.of()),
    /**
     * Hội nghị cán bộ chủ chốt (seed 003 §2.3): the office's leadership collective and its members, and the
     * departments' results consolidated for the head of the office.
     */
    KEY_CADRES(Set.of(ReviewAttendeeCapacity.PARTY_CADRES_COMMITTEE, ReviewAttendeeCapacity.BLOC_PARTY_COMMITTEE,
            ReviewAttendeeCapacity.HOME_AFFAIRS));

    private final Set<ReviewAttendeeCapacity> requiredSuperiors;

    ReviewMeetingKind(Set<ReviewAttendeeCapacity> requiredSuperiors) {
        this.requiredSuperiors = requiredSuperiors;
    }

    /**
     * The superiors who must attend (seed 004 §VI: the standing-committee member in charge of the cell and the
     * committee's staff; seed 003 §2.3: Ban cán sự đảng UBND tỉnh, Đảng ủy các cơ quan tỉnh, Sở Nội vụ).
     */
    public Set<ReviewAttendeeCapacity> requiredSuperiors() {
        return requiredSuperiors;
    }

    public String messageKey() {
        return "annual.meeting.kind." + name();
    }
}
