package vn.danhgia.council;

public enum VoteSessionStatus {
    OPEN,
    CLOSED
}
