/**
 * A council's vote on a person's level (bỏ phiếu biểu quyết, seed 000 §III.4, Mẫu 02): the quorum and the majority of
 * all members its rule asks ({@link vn.danhgia.rules.council.CouncilRule}) and the tally of the ballots
 * ({@link vn.danhgia.rules.council.CouncilTally}).
 */
package vn.danhgia.rules.council;
