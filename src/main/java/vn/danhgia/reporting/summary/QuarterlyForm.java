package vn.danhgia.reporting.summary;

import java.util.Arrays;
import java.util.Optional;

/**
 * The quarterly summary tables of Hướng dẫn 02-HD/TU (seed 002 §4 Bước 5 and the templates that close the seed):
 * <ul>
 *   <li>Mẫu 04: "Báo cáo tổng hợp kết quả đánh giá, xếp loại quý, năm đối với cán bộ lãnh đạo, quản lý thuộc diện cơ
 *       quan, đơn vị được phân cấp quản lý": the levels decided, sent to the Ban Tổ chức Tỉnh ủy (seed 002 §4 Bước 6,
 *       "theo Mẫu số 04 đính kèm");</li>
 *   <li>Mẫu 05: "Tổng hợp kết quả đánh giá và đề xuất xếp loại … đối với cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản
 *       lý": the cadres whose level a higher authority decides, with the level proposed to it;</li>
 *   <li>Mẫu 06: the same table for the cadres whose level the body itself decides (phân cấp quản lý).</li>
 * </ul>
 * The seed does not number the three templates; they are told apart by their titles.
 */
public enum QuarterlyForm {
    MAU_04("mau-04", false),
    MAU_05("mau-05", true),
    MAU_06("mau-06", false);

    private final String slug;
    private final boolean higherAuthority;

    QuarterlyForm(String slug, boolean higherAuthority) {
        this.slug = slug;
        this.higherAuthority = higherAuthority;
    }

    /** How the address names the form: {@code mau-04}. */
    public String slug() {
        return slug;
    }

    /** Whether the form lists the cadres a higher authority decides for (Mẫu 05) rather than the body's own. */
    public boolean higherAuthority() {
        return higherAuthority;
    }

    /** Whether the level column holds the level decided (a report of results) rather than the level proposed. */
    public boolean reportsDecisions() {
        return this == MAU_04;
    }

    /** The fifth column's stored level: the level decided in Mẫu 04, the unit head's proposal in Mẫu 05 and 06. */
    String level(RatingLine line) {
        return reportsDecisions() ? line.decidedLevel() : line.headProposedLevel();
    }

    /** The sixth column: the decision's comment and any force majeure reason in Mẫu 04, the proposal's comment else. */
    String reasons(RatingLine line) {
        return reportsDecisions() ? line.decisionNote() : line.headComment();
    }

    public String messageKey() {
        return "reporting.quarterly.form." + name();
    }

    public static Optional<QuarterlyForm> ofSlug(String slug) {
        return Arrays.stream(values()).filter(form -> form.slug.equals(slug)).findFirst();
    }
}
