package vn.danhgia.decision.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import vn.danhgia.decision.QuarterRating;
import vn.danhgia.decision.QuarterRatingRepository;
import vn.danhgia.decision.RatingStatus;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.UnitId;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.rules.CollectiveRole;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.RatingReason;
import vn.danhgia.rules.RatingRules;
import vn.danhgia.rules.ReasonCode;
import vn.danhgia.rules.quarterly.CollectiveResult;
import vn.danhgia.rules.quarterly.RatingSuggestion;
import vn.danhgia.rules.quota.HeadOutsideOwnUnitQuota;
import vn.danhgia.rules.quota.QuotaOutcome;
import vn.danhgia.rules.quota.RankedCandidate;
import vn.danhgia.scheme.Quarter;

/**
 * The rules a decision must pass (seed 002 §6, seed 000 §III.3), each refusal naming its rule and seed: never above
 * the engine's suggestion for the appraised figures with the collective's caps and a confirmed force majeure, and
 * EXCELLENT only within the peer group's places for those the ranking awards or ties at the cut.
 */
@Component
class DecisionRules {

    private final DecisionCandidates candidates;
    private final DecisionFactsReader factsReader;
    private final QuarterRatingRepository ratings;
    private final RecordedCollectiveRepository collectives;

    DecisionRules(DecisionCandidates candidates, DecisionFactsReader factsReader, QuarterRatingRepository ratings,
                  RecordedCollectiveRepository collectives) {
        this.candidates = candidates;
        this.factsReader = factsReader;
        this.ratings = ratings;
        this.collectives = collectives;
    }

    /** The collective result of the unit for the quarter, or null when none is recorded. */
    CollectiveResult collectiveOf(UnitId unit, Quarter quarter) {
        return collectives.findByPeriod(unit.value(), quarter.year(), quarter.number())
                .map(RecordedCollective::result).orElse(null);
    }

    /** The suggestion for the cadre with the force majeure reason stored on the live rating, if any. */
    RatingSuggestion storedSuggestion(CadreFacts facts, Quarter quarter) {
        String reason = live(facts.candidate().cadre(), quarter).map(QuarterRating::forceMajeureReason).orElse(null);
        return facts.suggestion(collectiveOf(facts.candidate().unit(), quarter), reason);
    }

    Optional<QuarterRating> live(CadreId cadre, Quarter quarter) {
        return ratings.findLive(cadre.value(), quarter.year(), quarter.number());
    }

    /**
     * Refuses a level above what the rules allow, naming the rule that holds it down: the collective below 70 %
     * (seed 002 §6.3), the head above the collective (seed 004 §VII.2), undone tasks without a confirmed force
     * majeure (seed 002 §6.1 "nêu lý do cụ thể"), else the engine's suggestion itself.
     */
    static void requireWithin(RatingLevel level, RatingSuggestion suggestion) {
        if (!level.isAbove(suggestion.level())) {
            return;
        }
        List<RatingReason> holding = suggestion.reasons().stream()
                .filter(reason -> reason.cap() != null && level.isAbove(reason.cap())).toList();
        for (RatingReason reason : holding) {
            Map<String, String> args = reason.arguments();
            if (reason.reasonCode() == ReasonCode.COLLECTIVE_BELOW_THRESHOLD) {
                throw new RuleRefusedException("review.decision.refusal.collectiveHead", label(level),
                        new BigDecimal(args.get("completion")), new BigDecimal(args.get("minCompletion")));
            }
            if (reason.reasonCode() == ReasonCode.COLLECTIVE_BELOW_THRESHOLD_NO_EXCELLENT) {
                throw new RuleRefusedException("review.decision.refusal.collectiveNoExcellent",
                        new BigDecimal(args.get("completion")), new BigDecimal(args.get("minCompletion")));
            }
            if (reason.reasonCode() == ReasonCode.HEAD_ABOVE_COLLECTIVE) {
                throw new RuleRefusedException("review.decision.refusal.headAboveCollective", label(level),
                        label(RatingLevel.valueOf(args.get("collectiveLevel"))));
            }
            if (reason.reasonCode() == ReasonCode.NOT_ALL_DONE) {
                throw new RuleRefusedException("review.decision.refusal.notAllDone", label(level),
                        new BigDecimal(args.get("notDone")), new BigDecimal(args.get("assigned")));
            }
        }
        throw new RuleRefusedException("review.decision.refusal.aboveSuggestion", label(level),
                label(suggestion.level()));
    }

    /**
     * The peer group of the cadre weighed now (seed 000 §III.3.1): each member's suggestion as stored, the cadre's own
     * from {@code ownSuggestion} (the force majeure given with this decision).
     */
    GroupWeighed weigh(CadreFacts own, RatingSuggestion ownSuggestion, Quarter quarter, LocalDate date) {
        List<DecisionCandidate> peers = candidates.peerGroupOf(own.candidate(), date);
        return weigh(peers, read(peers, quarter, date), candidate -> candidate.cadre().equals(own.candidate().cadre())
                ? new PeerGroupQuota.Member(own, ownSuggestion) : null);
    }

