package vn.danhgia.decision.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.danhgia.organization.Authority;
import vn.danhgia.organization.AuthorityUnit;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.CadreScope;
import vn.danhgia.organization.CadreWithPosition;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.PositionTrack;
import vn.danhgia.organization.UnitId;

/** Finds the post and deciding authority of the cadres on a board, and the members of a cadre's peer group. */
@Component
class DecisionCandidates {

    // Government post first, then the highest rank: the post a person is rated on (see DecisionCandidate).
    private static final Comparator<CadreWithPosition> RATED_POST_FIRST = Comparator
            .comparing((CadreWithPosition post) -> post.track() != PositionTrack.GOVERNMENT)
            .thenComparing(post -> !post.leader())
            .thenComparing(CadreWithPosition::rank);

    private final OrganizationQueries organization;

    DecisionCandidates(OrganizationQueries organization) {
        this.organization = organization;
    }

    /** The cadres among {@code cadres} that hold a post on the date, in the organisation's order. */
    List<DecisionCandidate> of(Collection<CadreId> cadres, LocalDate date) {
        Set<CadreId> wanted = new HashSet<>(cadres);
        Map<CadreId, List<CadreWithPosition>> posts = new LinkedHashMap<>();
        for (CadreWithPosition post : organization.cadresWithPositions(date)) {
            if (wanted.contains(post.cadreId())) {
                posts.computeIfAbsent(post.cadreId(), id -> new ArrayList<>()).add(post);
            }
        }
        List<DecisionCandidate> candidates = new ArrayList<>();
        posts.forEach((cadre, held) -> candidates.add(candidate(cadre, held, date)));
        return candidates;
    }

    Optional<DecisionCandidate> of(CadreId cadre, LocalDate date) {
        return of(List.of(cadre), date).stream().findFirst();
    }

    /** Everyone the cadre's deciding authority decides for whose peer group is the cadre's, the cadre included. */
    List<DecisionCandidate> peerGroupOf(DecisionCandidate candidate, LocalDate date) {
        Set<CadreId> decidedTogether = new HashSet<>();
        for (AuthorityUnit unit : candidate.decides().units()) {
            organization.cadresDecidedBy(unit.id(), date).forEach(post -> decidedTogether.add(post.cadreId()));
        }
        decidedTogether.add(candidate.cadre());
        String key = candidate.peerGroupKey();
        return of(decidedTogether, date).stream().filter(other -> other.peerGroupKey().equals(key)).toList();
    }

    /** The cadres holding a leadership post in the unit on the date, head included (the small-unit rule's count). */
    int leadersOf(UnitId unit, LocalDate date) {
        return (int) organization.cadresWithPositions(date).stream()
                .filter(post -> post.unitId().equals(unit) && post.leader())
                .map(CadreWithPosition::cadreId).distinct().count();
    }

    private DecisionCandidate candidate(CadreId cadre, List<CadreWithPosition> held, LocalDate date) {
        CadreWithPosition rated = held.stream().sorted(RATED_POST_FIRST).findFirst().orElseThrow();
        List<CadreScope> scopes = organization.authoritiesFor(cadre, date);
        Authority decides = scopes.stream().filter(scope -> scope.position().equals(rated.positionId()))
                .map(CadreScope::decides).filter(authority -> !authority.isEmpty()).findFirst()
                .orElseGet(() -> scopes.stream().map(CadreScope::decides).filter(authority -> !authority.isEmpty())
                        .findFirst().orElse(Authority.NONE));
        return new DecisionCandidate(rated, decides);
    }
}
