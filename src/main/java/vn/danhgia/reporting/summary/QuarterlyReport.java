package vn.danhgia.reporting.summary;

import java.util.Optional;
import vn.danhgia.reporting.UnitOption;
import vn.danhgia.reporting.summary.QuarterlyReportSql.Criteria;
import vn.danhgia.scheme.Quarter;

/**
 * A summary table that has passed the checks and is ready to be written: the form, the quarter, whose ratings it
 * covers and the name it is sent under. Made by {@link QuarterlyReportService#prepare}, written by
 * {@link QuarterlyReportService#write}.
 */
public final class QuarterlyReport {

    private final QuarterlyForm form;
    private final Quarter quarter;
    private final Long unitId;
    private final String bodyName;
    private final UnitOption bodyUnit;
    private final Criteria criteria;

    QuarterlyReport(QuarterlyForm form, Quarter quarter, Long unitId, String bodyName, UnitOption bodyUnit,
                    Criteria criteria) {
        this.form = form;
        this.quarter = quarter;
        this.unitId = unitId;
        this.bodyName = bodyName;
        this.bodyUnit = bodyUnit;
        this.criteria = criteria;
    }

    public QuarterlyForm form() {
        return form;
    }

    public Quarter quarter() {
        return quarter;
    }

    /** A file name of ASCII letters, digits and dashes only: {@code mau-06-quy-3-2026.xlsx}, with the unit if any. */
    public String fileName() {
        return form.slug() + "-quy-" + quarter.number() + "-" + quarter.year()
                + (unitId == null ? "" : "-don-vi-" + unitId) + ".xlsx";
    }

    String bodyName() {
        return bodyName;
    }

    /**
     * The one unit the table is from, with its code: the chosen unit, else the single top unit the person sees (the
     * single root for the administrator); empty when the person sees several separate units and chose none.
     */
    public Optional<UnitOption> bodyUnit() {
        return Optional.ofNullable(bodyUnit);
    }

    Criteria criteria() {
        return criteria;
    }
}
