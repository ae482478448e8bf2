package vn.danhgia.annual.rating;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
        return decidedBy(actor, List.of(rating), actingFor(actor)).contains(rating.id());
    }

    /**
     * The ids of the rows whose annual authority the actor acts for, never their own, with the people's authorities
     * read once for all the rows (a board's or a to-do list's worth) instead of once per row.
     */
    Set<Long> decidedBy(Actor actor, Collection<YearlyRating> rows, Set<UnitId> actingFor) {
        Map<Integer, Map<CadreId, AnnualAuthorityView>> people = new HashMap<>();
        rows.stream().filter(row -> row.cadreId() != null).collect(Collectors.groupingBy(YearlyRating::year))
                .forEach((year, ofYear) -> people.put(year, subjects.authoritiesFor(ofYear.stream()
                        .map(row -> new CadreId(row.cadreId())).distinct().toList(), LocalDate.of(year, 12, 31))));
        Map<String, Optional<UnitId>> collectives = new HashMap<>();
        Set<Long> decided = new HashSet<>();
        for (YearlyRating row : rows) {
            Optional<UnitId> rater;
            if (row.cadreId() == null) {
                rater = collectives.computeIfAbsent(row.unitId() + ":" + row.year(),
                        key -> collectiveRater(row.unitId(), row.year()));
            } else if (actor.isCadre(row.cadreId())) {
                continue;
            } else {
                rater = people.get(row.year()).getOrDefault(new CadreId(row.cadreId()), AnnualAuthorityView.NONE)
                        .rater().map(AnnualAuthorityView.Entry::authority);
            }
            if (rater.map(actingFor::contains).orElse(false)) {
                decided.add(row.id());
            }
        }
        return decided;
    }

    /** The bodies the actor acts for today. */
    Set<UnitId> actingFor(Actor actor) {
        return acting.of(actor, LocalDate.now(clock));
    }

    /**
     * The unit that rates the unit's collective for the year. A collective without its own authority row (a department
     * of an agency, which the seeds do not list) is rated by the body that rates the person heading it.
     */
    private Optional<UnitId> collectiveRater(long unitId, int year) {
        LocalDate date = LocalDate.of(year, 12, 31);
        AnnualAuthorityView authority = subjects.authorityForCollective(new UnitId(unitId), date);
        if (authority.rater().isEmpty()) {
            // Only the unit's own posts: reading the whole province's to find one head made every collective row of
            // a board cost a scan of tens of thousands of appointments (issue 15).
            Optional<CadreId> head = organization.cadresWithPositionsIn(List.of(new UnitId(unitId)), date).stream()
                    .filter(post -> post.rank() == PositionRank.HEAD)
                    .map(CadreWithPosition::cadreId).findFirst();
            authority = head.map(cadre -> subjects.authorityFor(cadre, date)).orElse(AnnualAuthorityView.NONE);
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
