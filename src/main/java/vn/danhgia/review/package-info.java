/**
 * Review of the quarter's self-assessments, starting with the appraisal (thẩm định, seed 002 §4 Bước 3): the
 * personnel office reviews each submitted self-assessment, adjusts figures with a reason (the cadre's and the
 * appraised value are both kept), rates each task's response on the seed's three levels and proposes a level beside
 * the rating engine's suggestion, justifying in writing a proposal above it.
 * <p>
 * Then the council's opinion and vote ({@link vn.danhgia.review.CouncilService}; seed 000 §III.4 "bỏ phiếu biểu quyết
 * xếp loại cho các cá nhân (Mẫu 02)"): the council of a unit and quarter votes a level per cadre of the unit; the
 * tally follows {@link vn.danhgia.rules.CouncilTally} and the session's minutes (biên bản) list members present, the
 * votes per level and each result with its reason.
 * <p>
 * After the decision, announcement and archive (seed 002 §4 Bước 6; {@link vn.danhgia.review.AnnouncementService},
 * {@link vn.danhgia.review.DossierService}) and complaints handled by the inspection committee (seed 000 §IV.4;
 * {@link vn.danhgia.review.ComplaintService}); an upheld complaint cancels the rating for re-rating (seed 000 §II.2).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"assessment", "organization", "scheme", "rules", "platform"})
package vn.danhgia.review;
