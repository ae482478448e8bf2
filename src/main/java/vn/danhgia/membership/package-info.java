/**
 * Who is reviewed in the year-end review, where and by whom (đối tượng, nơi kiểm điểm, thẩm quyền đánh giá hằng năm;
 * seed 004 §II.1, §II.2, §V; seed 003 §II.1): party membership (the cell where each member is active, admission,
 * exemption, suspension), the collectives reviewed at their own level with their seats, and the annual authority
 * per subject, separate from the quarterly one. Other modules read it through
 * {@link vn.danhgia.membership.ReviewSubjects}. Its pages open on {@code scheme}'s year under review.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"organization", "platform", "platform::accounts", "rules", "scheme"})
package vn.danhgia.membership;
