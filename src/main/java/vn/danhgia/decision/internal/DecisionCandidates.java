package vn.danhgia.decision.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
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
        return of(cadres, Map.of(), date);
    }

    /** {@link #of(Collection, LocalDate)}, taking the authorities of the cadres in {@code known} from there. */
    private List<DecisionCandidate> of(Collection<CadreId> cadres, Map<CadreId, DecisionCandidate> known,
                                       LocalDate date) {
        if (cadres.isEmpty()) {
            return List.of();
        }
        Map<CadreId, List<CadreWithPosition>> posts = new LinkedHashMap<>();
        for (CadreWithPosition post : organization.cadresWithPositions(cadres, date)) {
            posts.computeIfAbsent(post.cadreId(), id -> new ArrayList<>()).add(post);
        }
        Set<CadreId> unknown = new HashSet<>(posts.keySet());
        unknown.removeAll(known.keySet());
        Map<CadreId, List<CadreScope>> scopes = organization.authoritiesFor(unknown, date);
        List<DecisionCandidate> candidates = new ArrayList<>();
        posts.forEach((cadre, held) -> candidates.add(known.containsKey(cadre) ? known.get(cadre)
                : candidate(held, scopes.getOrDefault(cadre, List.of()))));
        return candidates;
    }

    Optional<DecisionCandidate> of(CadreId cadre, LocalDate date) {
        return of(List.of(cadre), date).stream().findFirst();
    }

    /** Everyone the cadre's deciding authority decides for whose peer group is the cadre's, the cadre included. */
    List<DecisionCandidate> peerGroupOf(DecisionCandidate candidate, LocalDate date) {
        return peerGroupsOf(List.of(candidate), List.of(candidate), date).get(candidate.peerGroupKey());
    }

    /**
     * {@link #peerGroupOf} for one candidate of each of several peer groups, by the groups' keys, with a fixed number
     * of queries for any number of groups. {@code known} are candidates already found on the date, in the order
     * {@link #of(Collection, LocalDate)} gives: when they include every member, the groups are taken from them without
     * reading anything more (a cadre's place in that order depends on their own posts only, so it holds for a subset).
     */
    Map<String, List<DecisionCandidate>> peerGroupsOf(Collection<DecisionCandidate> firsts,
                                                      List<DecisionCandidate> known, LocalDate date) {
        Set<UnitId> authorities = new HashSet<>();
        firsts.forEach(first -> first.decides().units().forEach(unit -> authorities.add(unit.id())));
        Map<UnitId, List<CadreWithPosition>> decided = organization.cadresDecidedBy(authorities, date);
        Map<DecisionCandidate, Set<CadreId>> together = new LinkedHashMap<>();
        Set<CadreId> everyone = new HashSet<>();
        for (DecisionCandidate first : firsts) {
            Set<CadreId> decidedTogether = new HashSet<>();
            for (AuthorityUnit unit : first.decides().units()) {
                decided.getOrDefault(unit.id(), List.of()).forEach(post -> decidedTogether.add(post.cadreId()));
            }
            decidedTogether.add(first.cadre());
            together.put(first, decidedTogether);
            everyone.addAll(decidedTogether);
        }
        Map<CadreId, DecisionCandidate> knownByCadre = new HashMap<>();
        known.forEach(candidate -> knownByCadre.put(candidate.cadre(), candidate));
        List<DecisionCandidate> all = knownByCadre.keySet().containsAll(everyone)
                ? known.stream().filter(candidate -> everyone.contains(candidate.cadre())).toList()
                : of(everyone, knownByCadre, date);
        Map<String, List<DecisionCandidate>> byKey = new HashMap<>();
        all.forEach(candidate -> byKey.computeIfAbsent(candidate.peerGroupKey(), key -> new ArrayList<>())
                .add(candidate));
        Map<String, List<DecisionCandidate>> groups = new LinkedHashMap<>();
        together.forEach((first, members) -> groups.put(first.peerGroupKey(), byKey
                .getOrDefault(first.peerGroupKey(), List.of()).stream()
                .filter(other -> members.contains(other.cadre())).toList()));
        return groups;
    }

    /** The cadres holding a leadership post in each unit on the date, heads included (the small-unit rule's count). */
    Map<UnitId, Integer> leadersOf(Collection<UnitId> units, LocalDate date) {
        Map<UnitId, Set<CadreId>> leaders = new HashMap<>();
        organization.cadresWithPositionsIn(units, date).stream().filter(CadreWithPosition::leader)
                .forEach(post -> leaders.computeIfAbsent(post.unitId(), unit -> new HashSet<>()).add(post.cadreId()));
        Map<UnitId, Integer> counts = new HashMap<>();
        leaders.forEach((unit, cadres) -> counts.put(unit, cadres.size()));
        return counts;
    }

    private DecisionCandidate candidate(List<CadreWithPosition> held, List<CadreScope> scopes) {
        CadreWithPosition rated = held.stream().sorted(RATED_POST_FIRST).findFirst().orElseThrow();
        Authority decides = scopes.stream().filter(scope -> scope.position().equals(rated.positionId()))
                .map(CadreScope::decides).filter(authority -> !authority.isEmpty()).findFirst()
                .orElseGet(() -> scopes.stream().map(CadreScope::decides).filter(authority -> !authority.isEmpty())
                        .findFirst().orElse(Authority.NONE));
        return new DecisionCandidate(rated, decides);
    }
}
