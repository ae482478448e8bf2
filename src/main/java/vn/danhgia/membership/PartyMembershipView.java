package vn.danhgia.membership;

import java.time.LocalDate;
import java.util.Optional;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.UnitId;
import vn.danhgia.rules.annual.NotReviewedReason;
import vn.danhgia.rules.annual.PartyReviewEligibility;

/**
 * A cadre's party membership (đảng tịch): the cell where they are active (chi bộ nơi sinh hoạt) and the dates that
 * decide whether they are reviewed (seed 004 §II.1).
 *
 * @param admittedOn     ngày kết nạp
 * @param officialOn     ngày công nhận chính thức, {@code null} while a probationary member (đảng viên dự bị)
 * @param exemptSince    miễn công tác và sinh hoạt đảng from this day, or {@code null}
 * @param suspendedSince đình chỉ sinh hoạt đảng from this day, or {@code null}
 * @param version        the version a change must be based on
 */
public record PartyMembershipView(CadreId cadre, UnitId cell, String cellName, LocalDate admittedOn,
                                  LocalDate officialOn, LocalDate exemptSince, LocalDate suspendedSince,
                                  long version) {

    /**
     * The day the reason's message names (membership.not-reviewed.*): the start of the exemption or suspension, or
     * the admission.
     */
    public LocalDate since(NotReviewedReason reason) {
        return switch (reason) {
            case EXEMPT -> exemptSince;
            case SUSPENDED -> suspendedSince;
            case ADMITTED_UNDER_SIX_MONTHS -> admittedOn;
        };
    }

    /** Why the member is not reviewed on the date (seed 004 §II.1, §V.2), or empty when they are. */
    public Optional<NotReviewedReason> notReviewedReason(LocalDate reviewDate) {
        return PartyReviewEligibility.notReviewedReason(admittedOn, exemptSince, suspendedSince, reviewDate);
    }
}
