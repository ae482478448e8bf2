package vn.danhgia.rules.yearend;

import java.util.Objects;
import vn.danhgia.rules.RatedPeriod;

/**
 * A quarter in which the person was not rated, and why (kỳ không đánh giá, xếp loại). Only quarters I–III: the
 * year-end rating covers quarter IV (seed 000 §I.2.2) and neither rule below concerns it.
 *
 * @param year   the calendar year
 * @param period quarter I, II or III
 * @param cause  why the quarter has no rating of its own
 */
public record UnratedPeriod(int year, RatedPeriod period, Cause cause) {

    public enum Cause {
        /**
         * Hoãn đánh giá (seed 002 §7 d): training or sick/maternity leave of two months or more, first appointed less
         * than a month before, under investigation; "kết quả thực hiện nhiệm vụ … sẽ được xem xét sang quý tiếp theo".
         */
        DEFERRED,
        /**
         * Không bắt buộc đánh giá hằng quý (seed 002 §3.3): a party committee member without professional duties,
         * rated every six months or at year-end instead.
         */
        EXEMPT
    }

    public UnratedPeriod {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(cause, "cause");
        if (!period.isQuarter()) {
            throw new IllegalArgumentException("only quarters I–III are deferred or exempted (seed 002 §7 d, §3.3); "
                    + "quarter IV is part of the year-end rating");
        }
    }

    /** Position in the sequence of rated periods, as {@link PeriodRating#sequence()}. */
    public int sequence() {
        return PeriodRating.sequenceOf(year, period);
    }
}
