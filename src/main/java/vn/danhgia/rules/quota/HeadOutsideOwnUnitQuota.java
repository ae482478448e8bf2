package vn.danhgia.rules.quota;

import java.util.List;
import vn.danhgia.rules.CollectiveRole;

/**
 * A head (người đứng đầu) is outside the EXCELLENT places only within their own unit's group.
 * <ul>
 *   <li>Seed 002 §6.1 leaves the head out of the quota "của các thành viên khác trong cấp ủy, tập thể lãnh đạo cơ quan,
 *       đơn vị": of their own collective, whose places the other members share ("không tính vào tỷ lệ");</li>
 *   <li>seed 000 §III.3.1 counts the quota "theo đối tượng có vị trí, vai trò, chức năng, nhiệm vụ tương đồng": heads of
 *       different units decided by the same authority (the office's department heads) are such peers, so they are
 *       counted in that group's 20 % and ranked for its places like anyone else.</li>
 * </ul>
 * The decision board and the rating API both ask this class, so the same candidates get the same places.
 */
public final class HeadOutsideOwnUnitQuota {

    private HeadOutsideOwnUnitQuota() {
    }

    /**
     * The role a person has for the quota of a group.
     *
     * @param role            the person's place in their own unit's leadership collective
     * @param groupIsOwnUnit  whether the group is the leadership of one unit (the head's own), rather than peers of
     *                        similar positions across units
     * @return {@link CollectiveRole#HEAD} only for the head within their own unit's group; a head among heads of other
     *         units counts as a {@link CollectiveRole#MEMBER} of that group
     */
    public static CollectiveRole roleInGroup(CollectiveRole role, boolean groupIsOwnUnit) {
        return role == CollectiveRole.HEAD && !groupIsOwnUnit ? CollectiveRole.MEMBER : role;
    }

    /** The candidates as the group's quota counts and ranks them: {@link #roleInGroup} applied to each. */
    public static List<QuotaCandidate> inGroup(List<QuotaCandidate> candidates, boolean groupIsOwnUnit) {
        return candidates.stream().map(candidate -> {
            CollectiveRole role = roleInGroup(candidate.role(), groupIsOwnUnit);
            return role == candidate.role() ? candidate : new QuotaCandidate(candidate.id(), candidate.name(), role,
                    candidate.suggestedLevel(), candidate.score());
        }).toList();
    }
}
