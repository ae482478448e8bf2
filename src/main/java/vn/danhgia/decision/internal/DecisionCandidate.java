package vn.danhgia.decision.internal;

import vn.danhgia.organization.Authority;
import vn.danhgia.organization.AuthorityUnit;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.CadreWithPosition;
import vn.danhgia.organization.PositionRank;
import vn.danhgia.organization.UnitId;
import vn.danhgia.rules.CollectiveRole;

/**
 * A cadre to propose or decide for, with the post the rating is about and the authority that decides for it.
 * <p>
 * The peer group (seed 000 §III.3.1 "theo đối tượng có vị trí, vai trò, chức năng, nhiệm vụ tương đồng") is the
 * deciding authority together with the position rank: the deputies a department's Chi bộ and leadership decide for
 * form one group; the heads of departments the Đảng ủy and office leadership decide for form another, the office's
 * deputy chiefs a third. The same authority means the same assignment of scope (seed 002 §2.2), and the rank stands
 * for "vị trí, vai trò": heads, deputies and other members of a leadership collective carry different
 * responsibilities. A cadre with concurrent posts is rated on the government post first (chức vụ chính quyền), then
 * the highest rank, so that each person is counted once.
 *
 * @param post    the post the rating is about
 * @param decides the authority that decides for that post (seed 000 §III.1)
 */
record DecisionCandidate(CadreWithPosition post, Authority decides) {

    CadreId cadre() {
        return post.cadreId();
    }

    UnitId unit() {
        return post.unitId();
    }

    PositionRank rank() {
        return post.rank();
    }

    String peerGroupKey() {
        String authority = decides.isEmpty() ? "-"
                : String.join("+", decides.units().stream().map(AuthorityUnit::code).toList());
        return authority + "/" + post.rank().name();
    }

    /**
     * The person's place in the leadership collective of the post's unit. Every head (người đứng đầu) is rated with
     * the collective's result and outside the members' EXCELLENT quota (seed 002 §6.1: "Mức xếp loại của người đứng
     * đầu gắn với kết quả thực hiện nhiệm vụ của các tập thể … và không tính vào tỷ lệ"); holders of posts that are
     * not leadership posts are in no collective.
     */
    CollectiveRole collectiveRole() {
        if (!post.leader()) {
            return CollectiveRole.NONE;
        }
        return switch (post.rank()) {
            case HEAD -> CollectiveRole.HEAD;
            case DEPUTY -> CollectiveRole.DEPUTY;
            case MEMBER -> CollectiveRole.MEMBER;
        };
    }
}
