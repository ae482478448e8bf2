package vn.danhgia.reporting.forms;

import java.util.List;

/**
 * What the minutes of the review meeting show (Biên bản họp bình xét, seed 003 §IV item 2): the unit, the day, the
 * chair, the secretary and the council's members, every nomination put to the vote with the engine's eligibility,
 * the votes for and against and whether the meeting chose it, the meeting's record, and the signatures. Every value
 * is already written as the document shows it.
 */
public record EmulationReviewMinutesForm(FormHeader header, String unitName, String year, String heldOn,
                                         String chair, String secretary, String councilMembers, List<Row> rows,
                                         String minutes) {

    public EmulationReviewMinutesForm {
        rows = List.copyOf(rows);
    }

    /** A nomination in the meeting's order. */
    public record Row(String number, String name, String title, String eligibility, String votesFor,
                      String votesAgainst, String outcome) {
    }
}
