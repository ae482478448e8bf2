package vn.danhgia.reporting.forms;

import java.util.List;

/**
 * What Mẫu 04, 05 and 06 show (seed 002 §4 Bước 5–6, the tables after Mẫu 03): the seven columns of the seed per cadre
 * and, below, the count of cadres per level of the fifth column, as the .xlsx of the same table counts them.
 *
 * @param period "III/2033", for the title "… XẾP LOẠI QUÝ III/2033"
 * @param signer the head of the body the table is from; empty fields for a table of several bodies
 */
public record QuarterlySummaryForm(FormHeader header, String period, List<Row> rows, List<Count> counts,
                                   FormSigner signer) {

    public QuarterlySummaryForm {
        rows = List.copyOf(rows);
        counts = List.copyOf(counts);
    }

    /** One cadre's line: the seven columns (1)–(7) of the seed's table. */
    public record Row(String number, String fullName, String postAndUnit, String selfProposed, String level,
                      String reasons, String staffProposal) {
    }

    /** "Hoàn thành tốt nhiệm vụ", "2". */
    public record Count(String label, String count) {
    }
}
