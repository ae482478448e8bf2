package vn.danhgia.annual.rating;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.danhgia.membership.AnnualAuthorityView;
import vn.danhgia.membership.ReviewSubjects;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.ActingAuthorities;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.CadrePost;
import vn.danhgia.organization.CadreWithPosition;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.PositionRank;
import vn.danhgia.organization.UnitId;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;

/**
 * Who decides a yearly rating (thẩm quyền đánh giá, xếp loại hằng năm, seed 003 §II.1, seed 004 §V), asked by the
 * ratings' service and by the to-do list alike, so the list offers exactly the rows the board lets the person decide.
 */
@Component
class YearlyRaters {

    private final ReviewSubjects subjects;
    private final OrganizationQueries organization;
    private final ActingAuthorities acting;
    private final AccessScopes access;
    private final Clock clock;

    YearlyRaters(ReviewSubjects subjects, OrganizationQueries organization, ActingAuthorities acting,
                 AccessScopes access, Clock clock) {
        this.subjects = subjects;
        this.organization = organization;
        this.acting = acting;
        this.access = access;
        this.clock = clock;
    }

    /**
     * The annual authority of the subject, never for one's own rating: the body that RATES it in {@code membership},
     * for which the actor acts as the quarterly decision's authority does ({@link ActingAuthorities}: a post in the
     * body, or heading the unit whose leadership collective it is).
     */
    boolean decides(Actor actor, YearlyRating rating) {
        return decides(actor, rating, actingFor(actor));
    }

    /** The same, with the bodies the actor acts for ({@link #actingFor}) read once for a whole board. */
    boolean decides(Actor actor, YearlyRating rating, Set<UnitId> actingFor) {
        if (rating.cadreId() != null && actor.isCadre(rating.cadreId())) {
            return false;
        }
        return rater(rating.cadreId(), rating.unitId(), rating.year()).map(actingFor::contains).orElse(false);
    }

    /** The bodies the actor acts for today. */
    Set<UnitId> actingFor(Actor actor) {
        return acting.of(actor, LocalDate.now(clock));
    }

    /**
     * The unit that rates the subject (a cadre, or with {@code cadreId} null the unit's collective) for the year. A
     * collective without its own authority row (a department of an agency, which the seeds do not list) is rated by
     * the body that rates the person heading it.
     */
    Optional<UnitId> rater(Long cadreId, long unitId, int year) {
        LocalDate date = LocalDate.of(year, 12, 31);
        AnnualAuthorityView authority;
        if (cadreId != null) {
            authority = subjects.authorityFor(new CadreId(cadreId), date);
        } else {
            authority = subjects.authorityForCollective(new UnitId(unitId), date);
            if (authority.rater().isEmpty()) {
                Optional<CadreId> head = organization.cadresWithPositions(date).stream()
                        .filter(post -> post.unitId().value() == unitId && post.rank() == PositionRank.HEAD)
                        .map(CadreWithPosition::cadreId).findFirst();
                authority = head.map(cadre -> subjects.authorityFor(cadre, date)).orElse(AnnualAuthorityView.NONE);
            }
        }
        return authority.rater().map(AnnualAuthorityView.Entry::authority);
    }

    /** Who announces and locks a unit's year and sees its ratings beyond their scope: an authority with a post above it. */
    boolean decidesForUnit(Actor actor, long unitId) {
        if (!actor.has(Role.AUTHORITY) || actor.cadreId().isEmpty()) {
            return false;
        }
        LocalDate today = LocalDate.now(clock);
        Set<UnitId> posts = access.postsOf(new CadreId(actor.cadreId().get()), today).stream()
                .map(CadrePost::unit).collect(Collectors.toSet());
        return organization.unitWithParents(new UnitId(unitId)).stream()
                .skip(1).anyMatch(unit -> posts.contains(unit.id()));
    }
}
