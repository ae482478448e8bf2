package vn.danhgia.scheme.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.validation.BindingResult;
import vn.danhgia.scheme.AnnualCalendarSettings;
import vn.danhgia.scheme.AnnualCalendarView;
import vn.danhgia.scheme.AnnualDeadline;
import vn.danhgia.scheme.AnnualStep;

/** The annual calendar's form: one row per step the calendar may set, and the unit codes one per line or comma. */
public class AnnualCalendarForm {

    private long version;
    private List<StepRow> steps = new ArrayList<>();
    private String unitCodes = "";

    static AnnualCalendarForm of(AnnualCalendarView calendar) {
        AnnualCalendarForm form = new AnnualCalendarForm();
        form.version = calendar.version();
        for (AnnualStep step : AnnualStep.values()) {
            StepRow row = new StepRow();
            row.setStep(step);
            calendar.step(step).ifPresent(deadline -> {
                row.setSet(true);
                row.setDay(deadline.day());
                row.setMonth(deadline.month());
                row.setInclusive(deadline.inclusive());
                row.setAddressee(deadline.addressee());
            });
            form.steps.add(row);
        }
        form.unitCodes = String.join("\n", calendar.unitCodes().stream().sorted().toList());
        return form;
    }

    /** The settings, or empty with each wrong value rejected beside its field. */
    Optional<AnnualCalendarSettings> toSettings(BindingResult errors) {
        List<AnnualDeadline> deadlines = new ArrayList<>();
        for (int index = 0; index < steps.size(); index++) {
            StepRow row = steps.get(index);
            if (row.getStep() == null || !row.isSet()) {
                continue;
            }
            String prefix = "steps[" + index + "].";
            if (row.getMonth() == null || row.getMonth() < 1 || row.getMonth() > 12) {
                errors.rejectValue(prefix + "month", "annual.calendar.violation.month");
                continue;
            }
            if (row.getDay() == null || row.getDay() < 1
                    || row.getDay() > java.time.Month.of(row.getMonth()).maxLength()) {
                errors.rejectValue(prefix + "day", "annual.calendar.violation.day");
                continue;
            }
            deadlines.add(new AnnualDeadline(row.getStep(), row.getMonth(), row.getDay(), row.isInclusive(),
                    row.getAddressee()));
        }
        Set<String> codes = new LinkedHashSet<>();
        Arrays.stream((unitCodes == null ? "" : unitCodes).split("[,\\s]+"))
                .map(String::strip).filter(code -> !code.isEmpty()).forEach(codes::add);
        if (codes.stream().anyMatch(code -> code.length() > 60)) {
            errors.rejectValue("unitCodes", "annual.calendar.violation.unit-code");
        }
        return errors.hasErrors() ? Optional.empty() : Optional.of(new AnnualCalendarSettings(version, deadlines, codes));
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public List<StepRow> getSteps() {
        return steps;
    }

    public void setSteps(List<StepRow> steps) {
        this.steps = steps;
    }

    public String getUnitCodes() {
        return unitCodes;
    }

    public void setUnitCodes(String unitCodes) {
        this.unitCodes = unitCodes;
    }

    /** One step of the form. */
    public static class StepRow {

        private AnnualStep step;
        private boolean set;
        private Integer day;
        private Integer month;
        private boolean inclusive;
        private String addressee;

        public AnnualStep getStep() {
            return step;
        }

        public void setStep(AnnualStep step) {
            this.step = step;
        }

        public boolean isSet() {
            return set;
        }

        public void setSet(boolean set) {
            this.set = set;
        }

        public Integer getDay() {
            return day;
        }

        public void setDay(Integer day) {
            this.day = day;
        }

        public Integer getMonth() {
            return month;
        }

        public void setMonth(Integer month) {
            this.month = month;
        }

        public boolean isInclusive() {
            return inclusive;
        }

        public void setInclusive(boolean inclusive) {
            this.inclusive = inclusive;
        }

        public String getAddressee() {
            return addressee;
        }

        public void setAddressee(String addressee) {
            this.addressee = addressee;
        }
    }
}
