package vn.danhgia.reporting.summary;

/**
 * One cadre's line of a quarterly summary table: who, the post held and its unit, the rating's status and its levels
 * as stored names ({@code EXCELLENT} …, null when not given yet), and the comments that explain them. The proposed
 * level is the head's, else the personnel office's at appraisal ({@link QuarterlyReportSql#PROPOSED_LEVEL}).
 */
public record RatingLine(String cadreCode, String fullName, String positionTitle, String unitCode, String unitName,
                         String status, String selfProposedLevel, String headProposedLevel, String decidedLevel,
                         String headComment, String decisionComment, String forceMajeureReason) {

    /** Whether the rating has been announced (seed 002 §4 Bước 6): only then is it final. */
    public boolean announced() {
        return "ANNOUNCED".equals(status);
    }

    /** What Mẫu 04's "Tóm tắt căn cứ" column says: the decision's comment and any force majeure reason. */
    public String decisionNote() {
        return QuarterlyWorkbook.join(decisionComment, forceMajeureReason);
    }
}
