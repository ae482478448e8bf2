/**
 * The annual cycle (kiểm điểm, đánh giá, xếp loại chất lượng hằng năm, seeds 003 and 004): year-end dossiers with
 * their checklist and the package sent upward, and the annual progress board driven by the scheme's annual calendar.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"membership", "organization", "scheme", "rules", "platform"})
package vn.danhgia.annual;
