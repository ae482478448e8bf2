/**
 * The annual review's rules (kiểm điểm, đánh giá, xếp loại hằng năm; seeds 003, 004): plain Java like the rest of
 * {@code rules}, published to every module as the named interface {@code rules :: annual}.
 */
@org.springframework.modulith.NamedInterface("annual")
package vn.danhgia.rules.annual;
