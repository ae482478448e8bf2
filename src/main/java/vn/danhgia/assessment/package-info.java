/**
 * Self-assessments (bản tự đánh giá, chấm điểm và xếp loại — seed 002 Mẫu 03): the cadre scores the general criteria
 * and the task results of the six axes under the evaluation scheme in force, with the figures computed by
 * {@link vn.danhgia.rules.quarterly.QuarterlyScorer}. A stored self-assessment is prefilled from the approved work
 * plan (or listed directly in a quarter the scheme allows it for), submitted by the scheme's deadline and returned by
 * the unit's leadership for revision. The live score-sheet page stays as a calculator; the {@code api} serves the
 * scoring and rating engine and the stored self-assessments to other systems.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"rules", "scheme", "platform", "organization", "planning"})
package vn.danhgia.assessment;
