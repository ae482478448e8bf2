package vn.danhgia.reporting.forms;

import java.util.List;

/**
 * What the unit's proposal shows (Tờ trình đề nghị công nhận các danh hiệu thi đua và hình thức khen thưởng, seed 003
 * §IV item 1): the issuing unit, the year, the office it goes to, each collective and person the review meeting chose
 * with the title or reward proposed and the vote that carried it, the totals per title, and the unit head who signs.
 * Every value is already written as the document shows it.
 */
public record EmulationProposalForm(FormHeader header, String unitName, String year, String recipient,
                                    String reviewDay, List<Row> rows, List<Total> totals, FormSigner signer) {

    public EmulationProposalForm {
        rows = List.copyOf(rows);
        totals = List.copyOf(totals);
    }

    /** A nominee with the title proposed and the council's vote ("6/7 thành viên đồng ý"). */
    public record Row(String number, String holder, String name, String position, String title, String vote) {
    }

    /** How many the unit proposes for a title. */
    public record Total(String title, String count) {
    }
}
