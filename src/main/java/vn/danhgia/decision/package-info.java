/**
 * The decision on each cadre's rating (seed 002 §4 Bước 4–5): the unit head's proposal, the authority's decision
 * within the excellent quota and the peer group's share, the collective's result, deferrals and exemptions (special
 * cases), and the stored rating ({@link vn.danhgia.decision.QuarterRating}) with its history over the periods, which
 * the decision board itself shows. It reads the appraisal's outcome and the council's result; the publication that
 * follows works on the ratings it stores.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"appraisal", "council", "assessment", "organization", "scheme", "rules", "platform"})
package vn.danhgia.decision;
