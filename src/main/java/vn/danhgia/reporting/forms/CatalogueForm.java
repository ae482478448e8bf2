package vn.danhgia.reporting.forms;

import java.util.List;

/**
 * What Mẫu 02 shows (seed 002 Mẫu số 02, "Bảng danh mục sản phẩm/công việc chuẩn", built as Phụ lục 1 suggests):
 * the unit's catalogue version with the seed's ten columns.
 *
 * @param unitName       the unit whose catalogue it is, after "Sản phẩm/công việc chuẩn của"
 * @param title          the version's own title
 * @param version        "Phiên bản 2 — Điểm của sản phẩm/công việc chuẩn: 100"
 * @param status         "Đã phê duyệt ngày 15/12/2026" or the version's state when not approved
 * @param signer         the head of the unit's issuing body, who signs the catalogue
 */
public record CatalogueForm(FormHeader header, String unitName, String title, String version,
                            List<ItemRow> items, String status, FormSigner signer) {

    /** One catalogue item in the seed's column order. */
    public record ItemRow(String number, String task, String approvalLevel, String difficulty, String product,
                          String quantity, String deadline, String note, String points, String coefficient) {
    }
}
