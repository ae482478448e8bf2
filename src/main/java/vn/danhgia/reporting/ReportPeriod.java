package vn.danhgia.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import vn.danhgia.scheme.Quarter;

/**
 * The period a consolidated report covers: one quarter, or a whole year (quarters I–IV).
 *
 * @param year    the calendar year
 * @param quarter 1–4, or null for the whole year
 */
public record ReportPeriod(int year, Integer quarter) {

    public boolean wholeYear() {
        return quarter == null;
    }

    public int firstQuarter() {
        return wholeYear() ? 1 : quarter;
    }

    public int lastQuarter() {
        return wholeYear() ? 4 : quarter;
    }

    public List<Quarter> quarters() {
        return IntStream.rangeClosed(firstQuarter(), lastQuarter()).mapToObj(number -> new Quarter(year, number))
                .toList();
    }

    /** The day people are placed on their posts: the period's last day, or today while it runs. */
    public LocalDate postedOn(LocalDate today) {
        LocalDate last = quarters().get(quarters().size() - 1).lastDay();
        return today.isBefore(last) ? today : last;
    }

    /** For file names: {@code nam-2026} or {@code quy-3-2026}. */
    public String slug() {
        return wholeYear() ? "nam-" + year : "quy-" + quarter + "-" + year;
    }
}
