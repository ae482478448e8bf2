package vn.danhgia.council;

/** A member's role in the council: chủ trì, thành viên, thư ký. */
public enum CouncilRole {
    CHAIR,
    MEMBER,
    SECRETARY
}
