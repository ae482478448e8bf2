package vn.danhgia.annual;

/** Where an agenda item of a review meeting stands. */
public enum ReviewItemStatus {
    /** Chưa kết thúc: under review. */
    PENDING,
    /** Đã kết thúc kiểm điểm: the vote is final. */
    CLOSED,
    /** Không kiểm điểm năm nay (seed 004 §II.1), with its reason. */
    NOT_REVIEWED;

    public String messageKey() {
        return "annual.meeting.item-status." + name();
    }
}
