package vn.danhgia.appraisal.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import vn.danhgia.appraisal.ResponseLevel;

/** The appraised figures of one task (null = as the cadre reported), the reason for changing them, the response. */
@Embeddable
class AppraisedTask {

    @Column(name = "done_quantity")
    private BigDecimal doneQuantity;

    private BigDecimal quality;

    private BigDecimal timeliness;

    private BigDecimal leadership;

    @Column(name = "adjustment_reason")
    private String adjustmentReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "response_level")
    private ResponseLevel responseLevel;

    protected AppraisedTask() {
    }

    AppraisedTask(BigDecimal doneQuantity, BigDecimal quality, BigDecimal timeliness, BigDecimal leadership,
                  String adjustmentReason, ResponseLevel responseLevel) {
        this.doneQuantity = doneQuantity;
        this.quality = quality;
        this.timeliness = timeliness;
        this.leadership = leadership;
        this.adjustmentReason = adjustmentReason;
        this.responseLevel = responseLevel;
    }

    BigDecimal doneQuantity() {
        return doneQuantity;
    }

    BigDecimal quality() {
        return quality;
    }

    BigDecimal timeliness() {
        return timeliness;
    }

    BigDecimal leadership() {
        return leadership;
    }

    String adjustmentReason() {
        return adjustmentReason;
    }

    ResponseLevel responseLevel() {
        return responseLevel;
    }

    boolean adjusted() {
        return doneQuantity != null || quality != null || timeliness != null || leadership != null;
    }

    boolean empty() {
        return !adjusted() && responseLevel == null && adjustmentReason == null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AppraisedTask that && same(doneQuantity, that.doneQuantity)
                && same(quality, that.quality) && same(timeliness, that.timeliness)
                && same(leadership, that.leadership) && java.util.Objects.equals(adjustmentReason,
                that.adjustmentReason) && responseLevel == that.responseLevel;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(adjustmentReason, responseLevel);
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
