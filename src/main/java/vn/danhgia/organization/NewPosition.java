package vn.danhgia.organization;

public record NewPosition(String code, String title, PositionRank rank, PositionTrack track, UnitId unit,
                          boolean leader) {
}
