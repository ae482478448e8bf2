package vn.danhgia.decision.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.danhgia.organization.AccessScope;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.ActingAuthorities;
import vn.danhgia.organization.AuthorityUnit;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.CadrePost;
import vn.danhgia.organization.UnitId;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;

/**
 * What the signed-in person may do for a cadre's rating, worked out once per request (seed 002 §2.2: the level
 * "cấp nào trực tiếp sử dụng cán bộ … đề xuất; cấp có thẩm quyền quản lý cán bộ thì quyết định"). A person acts as an
 * authority through the units of {@link ActingAuthorities}.
 */
@Component
class DecisionAuthority {

    private final AccessScopes access;
    private final ActingAuthorities authorities;

    DecisionAuthority(AccessScopes access, ActingAuthorities authorities) {
        this.access = access;
        this.authorities = authorities;
    }

    /** The signed-in person's powers on a date. */
    Powers of(Actor actor, LocalDate date) {
        return new Powers(actor, access.of(actor, date), authorities.of(actor, date));
    }

    /**
     * @param authorityUnits the units the person acts for as an authority (empty without the AUTHORITY role)
     */
    record Powers(Actor actor, AccessScope scope, Set<UnitId> authorityUnits) {

        boolean isSelf(CadreId cadre) {
            return actor.isCadre(cadre.value());
        }

        boolean sees(CadreId cadre, List<CadrePost> posts) {
            return scope.canSee(cadre, posts);
        }

        /** The unit head's proposal: the unit's leadership above the cadre (AccessScope#canApprove). */
        boolean proposes(CadreId cadre, List<CadrePost> posts) {
            return actor.has(Role.UNIT_HEAD) && scope.canApprove(cadre, posts);
        }

        /** The person's authority is (part of) the one that decides for the cadre's post. */
        boolean decides(DecisionCandidate candidate) {
            return !isSelf(candidate.cadre()) && candidate.decides().units().stream()
                    .map(AuthorityUnit::id).anyMatch(authorityUnits::contains);
        }

        /**
         * A higher authority the person is no part of decides (e.g. Ban Thường vụ Đảng ủy UBND tỉnh for the Chánh
         * Văn phòng, seed 000 §III.1.1): an authority that sees the cadre (a member of the office's leadership for
         * its chief) sends the proposal upwards instead.
         */
        boolean proposesUpward(DecisionCandidate candidate, List<CadrePost> posts) {
            if (!actor.has(Role.AUTHORITY) || isSelf(candidate.cadre()) || candidate.decides().isEmpty()
                    || decides(candidate) || !scope.canSee(candidate.cadre(), posts)) {
                return false;
            }
            Set<UnitId> visible = scope.visibleUnits();
            return candidate.decides().units().stream().map(AuthorityUnit::id).noneMatch(visible::contains);
        }

        /** The personnel office serving the cadre's unit, or an authority that proposed upwards, records the answer. */
        boolean recordsHigherDecision(DecisionCandidate candidate, List<CadrePost> posts) {
            if (isSelf(candidate.cadre())) {
                return false;
            }
            boolean servingOffice = actor.has(Role.PERSONNEL_OFFICER)
                    && posts.stream().anyMatch(post -> scope.served().contains(post.unit()));
            return servingOffice || proposesUpward(candidate, posts);
        }
    }
}
