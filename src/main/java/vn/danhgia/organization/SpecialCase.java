package vn.danhgia.organization;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A special case found for a cadre in a quarter.
 *
 * @param position         the post the case is about (the new post after a promotion or a move)
 * @param since            the day the new post started: results count from here after a restructuring
 * @param previousPosition the post held before a promotion or a move, whose results are combined or sent on;
 *                         {@code null} for the other cases
 */
public record SpecialCase(SpecialCaseKind kind, PositionId position, LocalDate since, PositionId previousPosition) {

    public Optional<PositionId> previous() {
        return Optional.ofNullable(previousPosition);
    }
}
