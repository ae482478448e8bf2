package vn.danhgia.annual;

/** In what capacity someone attends a review meeting (thành phần tham dự). */
public enum ReviewAttendeeCapacity {
    /** Thành viên: a member of the cell, collective or department, who votes. */
    MEMBER,
    /** Ủy viên Ban Thường vụ Đảng ủy phụ trách chi bộ (seed 004 §VI). */
    STANDING_COMMITTEE_MEMBER,
    /** Bộ phận tham mưu, giúp việc Đảng ủy (seed 004 §VI). */
    COMMITTEE_STAFF,
    /** Đại diện Ban cán sự đảng UBND tỉnh (seed 003 §2.3). */
    PARTY_CADRES_COMMITTEE,
    /** Đại diện Đảng ủy các cơ quan tỉnh (seed 003 §2.3). */
    BLOC_PARTY_COMMITTEE,
    /** Đại diện Sở Nội vụ (seed 003 §2.3). */
    HOME_AFFAIRS,
    /** Khách mời khác. */
    GUEST;

    /** Whether the attendee votes on the proposed levels. */
    public boolean votes() {
        return this == MEMBER;
    }

    public String messageKey() {
        return "annual.meeting.capacity." + name();
    }
}
