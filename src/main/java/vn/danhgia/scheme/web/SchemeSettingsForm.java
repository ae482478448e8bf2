package vn.danhgia.scheme.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.validation.BindingResult;
import vn.danhgia.rules.QuotaBase;
import vn.danhgia.rules.RatingMethod;
import vn.danhgia.rules.RatingRules;
import vn.danhgia.scheme.AxisDefinition;
import vn.danhgia.scheme.Deadline;
import vn.danhgia.scheme.DeadlineMonth;
import vn.danhgia.scheme.DeadlineStep;
import vn.danhgia.scheme.SchemeDetails;
import vn.danhgia.scheme.SchemeSettings;

/**
 * The scheme settings form: thresholds, axis weights, one row per deadline step (a step without a deadline is left
 * unchecked) and the complaint window. {@link #toSettings} refuses, beside their fields, the values the records
 * themselves cannot hold (a missing value, overlapping bands, a day 32); the scheme's rules check the rest.
 */
public class SchemeSettingsForm {

    private long version;
    private RatingMethod method;
    private BigDecimal excellentMinPoints;
    private BigDecimal goodMinPoints;
    private BigDecimal completedMinPoints;
    private BigDecimal excellentMinBeyondShare;
    private BigDecimal completedMaxLateShare;
    private BigDecimal beyondFactorAbove;
    private BigDecimal shortfallFactorBelow;
    private BigDecimal collectiveMinCompletion;
    private BigDecimal excellentQuotaShare;
    private Integer smallUnitLimit;
    private QuotaBase quotaBase;
    private List<AxisRow> axes = new ArrayList<>();
    private List<DeadlineRow> deadlines = new ArrayList<>();
    private Integer complaintWindowDays;
    private boolean secretBallot;

    static SchemeSettingsForm of(SchemeDetails details) {
        SchemeSettingsForm form = new SchemeSettingsForm();
        RatingRules rules = details.scheme().ratingRules();
        form.version = details.version();
        form.method = rules.method();
        form.excellentMinPoints = rules.excellentMinPoints();
        form.goodMinPoints = rules.goodMinPoints();
        form.completedMinPoints = rules.completedMinPoints();
        form.excellentMinBeyondShare = rules.excellentMinBeyondShare();
        form.completedMaxLateShare = rules.completedMaxLateShare();
        form.beyondFactorAbove = rules.beyondFactorAbove();
        form.shortfallFactorBelow = rules.shortfallFactorBelow();
        form.collectiveMinCompletion = rules.collectiveMinCompletion();
        form.excellentQuotaShare = rules.excellentQuotaShare();
        form.smallUnitLimit = rules.smallUnitLimit();
        form.quotaBase = rules.quotaBase();
        for (AxisDefinition axis : details.scheme().axes()) {
            form.axes.add(new AxisRow(axis.number(), axis.defaultMaxPoints()));
        }
        for (DeadlineStep step : DeadlineStep.values()) {
            DeadlineRow row = new DeadlineRow();
            row.setStep(step);
            details.scheme().deadline(step).ifPresent(deadline -> {
                row.setSet(true);
                row.setMonth(deadline.month());
                row.setDay(deadline.day());
                row.setInclusive(deadline.inclusive());
            });
            form.deadlines.add(row);
        }
        form.complaintWindowDays = details.scheme().complaintWindowDays();
        form.secretBallot = details.scheme().secretBallot();
        return form;
    }

    /** The settings, or empty with the refusals put beside their fields. */
    Optional<SchemeSettings> toSettings(BindingResult errors) {
        required(errors, "method", method);
        required(errors, "excellentMinPoints", excellentMinPoints);
        required(errors, "goodMinPoints", goodMinPoints);
        required(errors, "completedMinPoints", completedMinPoints);
        required(errors, "excellentMinBeyondShare", excellentMinBeyondShare);
        required(errors, "completedMaxLateShare", completedMaxLateShare);
        required(errors, "beyondFactorAbove", beyondFactorAbove);
        required(errors, "shortfallFactorBelow", shortfallFactorBelow);
        required(errors, "collectiveMinCompletion", collectiveMinCompletion);
        required(errors, "excellentQuotaShare", excellentQuotaShare);
        required(errors, "smallUnitLimit", smallUnitLimit);
        required(errors, "quotaBase", quotaBase);
        required(errors, "complaintWindowDays", complaintWindowDays);
        Map<Integer, BigDecimal> axisMaxPoints = new TreeMap<>();
        for (int index = 0; index < axes.size(); index++) {
            AxisRow axis = axes.get(index);
            required(errors, "axes[" + index + "].maxPoints", axis.getMaxPoints());
            axisMaxPoints.put(axis.getNumber(), axis.getMaxPoints());
        }
        List<Deadline> chosen = new ArrayList<>();
        for (int index = 0; index < deadlines.size(); index++) {
            DeadlineRow row = deadlines.get(index);
            if (!row.isSet()) {
                continue;
            }
            required(errors, "deadlines[" + index + "].month", row.getMonth());
            if (row.getDay() == null || row.getDay() < 1 || row.getDay() > 31) {
                errors.rejectValue("deadlines[" + index + "].day", "scheme.admin.deadline-day");
            } else if (row.getStep() != null && row.getMonth() != null) {
                chosen.add(new Deadline(row.getStep(), row.getMonth(), row.getDay(), row.isInclusive()));
            }
        }
        // Quy định 366 Điều 11: the bands go down from EXCELLENT to COMPLETED; RatingRules cannot hold them otherwise.
        boolean bandsGiven = excellentMinPoints != null && goodMinPoints != null && completedMinPoints != null;
        if (bandsGiven && (excellentMinPoints.compareTo(goodMinPoints) < 0
                || goodMinPoints.compareTo(completedMinPoints) < 0)) {
            errors.rejectValue("goodMinPoints", "scheme.admin.bands-order");
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        RatingRules rules = new RatingRules(method, excellentMinPoints, goodMinPoints, completedMinPoints,
                excellentMinBeyondShare, completedMaxLateShare, beyondFactorAbove, shortfallFactorBelow,
                collectiveMinCompletion, excellentQuotaShare, smallUnitLimit, quotaBase);
        return Optional.of(new SchemeSettings(version, rules, axisMaxPoints, chosen, complaintWindowDays,
                secretBallot));
    }

    private static void required(BindingResult errors, String field, Object value) {
        if (value == null && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "scheme.admin.required");
        }
    }

