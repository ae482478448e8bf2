/**
 * The annual cycle (issue 13): the year's review (kiểm điểm) and the yearly rating (xếp loại chất lượng cuối năm) of
 * collectives, party organisations, party members and civil servants (seeds 003, 004). The yearly ratings
 * ({@link vn.danhgia.annual.YearlyRatings}) gather the year's quarters, show the engine's suggestion with its reasons,
 * take the authority's decision under the quota, the head's cap and the order of the seeds, then are announced, open
 * to complaint, locked and kept in each person's history.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"review", "organization", "scheme", "rules", "platform"})
package vn.danhgia.annual;
