/**
 * Rules of the annual review (kiểm điểm, đánh giá, xếp loại hằng năm; seeds 003 and 004): which self-review form a
 * subject fills, and the year's levels. Plain Java like the rest of {@code rules}; exposed to every module as the
 * named interface {@code rules::annual}.
 */
@org.springframework.modulith.NamedInterface("annual")
package vn.danhgia.rules.annual;
