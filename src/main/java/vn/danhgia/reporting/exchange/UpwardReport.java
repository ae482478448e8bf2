package vn.danhgia.reporting.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * The upward report (báo cáo kết quả xếp loại gửi cấp trên, seed 002 §4 Bước 5, "theo Mẫu số 04") as one installation
 * sends it to the instance of the level above: the exchange format {@value #FORMAT}, version {@value #VERSION},
 * described field by field in {@code docs/exchange-format.md} and {@code docs/upward-report.schema.json}. Only
 * announced ratings are in it; {@code notYetAnnounced} says how many of the body's ratings of the quarter were left
 * out because they were not announced yet. {@code rowsSha256} is the SHA-256 of the rows' canonical form
 * ({@link RowsChecksum}), so the receiver can tell a file altered or damaged on the way.
 * <p>
 * A year's report (issue 13 §7) says so in {@code period.kind} ({@value #YEAR}) and carries the yearly level counts
 * per track in {@code tracks} (Biểu 01 collectives, Biểu 02 individuals), with no rows; a file without the marker is a
 * quarter's, so the files written before the year was exchanged still read as they did, and a quarter's file is
 * written exactly as before.
 */
public record UpwardReport(String format, Integer version, Body sender, Period period, Instant generatedAt,
                           Person generatedBy, Integer notYetAnnounced, String note, List<UnitCounts> units,
                           LevelCounts totals, List<Row> rows, String rowsSha256,
                           @JsonInclude(JsonInclude.Include.NON_NULL) List<TrackCounts> tracks) {

    public static final String FORMAT = "danhgia.upward-report";
    public static final int VERSION = 1;
    /** The period marker of a year's report. */
    public static final String YEAR = "YEAR";
    /** The period marker of a quarter's report, the same as none. */
    public static final String QUARTER = "QUARTER";

    /** Whether the file reports a year rather than a quarter. */
    public boolean yearly() {
        return period != null && YEAR.equals(period.kind());
    }

    /** The sending body (cơ quan, đơn vị báo cáo), by its unit code in the sending installation. */
    public record Body(String code, String name) {
    }

    /** A quarter (kind absent or {@value #QUARTER}) or, with kind {@value #YEAR} and no quarter, a year. */
    public record Period(Integer year, Integer quarter, @JsonInclude(JsonInclude.Include.NON_NULL) String kind) {

        /** A quarter's period, written without the marker as before the year was exchanged. */
        public static Period quarter(int year, int quarter) {
            return new Period(year, quarter, null);
        }

        public static Period year(int year) {
            return new Period(year, null, YEAR);
        }
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

    /**
     * A year's counts on one track, as the yearly tables give them (Biểu 01: {@code COLLECTIVE}, the leadership
     * collectives; Biểu 02: {@code STATE}, the civil servants and public employees): per unit and in total.
     */
    public record TrackCounts(String track, List<UnitCounts> units, LevelCounts totals) {
    }
}