    /** One result axis and its default maximum points. */
    public static class AxisRow {

        private int number;
        private BigDecimal maxPoints;

        public AxisRow() {
        }

        AxisRow(int number, BigDecimal maxPoints) {
            this.number = number;
            this.maxPoints = maxPoints;
        }

        public int getNumber() {
            return number;
        }

        public void setNumber(int number) {
            this.number = number;
        }

        public BigDecimal getMaxPoints() {
            return maxPoints;
        }

        public void setMaxPoints(BigDecimal maxPoints) {
            this.maxPoints = maxPoints;
        }
    }

    /** One step of the process and its deadline, when it has one. */
    public static class DeadlineRow {

        private DeadlineStep step;
        private boolean set;
        private DeadlineMonth month;
        private Integer day;
        private boolean inclusive;

        public DeadlineStep getStep() {
            return step;
        }

        public void setStep(DeadlineStep step) {
            this.step = step;
        }

        public boolean isSet() {
            return set;
        }

        public void setSet(boolean set) {
            this.set = set;
        }

        public DeadlineMonth getMonth() {
            return month;
        }

        public void setMonth(DeadlineMonth month) {
            this.month = month;
        }

        public Integer getDay() {
            return day;
        }

        public void setDay(Integer day) {
            this.day = day;
        }

        public boolean isInclusive() {
            return inclusive;
        }

        public void setInclusive(boolean inclusive) {
            this.inclusive = inclusive;
        }
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public RatingMethod getMethod() {
        return method;
    }

    public void setMethod(RatingMethod method) {
        this.method = method;
    }

    public BigDecimal getExcellentMinPoints() {
        return excellentMinPoints;
    }

    public void setExcellentMinPoints(BigDecimal excellentMinPoints) {
        this.excellentMinPoints = excellentMinPoints;
    }

    public BigDecimal getGoodMinPoints() {
        return goodMinPoints;
    }

    public void setGoodMinPoints(BigDecimal goodMinPoints) {
        this.goodMinPoints = goodMinPoints;
    }

    public BigDecimal getCompletedMinPoints() {
        return completedMinPoints;
    }

    public void setCompletedMinPoints(BigDecimal completedMinPoints) {
        this.completedMinPoints = completedMinPoints;
    }

    public BigDecimal getExcellentMinBeyondShare() {
        return excellentMinBeyondShare;
    }

    public void setExcellentMinBeyondShare(BigDecimal excellentMinBeyondShare) {
        this.excellentMinBeyondShare = excellentMinBeyondShare;
    }

    public BigDecimal getCompletedMaxLateShare() {
        return completedMaxLateShare;
    }

    public void setCompletedMaxLateShare(BigDecimal completedMaxLateShare) {
        this.completedMaxLateShare = completedMaxLateShare;
    }

    public BigDecimal getBeyondFactorAbove() {
        return beyondFactorAbove;
    }

    public void setBeyondFactorAbove(BigDecimal beyondFactorAbove) {
        this.beyondFactorAbove = beyondFactorAbove;
    }

    public BigDecimal getShortfallFactorBelow() {
        return shortfallFactorBelow;
    }

    public void setShortfallFactorBelow(BigDecimal shortfallFactorBelow) {
        this.shortfallFactorBelow = shortfallFactorBelow;
    }

    public BigDecimal getCollectiveMinCompletion() {
        return collectiveMinCompletion;
    }

    public void setCollectiveMinCompletion(BigDecimal collectiveMinCompletion) {
        this.collectiveMinCompletion = collectiveMinCompletion;
    }

    public BigDecimal getExcellentQuotaShare() {
        return excellentQuotaShare;
    }

    public void setExcellentQuotaShare(BigDecimal excellentQuotaShare) {
        this.excellentQuotaShare = excellentQuotaShare;
    }

    public Integer getSmallUnitLimit() {
        return smallUnitLimit;
    }

    public void setSmallUnitLimit(Integer smallUnitLimit) {
        this.smallUnitLimit = smallUnitLimit;
    }

    public QuotaBase getQuotaBase() {
        return quotaBase;
    }

    public void setQuotaBase(QuotaBase quotaBase) {
        this.quotaBase = quotaBase;
    }

    public List<AxisRow> getAxes() {
        return axes;
    }

    public void setAxes(List<AxisRow> axes) {
        this.axes = axes;
    }

    public List<DeadlineRow> getDeadlines() {
        return deadlines;
    }

    public void setDeadlines(List<DeadlineRow> deadlines) {
        this.deadlines = deadlines;
    }

    public boolean isSecretBallot() {
        return secretBallot;
    }

    public void setSecretBallot(boolean secretBallot) {
        this.secretBallot = secretBallot;
    }

    public Integer getComplaintWindowDays() {
        return complaintWindowDays;
    }

    public void setComplaintWindowDays(Integer complaintWindowDays) {
        this.complaintWindowDays = complaintWindowDays;
    }
}
