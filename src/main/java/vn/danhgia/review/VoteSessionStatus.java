package vn.danhgia.review;

public enum VoteSessionStatus {
    OPEN,
    CLOSED
}
