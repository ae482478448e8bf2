package vn.danhgia.planning;

import java.time.Instant;
import java.time.LocalDate;
import vn.danhgia.organization.CadreId;
import vn.danhgia.scheme.DeadlineStep;
import vn.danhgia.scheme.Quarter;

/**
 * An extension of a deadline (gia hạn) granted to one cadre for one step of a quarter.
 *
 * @param schemeLastDay the scheme's own last day in time, which the extension moves to {@code lastDay}
 */
public record DeadlineExtensionView(long id, long version, CadreId cadre, DeadlineStep step, Quarter quarter,
                                    LocalDate schemeLastDay, LocalDate lastDay, String reason, String grantedBy,
                                    Instant grantedAt) {
}
