package vn.danhgia.reporting.exchange;

import java.time.Instant;
import java.util.List;

/**
 * The upward report (báo cáo kết quả xếp loại gửi cấp trên, seed 002 §4 Bước 5, "theo Mẫu số 04") as one installation
 * sends it to the instance of the level above: the exchange format {@value #FORMAT}, version {@value #VERSION},
 * described field by field in {@code docs/exchange-format.md} and {@code docs/upward-report.schema.json}. Only
 * announced ratings are in it; {@code notYetAnnounced} says how many of the body's ratings of the quarter were left
 * out because they were not announced yet. {@code rowsSha256} is the SHA-256 of the rows' canonical form
 * ({@link RowsChecksum}), so the receiver can tell a file altered or damaged on the way.
 */
public record UpwardReport(String format, Integer version, Body sender, Period period, Instant generatedAt,
                           Person generatedBy, Integer notYetAnnounced, String note, List<UnitCounts> units,
                           LevelCounts totals, List<Row> rows, String rowsSha256) {

    public static final String FORMAT = "danhgia.upward-report";
    public static final int VERSION = 1;

    /** The sending body (cơ quan, đơn vị báo cáo), by its unit code in the sending installation. */
    public record Body(String code, String name) {
    }

    public record Period(Integer year, Integer quarter) {
    }

    /** Who generated the file in the sending installation. */
    public record Person(String username, String name) {
    }

    /** How many cadres were rated at each level (Hoàn thành xuất sắc / tốt / Hoàn thành / Không hoàn thành). */
    public record LevelCounts(Long excellent, Long good, Long completed, Long notCompleted, Long total) {
    }

    /** The counts of one unit the rated cadres work in. */
    public record UnitCounts(String code, String name, LevelCounts counts) {
    }

    /**
     * One line of Mẫu 04: the cadre, the post and unit (Chức vụ, đơn vị công tác), the level the cadre proposed, the
     * level decided and announced, and the note (Tóm tắt căn cứ: the decision's comment and any force majeure reason).
     */
    public record Row(String cadreCode, String fullName, String position, String unitCode, String unitName,
                      String selfProposedLevel, String level, String note) {
    }
}
