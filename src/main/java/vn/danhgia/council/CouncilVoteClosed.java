package vn.danhgia.council;

import vn.danhgia.scheme.Quarter;

/** A council's vote session (seed 000 §III.4, Mẫu 02) was closed: its tally is final for the unit and quarter. */
public record CouncilVoteClosed(long sessionId, long councilId, long unitId, Quarter quarter) {
}
