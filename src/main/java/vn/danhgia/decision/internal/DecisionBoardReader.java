package vn.danhgia.decision.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.danhgia.council.CouncilResults;
import vn.danhgia.decision.CollectiveView;
import vn.danhgia.decision.DecisionBoard;
import vn.danhgia.decision.QuarterRating;
import vn.danhgia.decision.RatingStatus;
import vn.danhgia.decision.RatingView;
import vn.danhgia.organization.AccessScope;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.CadrePost;
import vn.danhgia.organization.CadreWithPosition;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.SpecialCase;
import vn.danhgia.organization.UnitId;
import vn.danhgia.platform.Role;
import vn.danhgia.rules.council.CouncilTallyResult;
import vn.danhgia.rules.quota.RankedCandidate;
import vn.danhgia.scheme.Quarter;

/**
 * Builds the decision board: the authority's managed cadres, the cadres a unit head may propose for, and for a
 * personnel officer the cadres of the units the office serves (to record a higher authority's decision). The quota
 * of each peer group is counted over the whole group as its deciding authority sees it, also when the reader sees
 * only part of it.
 */
@Component
class DecisionBoardReader {

    private final DecisionCandidates candidates;
    private final DecisionRules rules;
    private final CouncilResults councils;
    private final OrganizationQueries organization;
    private final AccessScopes access;
    private final RatingViews views;
    private final RecordedCollectiveRepository collectives;

    DecisionBoardReader(DecisionCandidates candidates, DecisionRules rules,
                        CouncilResults councils, OrganizationQueries organization, AccessScopes access,
                        RatingViews views, RecordedCollectiveRepository collectives) {
        this.candidates = candidates;
        this.rules = rules;
        this.councils = councils;
        this.organization = organization;
        this.access = access;
        this.views = views;
        this.collectives = collectives;
    }

    /**
     * Reads each kind of record once for everyone on the board (issue 15: a fixed number of statements whatever the
     * board's size): the posts and authorities, the peer groups, the facts, ratings and collectives of all their
     * members, the councils of the units, the special cases and the names.
     */
    DecisionBoard read(DecisionAuthority.Powers powers, Quarter quarter, LocalDate date) {
        Set<CadreId> onBoard = boardCadres(powers, date);
        List<DecisionCandidate> shown = candidates.of(onBoard, date);
        Map<CadreId, List<CadrePost>> posts = access.postsOf(onBoard, date);
        Map<String, List<DecisionCandidate>> byGroup = new LinkedHashMap<>();
        shown.forEach(candidate -> byGroup.computeIfAbsent(candidate.peerGroupKey(), k -> new ArrayList<>())
                .add(candidate));
        Map<String, List<DecisionCandidate>> peerGroups = candidates.peerGroupsOf(byGroup.values().stream()
                .map(members -> members.get(0)).filter(first -> !first.decides().isEmpty()).toList(), shown, date);
        Map<CadreId, DecisionCandidate> everyone = new LinkedHashMap<>();
        shown.forEach(candidate -> everyone.put(candidate.cadre(), candidate));
        byGroup.forEach((key, members) -> peerGroups.getOrDefault(key, members)
                .forEach(member -> everyone.putIfAbsent(member.cadre(), member)));
        QuarterFacts read = rules.read(everyone.values(), quarter, date);
        Set<CadreId> shownCadres = shown.stream().map(DecisionCandidate::cadre).collect(Collectors.toSet());
        Map<CadreId, RatingView> ratings = ratingViews(read, shownCadres);
        Map<Long, Map<Long, CouncilTallyResult>> councilResults = councils.of(shown.stream()
                .map(candidate -> candidate.unit().value()).collect(Collectors.toSet()), quarter);
        LocalDate ratingDate = ratingDate(quarter, date);
        Map<CadreId, List<SpecialCase>> specialCases = organization.specialCases(shownCadres, quarter.year(),
                quarter.number(), ratingDate);
        List<DecisionBoard.PeerGroup> groups = new ArrayList<>();
        for (Map.Entry<String, List<DecisionCandidate>> group : byGroup.entrySet()) {
            DecisionCandidate first = group.getValue().get(0);
            List<DecisionCandidate> peers = peerGroups.getOrDefault(group.getKey(), group.getValue());
            DecisionRules.GroupWeighed weighed = rules.weigh(peers, read, peer -> null);
            List<DecisionBoard.Row> rows = new ArrayList<>();
            for (PeerGroupQuota.Member member : weighed.members()) {
                DecisionCandidate candidate = member.facts().candidate();
                if (!onBoard.contains(candidate.cadre())) {
                    continue;
                }
                CouncilTallyResult council = councilResults.getOrDefault(candidate.unit().value(), Map.of())
                        .get(candidate.cadre().value());
                rows.add(row(powers, member, weighed.quota(), council, posts.getOrDefault(candidate.cadre(), List.of()),
                        ratings.get(candidate.cadre()), specialCases.getOrDefault(candidate.cadre(), List.of())));
            }
            PeerGroupQuota quota = weighed.quota();
            groups.add(new DecisionBoard.PeerGroup(first.peerGroupKey(), first.decides().name(), first.rank(),
                    quota.places(), quota.qualified(), quota.allowance().exact(), quota.allowance().reasons(),
                    weighed.taken(), rows));
        }
        groups.sort(Comparator.comparing(DecisionBoard.PeerGroup::rank)
                .thenComparing(DecisionBoard.PeerGroup::authorityName));
        return new DecisionBoard(quarter, groups, collectiveLines(powers, shown, quarter));
    }

