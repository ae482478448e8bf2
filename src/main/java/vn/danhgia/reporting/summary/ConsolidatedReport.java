package vn.danhgia.reporting.summary;

import java.time.LocalDate;
import vn.danhgia.reporting.ReportPeriod;
import vn.danhgia.reporting.ReportScope;

/**
 * A consolidated report that has passed the checks and is ready to be written: the period, whose ratings it covers
 * and the body it is from. Made by {@link ConsolidatedReportService#prepare}, written by
 * {@link ConsolidatedReportService#write}.
 */
public final class ConsolidatedReport {

    private final ReportPeriod period;
    private final Long unitId;
    private final ReportScope scope;
    private final LocalDate postedOn;

    ConsolidatedReport(ReportPeriod period, Long unitId, ReportScope scope, LocalDate postedOn) {
        this.period = period;
        this.unitId = unitId;
        this.scope = scope;
        this.postedOn = postedOn;
    }

    public ReportPeriod period() {
        return period;
    }

    /** ASCII letters, digits and dashes only: {@code bao-cao-tong-hop-nam-2026.xlsx}, with the unit if any. */
    public String fileName() {
        return "bao-cao-tong-hop-" + period.slug() + (unitId == null ? "" : "-don-vi-" + unitId) + ".xlsx";
    }

    ReportScope scope() {
        return scope;
    }

    LocalDate postedOn() {
        return postedOn;
    }
}
