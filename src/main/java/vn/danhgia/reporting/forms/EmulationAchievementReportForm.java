package vn.danhgia.reporting.forms;

import java.util.List;

/**
 * What the achievement report shows (Báo cáo thành tích của tập thể và các cá nhân, seed 003 §IV item 3): for each
 * collective and person the review meeting chose, the titles proposed this year, the initiatives, research and works
 * recognised up to this year with their level, and the titles and rewards of earlier years the chains rest on. Every
 * value is already written as the document shows it.
 */
public record EmulationAchievementReportForm(FormHeader header, String unitName, String year, List<Row> rows,
                                             FormSigner signer) {

    public EmulationAchievementReportForm {
        rows = List.copyOf(rows);
    }

    /** One collective or person: what is proposed, what they achieved, what they received before. */
    public record Row(String number, String holder, String name, String position, String titles,
                      String achievements, String earlierAwards) {
    }
}
