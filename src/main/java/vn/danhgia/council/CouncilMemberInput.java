package vn.danhgia.council;

/** A cadre to put on a council, with their role. */
public record CouncilMemberInput(long cadreId, CouncilRole role) {
}
