package vn.danhgia.decision.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danhgia.council.CouncilResults;
import vn.danhgia.decision.CollectiveView;
import vn.danhgia.decision.DecisionBoard;
import vn.danhgia.decision.DecisionService;
import vn.danhgia.decision.DeferralService;
import vn.danhgia.decision.QuarterRating;
import vn.danhgia.decision.QuarterRatingRepository;
import vn.danhgia.decision.RatingDecided;
import vn.danhgia.decision.RatingStatus;
import vn.danhgia.decision.RatingView;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.CadrePost;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitView;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.AuditRecord;
import vn.danhgia.platform.AuditTrail;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.platform.SubjectDisclosure;
import vn.danhgia.platform.TypedText;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.council.CouncilTallyResult;
import vn.danhgia.rules.quarterly.RatingSuggestion;
import vn.danhgia.scheme.Quarter;

/**
 * Proposals and decisions stored as {@link QuarterRating}s. Who may act is worked out by {@link DecisionAuthority},
 * the rules by {@link DecisionRules}, the board by {@link DecisionBoardReader}. Each change runs in its own
 * transaction with the rating read for change (its version bumped), and the view is read afterwards.
 */
@Service
class JpaDecisionService implements DecisionService {

    static final String RECORD_TYPE = "QUARTER_RATING";
    static final String COLLECTIVE_TYPE = "COLLECTIVE_RESULT";

    private final QuarterRatingRepository ratings;
    private final RecordedCollectiveRepository collectives;
    private final DecisionCandidates candidates;
    private final DecisionFactsReader factsReader;
    private final DecisionRules rules;
    private final DecisionAuthority authority;
    private final DecisionBoardReader boards;
    private final CouncilResults councils;
    private final ExcellentQuotaLocks quotaLocks;
    private final RatingViews views;
    private final DeferralService deferrals;
    private final AccessScopes access;
    private final OrganizationQueries organization;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;

