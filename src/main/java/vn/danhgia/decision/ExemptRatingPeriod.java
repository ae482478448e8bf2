package vn.danhgia.decision;

import java.util.List;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;

/** The period an exempted cadre is rated on instead of quarterly (seed 002 §3.3: "định kỳ 6 tháng hoặc cuối năm"). */
public enum ExemptRatingPeriod {
    HALF_YEAR,
    YEAR;

    public String messageKey() {
        return "review.exemption.period." + name();
    }

    /** The period a form or request names, refused beside the field when missing or unknown. */
    public static ExemptRatingPeriod fromInput(String input) {
        for (ExemptRatingPeriod period : values()) {
            if (period.name().equals(input)) {
                return period;
            }
        }
        throw new InvalidInputException(List.of(FieldViolation.of("ratingPeriod",
                "review.exemption.periodRequired")));
    }
}
