/**
 * Thẩm định, the first step of the rating pipeline (seed 002 §4 Bước 3): the personnel office reviews each submitted
 * self-assessment, adjusts figures with a reason (the cadre's and the appraised value are both kept), rates each
 * task's response on the seed's three levels and proposes a level beside the rating engine's suggestion, justifying
 * in writing a proposal above it. The later steps read the outcome through
 * {@link vn.danhgia.appraisal.AppraisalOutcomes}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"assessment", "organization", "scheme", "rules", "platform"})
package vn.danhgia.appraisal;
