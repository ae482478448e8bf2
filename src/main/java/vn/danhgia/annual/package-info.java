/**
 * The annual review (kiểm điểm, đánh giá, xếp loại chất lượng hằng năm, seeds 003 and 004): the self-review forms
 * (Mẫu 01, 02A, 02B, 02C and the decree's form) prefilled from the year's quarters, the review meetings in the required
 * order, the yearly levels, year-end dossiers with the package sent upward and the annual progress board. Who is
 * reviewed and where comes from {@code membership}; the quarterly results are read through the public APIs of
 * assessment, planning and decision; the rules come from {@code vn.danhgia.rules}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"rules", "platform", "platform::web", "organization", "membership", "scheme", "planning",
                "assessment", "council", "decision", "publication"})
package vn.danhgia.annual;