    /** The live ratings of the cadres as views, named with one query. */
    private Map<CadreId, RatingView> ratingViews(QuarterFacts read, Set<CadreId> cadres) {
        List<QuarterRating> live = cadres.stream().map(read::live).flatMap(Optional::stream).toList();
        Map<CadreId, RatingView> result = new HashMap<>();
        views.of(live).forEach(view -> result.put(view.cadre(), view));
        return result;
    }

    private DecisionBoard.Row row(DecisionAuthority.Powers powers, PeerGroupQuota.Member member,
                                  PeerGroupQuota quota, CouncilTallyResult council, List<CadrePost> posts,
                                  RatingView rating, List<SpecialCase> specialCases) {
        CadreFacts facts = member.facts();
        DecisionCandidate candidate = facts.candidate();
        CadreWithPosition post = candidate.post();
        RatingStatus status = rating == null ? null : rating.status();
        Optional<RankedCandidate> ranked = quota.of(candidate.cadre());
        List<vn.danhgia.organization.SpecialCaseKind> special = specialCases.stream().map(SpecialCase::kind)
                .distinct().toList();
        boolean open = status == null || status == RatingStatus.PROPOSED;
        return new DecisionBoard.Row(candidate.cadre(), post.cadreCode(), post.fullName(), post.positionTitle(),
                post.unitId(), post.unitName(), candidate.collectiveRole(), candidate.decides().name(),
                facts.selfProposed(), facts.appraisal() == null ? null : facts.appraisal().status(),
                facts.appraisal() == null ? null : facts.appraisal().proposedLevel(), member.suggestion(), council,
                rating, special, ranked.map(RankedCandidate::outcome).orElse(null),
                ranked.map(RankedCandidate::rank).orElse(null), ranked.map(RankedCandidate::reason).orElse(null),
                open && powers.proposes(candidate.cadre(), posts),
                (open || status == RatingStatus.DECIDED) && powers.decides(candidate),
                open && powers.proposesUpward(candidate, posts),
                status == RatingStatus.PROPOSED_UPWARD && powers.recordsHigherDecision(candidate, posts));
    }

    private Set<CadreId> boardCadres(DecisionAuthority.Powers powers, LocalDate date) {
        AccessScope scope = powers.scope();
        Set<CadreId> cadres = new LinkedHashSet<>();
        if (powers.actor().has(Role.AUTHORITY)) {
            cadres.addAll(scope.managed());
        }
        Set<UnitId> units = new HashSet<>();
        if (powers.actor().has(Role.UNIT_HEAD)) {
            units.addAll(scope.leads().keySet());
            units.addAll(scope.belowLed());
        }
        if (powers.actor().has(Role.PERSONNEL_OFFICER)) {
            units.addAll(scope.served());
        }
        organization.cadresWithPositionsIn(units, date).forEach(post -> cadres.add(post.cadreId()));
        powers.actor().cadreId().map(CadreId::new).ifPresent(cadres::remove);
        return cadres;
    }

    private List<CollectiveView> collectiveLines(DecisionAuthority.Powers powers, List<DecisionCandidate> shown,
                                                 Quarter quarter) {
        Map<UnitId, String> units = new LinkedHashMap<>();
        shown.stream().filter(candidate -> candidate.post().leader())
                .forEach(candidate -> units.putIfAbsent(candidate.unit(), candidate.post().unitName()));
        Map<Long, RecordedCollective> recorded = new HashMap<>();
        if (!units.isEmpty()) {
            collectives.findByPeriod(units.keySet().stream().map(UnitId::value).toList(), quarter.year(),
                    quarter.number()).forEach(result -> recorded.put(result.unitId(), result));
        }
        List<CollectiveView> lines = new ArrayList<>();
        units.forEach((unit, name) -> {
            boolean canRecord = recordsCollective(powers, unit, shown);
            lines.add(view(recorded.get(unit.value()), unit, name, quarter, canRecord));
        });
        return lines;
    }

    /**
     * An authority records a collective's result when it sees the unit as its leadership or decides for someone of
     * the unit (seed 002 §6.3: the targets "được cấp có thẩm quyền giao").
     */
    static boolean recordsCollective(DecisionAuthority.Powers powers, UnitId unit,
                                     List<DecisionCandidate> ofUnit) {
        if (!powers.actor().has(Role.AUTHORITY)) {
            return false;
        }
        return powers.scope().visibleUnits().contains(unit) || ofUnit.stream()
                .filter(candidate -> candidate.unit().equals(unit)).anyMatch(powers::decides);
    }

    static CollectiveView view(RecordedCollective result, UnitId unit, String unitName, Quarter quarter,
                               boolean canRecord) {
        if (result == null) {
            return new CollectiveView(null, null, unit, unitName, quarter, null, null, null, null, null, null, null,
                    null, canRecord);
        }
        int counted = result.assigned() - result.excused();
        BigDecimal percent = counted == 0 ? new BigDecimal("100.00")
                : BigDecimal.valueOf(result.done() * 100L).divide(BigDecimal.valueOf(counted), 2,
                        RoundingMode.HALF_UP);
        return new CollectiveView(result.getId(), result.version(), unit, unitName, quarter, result.assigned(), result.done(),
                result.excused(), result.forceMajeureReason(), result.level(), percent, result.recordedBy(),
                result.recordedAt(), canRecord);
    }

    /** The day special cases are judged on: today within the quarter, else the quarter's last day. */
    private static LocalDate ratingDate(Quarter quarter, LocalDate today) {
        if (today.isBefore(quarter.firstDay()) || today.isAfter(quarter.lastDay())) {
            return quarter.lastDay();
        }
        return today;
    }
}
