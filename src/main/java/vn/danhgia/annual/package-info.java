/**
 * The annual review (kiểm điểm, đánh giá, xếp loại chất lượng hằng năm, seeds 003 and 004): who is reviewed, the
 * self-review forms (Mẫu 01, 02A, 02B, 02C and the decree's form) prefilled from the year's quarters, the review
 * meetings in the required order and the yearly levels. Who is reviewed and where comes from {@code membership}. The quarterly results are read through the public APIs of
 * assessment, planning and review; the rules come from {@code vn.danhgia.rules}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"rules", "platform", "organization", "membership", "scheme", "planning", "assessment",
                "review"})
package vn.danhgia.annual;
