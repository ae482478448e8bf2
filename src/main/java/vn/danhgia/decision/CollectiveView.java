package vn.danhgia.decision;

import java.math.BigDecimal;
import java.time.Instant;
import vn.danhgia.organization.UnitId;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.scheme.Quarter;

/**
 * The result of a unit's leadership collective for a quarter as the authority recorded it (kết quả thực hiện nhiệm
 * vụ, chỉ tiêu của tập thể): the input of the 70 % rule (seed 002 §6.3) and of "head not above the collective"
 * (seed 004 §VII.2). Unrecorded when {@code id} is null.
 *
 * @param version           the version a correction must name; null when unrecorded
 * @param completionPercent done ÷ (assigned − excused) in per cent, 2 decimals half-up; null when unrecorded
 * @param canRecord         the reader may record or correct it
 */
public record CollectiveView(Long id, Long version, UnitId unit, String unitName, Quarter quarter, Integer assigned, Integer done,
                             Integer excused, String forceMajeureReason, RatingLevel level,
                             BigDecimal completionPercent, String recordedBy, Instant recordedAt,
                             boolean canRecord) {

    public boolean recorded() {
        return id != null;
    }
}
