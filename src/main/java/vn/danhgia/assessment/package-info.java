/**
 * Self-assessments (bản tự đánh giá, chấm điểm và xếp loại — seed 002 Mẫu 03): the cadre scores the general criteria
 * and the task results of the six axes under the evaluation scheme in force, with the figures computed by
 * {@link vn.danhgia.rules.QuarterlyScorer}. It starts with the live scoring sheet page; storing and submitting
 * self-assessments for appraisal come next. Its {@code api} serves the scoring and rating engine to other systems.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"rules", "scheme", "platform"})
package vn.danhgia.assessment;
