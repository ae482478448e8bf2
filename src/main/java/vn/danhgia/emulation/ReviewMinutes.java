package vn.danhgia.emulation;

import java.time.LocalDate;

/**
 * The minutes of a review meeting (biên bản họp bình xét, seed 003 §IV.2): the day it was held, the members of the
 * emulation council the votes count against, who chaired it and who kept the minutes, and their text.
 */
public record ReviewMinutes(LocalDate heldOn, Integer councilMembers, String chair, String secretary, String text) {
}
