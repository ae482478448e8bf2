package vn.danhgia.reporting.forms;

import java.util.List;

/**
 * What Mẫu 03 shows (seed 002 Mẫu số 03, "Bản tự đánh giá, chấm điểm và xếp loại của cá nhân"): the cadre's
 * particulars; part I A the general criteria marked met or not with their points, B the tasks under their axes with
 * each axis's KPI and points; part II the level the cadre proposes; part III the assessment by the competent level.
 * Figures are written with a decimal comma, totals to two decimals as the seed's Phụ lục 2 does ("91,93 điểm").
 *
 * @param authority      part III; blank lines while the reader may not see it yet
 * @param confirmingBody the authority that evaluates the cadre, in capitals, whose confirmation closes part III
 *                       ("CHI BỘ PHÒNG KINH TẾ, PHÒNG KINH TẾ", seed 000 §III.1.2); empty when none is assigned
 * @param confirmer      the head who signs that confirmation for the authority's first unit
 */
public record SelfAssessmentForm(FormHeader header, String quarter, CadreParticulars cadre,
                                 List<CriterionRow> criteria, String generalMaxPoints, String generalPoints,
                                 List<TaskRow> tasks, String taskMaxPoints, String taskPoints, String totalMaxPoints,
                                 String totalPoints, String proposedLevel, AuthorityPart authority,
                                 String confirmingBody, FormSigner confirmer) {

    /** A row of table A: a group (its number, title and sums; {@code group} true) or one criterion. */
    public record CriterionRow(boolean group, String number, String text, String met, String notMet,
                               String maxPoints, String points) {
    }

    /** A row of table B: an axis (its KPI, maximum and points; {@code axis} true) or one of its tasks. */
    public record TaskRow(boolean axis, String number, String title, String target, String result, String kpi,
                          String maxPoints, String points) {
    }

    /**
     * Part III, "Nhận xét, đánh giá của cấp có thẩm quyền": the appraised points, the level proposed to the deciding
     * authority (the head's proposal, else the personnel office's), how far the key tasks were met (the weakest
     * response level the appraisal gave a task), and the level decided once there is one.
     */
    public record AuthorityPart(String points, String proposedLevel, String responseLevel, String decidedLevel) {

        static final AuthorityPart BLANK = new AuthorityPart("", "", "", "");
    }
}