    JpaDecisionService(QuarterRatingRepository ratings, RecordedCollectiveRepository collectives,
                       DecisionCandidates candidates, DecisionFactsReader factsReader, DecisionRules rules,
                       DecisionAuthority authority, DecisionBoardReader boards, CouncilResults councils,
                       ExcellentQuotaLocks quotaLocks,
                       RatingViews views, DeferralService deferrals, AccessScopes access,
                       OrganizationQueries organization,
                       CurrentActor currentActor, AuditTrail audit, Clock clock,
                       PlatformTransactionManager transactions, ApplicationEventPublisher events) {
        this.events = events;
        this.ratings = ratings;
        this.collectives = collectives;
        this.candidates = candidates;
        this.factsReader = factsReader;
        this.rules = rules;
        this.authority = authority;
        this.boards = boards;
        this.councils = councils;
        this.quotaLocks = quotaLocks;
        this.views = views;
        this.deferrals = deferrals;
        this.access = access;
        this.organization = organization;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    @Override
    public DecisionBoard board(Quarter quarter) {
        Actor actor = currentActor.get();
        LocalDate today = today();
        return reading.execute(status -> boards.read(authority.of(actor, today), quarter, today));
    }

    @Override
    public RatingView propose(CadreId cadre, Quarter quarter, Long expectedVersion, String level, String comment) {
        DecisionInput input = DecisionInput.check(level, comment, null, false);
        Actor actor = currentActor.get();
        LocalDate today = today();
        DecisionAuthority.Powers powers = authority.of(actor, today);
        Target target = target(powers, cadre, today);
        if (!powers.proposes(cadre, target.posts())) {
            throw new AccessRefusedException("review.decision.refusal.notProposer");
        }
        long id = writing.execute(status -> {
            Optional<QuarterRating> live = forChange(cadre, quarter);
            // Two heads proposing from the same board must not overwrite each other unseen.
            requireVersion(live, expectedVersion, cadre);
            deferrals.requireRatedQuarterly(cadre.value(), quarter.year(), quarter.number());
            QuarterRating rating;
            QuarterRating.Snapshot before = null;
            if (live.isPresent()) {
                rating = live.get();
                before = rating.snapshot();
                rating.propose(input.level(), input.comment(), actor.username(), clock.instant());
            } else {
                rating = ratings.save(QuarterRating.proposed(cadre.value(), target.candidate().unit().value(),
                        quarter, replacedId(cadre, quarter), input.level(), input.comment(), actor.username(),
                        clock.instant()));
            }
            ratings.flush();
            audited("RATING_PROPOSED", rating, before);
            return rating.getId();
        });
        return view(id);
    }

    @Override
    public RatingView decide(CadreId cadre, Quarter quarter, Long expectedVersion, String level, String comment,
                             String forceMajeureReason) {
        DecisionInput input = DecisionInput.check(level, comment, forceMajeureReason, false);
        Actor actor = currentActor.get();
        LocalDate today = today();
        DecisionAuthority.Powers powers = authority.of(actor, today);
        Target target = target(powers, cadre, today);
        if (!powers.decides(target.candidate())) {
            if (powers.proposesUpward(target.candidate(), target.posts())) {
                throw new RuleRefusedException("review.decision.refusal.higherAuthority",
                        target.candidate().decides().name());
            }
            throw new AccessRefusedException("review.decision.refusal.notDecidingAuthority");
        }
        long id = writing.execute(status -> {
            Optional<QuarterRating> live = forChange(cadre, quarter);
            requireVersion(live, expectedVersion, cadre);
            // Seed 002 §7 d), §3.3: a deferred quarter or an exempted year is not rated quarterly.
            deferrals.requireRatedQuarterly(cadre.value(), quarter.year(), quarter.number());
            CadreFacts facts = completedAppraisal(target.candidate(), quarter);
            RatingSuggestion suggestion = facts.suggestion(rules.collectiveOf(target.candidate().unit(), quarter),
                    input.forceMajeureReason());
            DecisionRules.requireWithin(input.level(), suggestion);
            String group = target.candidate().peerGroupKey();
            Integer rank = null;
            if (input.level() == RatingLevel.EXCELLENT) {
                quotaLocks.take(group, quarter);
                DecisionRules.GroupWeighed weighed = rules.weigh(facts, suggestion, quarter, today);
                rank = DecisionRules.requireExcellentPlace(facts, weighed,
                        live.filter(DecisionRules::holdsExcellentPlace).isPresent());
            }
            QuarterRating rating = live.orElseGet(() -> ratings.save(QuarterRating.open(cadre.value(),
                    target.candidate().unit().value(), quarter, replacedId(cadre, quarter))));
            QuarterRating.Snapshot before = live.map(QuarterRating::snapshot).orElse(null);
            rating.decide(new QuarterRating.Decision(input.level(), input.comment(), input.forceMajeureReason(),
                    group, rank), inputs(facts, suggestion, quarter), actor.username(), clock.instant());
            ratings.flush();
            audited("RATING_DECIDED", rating, before);
            events.publishEvent(new RatingDecided(rating.getId(), rating.cadreId(), rating.unitId(), quarter));
            return rating.getId();
        });
        return view(id);
    }

    @Override
    public RatingView proposeUpward(CadreId cadre, Quarter quarter, Long expectedVersion, String level,
                                    String comment) {
        DecisionInput input = DecisionInput.check(level, comment, null, false);
        Actor actor = currentActor.get();
        LocalDate today = today();
        DecisionAuthority.Powers powers = authority.of(actor, today);
        Target target = target(powers, cadre, today);
        if (!powers.proposesUpward(target.candidate(), target.posts())) {
            if (powers.decides(target.candidate())) {
                throw new RuleRefusedException("review.decision.refusal.decideYourself");
            }
            throw new AccessRefusedException("review.decision.refusal.notProposerUpward");
        }
        long id = writing.execute(status -> {
            Optional<QuarterRating> live = forChange(cadre, quarter);
            requireVersion(live, expectedVersion, cadre);
            // Seed 002 §7 d), §3.3: a deferred quarter or an exempted year is not rated quarterly.
            deferrals.requireRatedQuarterly(cadre.value(), quarter.year(), quarter.number());
            CadreFacts facts = completedAppraisal(target.candidate(), quarter);
            RatingSuggestion suggestion = rules.storedSuggestion(facts, quarter);
            DecisionRules.requireWithin(input.level(), suggestion);
            QuarterRating rating = live.orElseGet(() -> ratings.save(QuarterRating.open(cadre.value(),
                    target.candidate().unit().value(), quarter, replacedId(cadre, quarter))));
            QuarterRating.Snapshot before = live.map(QuarterRating::snapshot).orElse(null);
            rating.propose(input.level(), input.comment(), actor.username(), clock.instant());
            rating.proposeUpward(inputs(facts, suggestion, quarter));
            ratings.flush();
            audited("RATING_PROPOSED_UPWARD", rating, before);
            return rating.getId();
        });
        return view(id);
    }

    @Override
    public RatingView recordHigherDecision(CadreId cadre, Quarter quarter, Long expectedVersion, String level,
                                           String documentReference) {
        DecisionInput input = DecisionInput.check(level, documentReference, null, true);
        Actor actor = currentActor.get();
        LocalDate today = today();
        DecisionAuthority.Powers powers = authority.of(actor, today);
        Target target = target(powers, cadre, today);
        if (!powers.recordsHigherDecision(target.candidate(), target.posts())) {
            throw new AccessRefusedException("review.decision.refusal.notRecorder");
        }
        long id = writing.execute(status -> {
            Optional<QuarterRating> live = forChange(cadre, quarter);
            requireVersion(live, expectedVersion, cadre);
            QuarterRating rating = live.filter(r -> r.status() == RatingStatus.PROPOSED_UPWARD)
                    .orElseThrow(() -> new RuleRefusedException("review.decision.refusal.notProposedUpward"));
            QuarterRating.Snapshot before = rating.snapshot();
            // The higher authority's decision is recorded as it was made: the office's rules bind the office only.
            rating.decide(new QuarterRating.Decision(input.level(), input.comment(), null, null, null),
                    rating.inputs(), actor.username(), clock.instant());
            ratings.flush();
            audited("RATING_HIGHER_DECISION_RECORDED", rating, before);
            events.publishEvent(new RatingDecided(rating.getId(), rating.cadreId(), rating.unitId(), quarter));
            return rating.getId();
        });
        return view(id);
    }

    @Override
    public CollectiveView recordCollective(UnitId unit, Quarter quarter, Long expectedVersion, Integer assigned,
                                           Integer done, Integer excused, String forceMajeureReason, String level) {
        CollectiveInput input = CollectiveInput.check(assigned, done, excused, forceMajeureReason, level);
        Actor actor = currentActor.get();
        LocalDate today = today();
        UnitView unitView = organization.unit(unit).orElseThrow(() -> new RecordNotFoundException("UNIT",
                unit.value()));
        DecisionAuthority.Powers powers = authority.of(actor, today);
        List<DecisionCandidate> ofUnit = candidates.of(organization.cadresWithPositionsIn(List.of(unit), today)
                .stream().map(post -> post.cadreId()).distinct().toList(), today);
        if (!DecisionBoardReader.recordsCollective(powers, unit, ofUnit)) {
            boolean sees = powers.scope().visibleUnits().contains(unit) || ofUnit.stream()
                    .anyMatch(candidate -> powers.scope().managed().contains(candidate.cadre()));
            if (!sees) {
                throw new RecordNotFoundException("UNIT", unit.value());
            }
            throw new AccessRefusedException("review.decision.refusal.notCollectiveRecorder");
        }
        writing.executeWithoutResult(status -> {
            Optional<RecordedCollective> recorded = collectives.findByPeriod(unit.value(), quarter.year(),
                    quarter.number());
            // Two authorities correcting the same figures must not overwrite each other unseen.
            boolean current = recorded.map(found -> expectedVersion != null && found.version() == expectedVersion)
                    .orElse(expectedVersion == null);
            if (!current) {
                throw new ObjectOptimisticLockingFailureException(RecordedCollective.class, unit.value());
            }
            RecordedCollective result = recorded.orElseGet(() -> new RecordedCollective(unit.value(), quarter));
            RecordedCollective.Snapshot before = result.snapshot();
            result.record(input.assigned(), input.done(), input.excused(), input.forceMajeureReason(),
                    input.level(), actor.username(), clock.instant());
            result = collectives.saveAndFlush(result);
            audit.record(new AuditRecord("COLLECTIVE_RESULT_RECORDED", COLLECTIVE_TYPE, result.getId(), null,
                    before, result.snapshot()));
        });
        return reading.execute(status -> DecisionBoardReader.view(collectives.findByPeriod(unit.value(),
                quarter.year(), quarter.number()).orElseThrow(), unit, unitView.name(), quarter, true));
    }

    @Override
    public List<RatingView> ratingsOfUnit(UnitId unit, Quarter quarter) {
        return reading.execute(status -> views.of(ratings.findOfUnit(unit.value(), quarter.year(),
                quarter.number())));
    }

    @Override
    public Optional<CollectiveView> collectiveResult(UnitId unit, Quarter quarter) {
        return reading.execute(status -> collectives.findByPeriod(unit.value(), quarter.year(), quarter.number())
                .map(result -> DecisionBoardReader.view(result, unit,
                        organization.unit(unit).map(UnitView::name).orElse(""), quarter, false)));
    }

    @Override
    public Optional<RatingView> liveRating(CadreId cadre, Quarter quarter) {
        return reading.execute(status -> rules.live(cadre, quarter).map(views::of));
    }

    /**
     * Records a change of the rating about its cadre, who reads it once the rating is announced (seed 002 §4 Bước 6:
     * results reach the people concerned with the announcement, which releases it, see JpaAnnouncementService).
     */
    private void audited(String action, QuarterRating rating, QuarterRating.Snapshot before) {
        audit.record(new AuditRecord(action, RECORD_TYPE, rating.getId(), rating.cadreId(), before, rating.snapshot())
                .disclosed(SubjectDisclosure.ON_RELEASE));
    }

    /** The cadre as the reader may act on them: their own → 403; no post or outside the scope → 404. */
    private Target target(DecisionAuthority.Powers powers, CadreId cadre, LocalDate today) {
        if (powers.isSelf(cadre)) {
            throw new AccessRefusedException("review.decision.refusal.own");
        }
        List<CadrePost> posts = access.postsOf(cadre, today);
        DecisionCandidate candidate = candidates.of(cadre, today).orElse(null);
        if (candidate == null || !powers.sees(cadre, posts)) {
            throw new RecordNotFoundException(RECORD_TYPE, cadre.value());
        }
        return new Target(candidate, posts);
    }

    private record Target(DecisionCandidate candidate, List<CadrePost> posts) {
    }

    private Optional<QuarterRating> forChange(CadreId cadre, Quarter quarter) {
        return rules.live(cadre, quarter).flatMap(found -> ratings.findForChange(found.getId()));
    }

    /** The version the caller read must still be the live rating's; null means they saw none. */
    private static void requireVersion(Optional<QuarterRating> live, Long expectedVersion, CadreId cadre) {
        boolean current = live.map(rating -> expectedVersion != null && rating.version() == expectedVersion)
                .orElse(expectedVersion == null);
        if (!current) {
            throw new ObjectOptimisticLockingFailureException(QuarterRating.class,
                    live.map(QuarterRating::getId).orElse(cadre.value()));
        }
    }

    /** Seed 002 §4 Bước 4: the authority decides "trên cơ sở kết quả thẩm định ở Bước 3". */
    private CadreFacts completedAppraisal(DecisionCandidate candidate, Quarter quarter) {
        CadreFacts facts = factsReader.read(candidate, quarter);
        if (!facts.appraisalCompleted()) {
            throw new RuleRefusedException("review.decision.refusal.appraisalRequired");
        }
        return facts;
    }

    private QuarterRating.Inputs inputs(CadreFacts facts, RatingSuggestion suggestion, Quarter quarter) {
        CouncilTallyResult council = councils.of(facts.candidate().unit().value(), quarter)
                .get(facts.candidate().cadre().value());
        return new QuarterRating.Inputs(facts.selfProposed(), facts.appraisal().proposedLevel(),
                council == null ? null : council.level().orElse(null), suggestion.level());
    }

    /** A cancelled rating of the quarter is replaced by the new one (seed 000 §II.2 "đánh giá, xếp loại lại"). */
    private Long replacedId(CadreId cadre, Quarter quarter) {
        return ratings.findOfCadre(cadre.value()).stream()
                .filter(rating -> rating.quarter().equals(quarter) && rating.status() == RatingStatus.CANCELLED)
                .map(QuarterRating::getId).reduce((earlier, later) -> later).orElse(null);
    }

    private RatingView view(long id) {
        return reading.execute(status -> views.of(ratings.findById(id).orElseThrow()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The collective's figures, checked as the table's constraints and the engine need them. */
    private record CollectiveInput(int assigned, int done, int excused, String forceMajeureReason,
                                   RatingLevel level) {

        static CollectiveInput check(Integer assigned, Integer done, Integer excused, String reason,
                                     String level) {
            List<FieldViolation> violations = new ArrayList<>();
            int excusedCount = excused == null ? 0 : excused;
            if (assigned == null || assigned < 1) {
                violations.add(FieldViolation.of("assigned", "review.collective.error.assigned"));
            }
            if (done == null || done < 0) {
                violations.add(FieldViolation.of("done", "review.collective.error.done"));
            }
            if (excusedCount < 0) {
                violations.add(FieldViolation.of("excused", "review.collective.error.excused"));
            }
            if (assigned != null && done != null && assigned >= 1 && done >= 0 && excusedCount >= 0
                    && done + excusedCount > assigned) {
                violations.add(FieldViolation.of("done", "review.collective.error.moreThanAssigned", done,
                        excusedCount, assigned));
            }
            String text = TypedText.blankToNull(reason);
            // Seed 002 §6.3: targets are excused only for a force majeure "được cấp có thẩm quyền xác nhận".
            if (excusedCount > 0 && text == null) {
                violations.add(FieldViolation.of("forceMajeureReason", "review.collective.error.reasonRequired"));
            } else if (text != null && text.length() > DecisionInput.REASON_MAX) {
                violations.add(FieldViolation.of("forceMajeureReason", "review.decision.error.tooLong",
                        DecisionInput.REASON_MAX));
            }
            RatingLevel parsed = DecisionInput.level(level, "level", false, violations);
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            return new CollectiveInput(assigned, done, excusedCount, text, parsed);
        }
    }
}