    /** Everything the rules read about the candidates for the quarter, with one query per kind for all of them. */
    QuarterFacts read(Collection<DecisionCandidate> candidates, Quarter quarter, LocalDate date) {
        Map<CadreId, CadreFacts> facts = factsReader.read(candidates, quarter);
        Map<CadreId, QuarterRating> live = new HashMap<>();
        Set<UnitId> units = new HashSet<>();
        candidates.forEach(candidate -> units.add(candidate.unit()));
        if (!candidates.isEmpty()) {
            ratings.findLive(candidates.stream().map(candidate -> candidate.cadre().value()).distinct().toList(),
                    quarter.year(), quarter.number()).forEach(rating -> live.put(new CadreId(rating.cadreId()), rating));
        }
        Map<UnitId, CollectiveResult> recorded = new HashMap<>();
        if (!units.isEmpty()) {
            collectives.findByPeriod(units.stream().map(UnitId::value).toList(), quarter.year(), quarter.number())
                    .forEach(result -> recorded.put(new UnitId(result.unitId()), result.result()));
        }
        return new QuarterFacts(facts, live, recorded, this.candidates.leadersOf(units, date));
    }

    /**
     * A peer group weighed from what was read of its members; {@code known} may supply members already weighed
     * (else null).
     */
    GroupWeighed weigh(List<DecisionCandidate> peers, QuarterFacts read,
                       Function<DecisionCandidate, PeerGroupQuota.Member> known) {
        List<PeerGroupQuota.Member> members = new ArrayList<>();
        for (DecisionCandidate peer : peers) {
            PeerGroupQuota.Member member = known.apply(peer);
            if (member == null) {
                CadreFacts facts = read.of(peer);
                member = new PeerGroupQuota.Member(facts, read.storedSuggestion(facts));
            }
            members.add(member);
        }
        boolean singleUnit = peers.stream().map(DecisionCandidate::unit).distinct().count() == 1;
        Integer leaders = singleUnit ? read.leadersOf(peers.get(0).unit()) : null;
        RatingRules rules = members.stream().filter(m -> m.suggestion() != null)
                .map(m -> m.facts().rules()).findFirst().orElse(members.get(0).facts().rules());
        PeerGroupQuota quota = PeerGroupQuota.of(members, leaders, rules);
        int taken = 0;
        for (DecisionCandidate peer : peers) {
            if (read.live(peer.cadre()).filter(DecisionRules::holdsExcellentPlace).isPresent()) {
                taken++;
            }
        }
        return new GroupWeighed(members, quota, taken, singleUnit);
    }

    /**
     * A peer group's members, quota and the places taken by live EXCELLENT decisions.
     *
     * @param oneUnit whether the group is one unit's leadership, in which its head is outside the places
     */
    record GroupWeighed(List<PeerGroupQuota.Member> members, PeerGroupQuota quota, int taken, boolean oneUnit) {
    }

    /**
     * EXCELLENT for a member other than the head: the ranking must award the person a place or tie them at the cut
     * (the authority chooses among the tied), and a place must be left after the live EXCELLENT decisions of the
     * group (seed 000 §III.3.1 "không vượt quá 20%"; seed 002 §6.1 "làm tròn từ 0,5 trở lên"). Returns the rank.
     */
    static Integer requireExcellentPlace(CadreFacts own, GroupWeighed group, boolean ownHoldsPlace) {
        if (HeadOutsideOwnUnitQuota.roleInGroup(own.candidate().collectiveRole(), group.oneUnit())
                == CollectiveRole.HEAD) {
            return null; // Seed 002 §6.1: the head is "không tính vào tỷ lệ" of their own collective.
        }
        PeerGroupQuota quota = group.quota();
        RankedCandidate ranked = quota.of(own.candidate().cadre()).orElseThrow();
        if (ranked.outcome() != QuotaOutcome.AWARDED && ranked.outcome() != QuotaOutcome.TIED_AT_CUT) {
            throw new RuleRefusedException("review.decision.refusal.quotaOutside", quota.places(),
                    quota.qualified(), ranked.rank() == null ? 0 : ranked.rank());
        }
        int takenByOthers = group.taken() - (ownHoldsPlace ? 1 : 0);
        if (takenByOthers >= quota.places()) {
            throw new RuleRefusedException("review.decision.refusal.quotaFull", quota.places(), quota.qualified(),
                    takenByOthers);
        }
        return ranked.rank();
    }

    /** A live EXCELLENT decision takes one of the group's places until it is cancelled. */
    static boolean holdsExcellentPlace(QuarterRating rating) {
        return rating.decidedLevel() == RatingLevel.EXCELLENT
                && (rating.status() == RatingStatus.DECIDED || rating.status() == RatingStatus.ANNOUNCED);
    }

    private static DefaultMessageSourceResolvable label(RatingLevel level) {
        return new DefaultMessageSourceResolvable(level.messageKey());
    }
}
