package vn.danhgia.membership;

import java.util.List;
import java.util.Optional;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.EmploymentKind;
import vn.danhgia.organization.UnitId;
import vn.danhgia.rules.annual.NotReviewedReason;

/**
 * A person in the year-end review (cá nhân kiểm điểm) on a review date: where they are reviewed and whether.
 *
 * @param leader      holds a leader/manager position on the date (cán bộ lãnh đạo, quản lý: Mẫu 2B, not 2A)
 * @param workplace   the unit of their first position on the date, {@code null} without one (a member of a chi bộ
 *                    tổ dân phố who holds no post)
 * @param membership  their party membership, {@code null} for a non-member
 * @param collectives the collectives before which they are also reviewed, by seat rank (seed 004 §II.2)
 * @param notReviewed why a party member is left out (seed 004 §II.1, §V.2), {@code null} when reviewed
 */
public record Reviewee(CadreId cadre, String fullName, boolean partyMember, boolean leader,
                       EmploymentKind employmentKind, UnitId workplace, String workplaceName,
                       PartyMembershipView membership, List<CollectiveSeat> collectives,
                       NotReviewedReason notReviewed) {

    public Reviewee {
        collectives = List.copyOf(collectives);
    }

    public boolean reviewed() {
        return notReviewed == null;
    }

    public Optional<NotReviewedReason> notReviewedReason() {
        return Optional.ofNullable(notReviewed);
    }

    /** The cell where a member is reviewed (chi bộ nơi sinh hoạt), {@code null} for a non-member. */
    public UnitId cell() {
        return membership == null ? null : membership.cell();
    }

    public String cellName() {
        return membership == null ? null : membership.cellName();
    }
}
