package vn.danhgia.emulation.review;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.annual.YearlyLevels;
import vn.danhgia.annual.YearlyOutcome;
import vn.danhgia.annual.YearlyTrack;
import vn.danhgia.emulation.CandidateEligibility;
import vn.danhgia.emulation.EmulationEligibility;
import vn.danhgia.emulation.EmulationHolder;
import vn.danhgia.emulation.EmulationReviewUnit;
import vn.danhgia.emulation.EmulationReviewView;
import vn.danhgia.emulation.EmulationReviews;
import vn.danhgia.emulation.EmulationYears;
import vn.danhgia.emulation.Nominee;
import vn.danhgia.emulation.ReviewMinutes;
import vn.danhgia.emulation.UnitEligibility;
import vn.danhgia.emulation.eligibility.EmulationScope;
import vn.danhgia.emulation.eligibility.ReasonSentences;
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
import vn.danhgia.rules.emulation.EmulationRules;
import vn.danhgia.rules.emulation.EmulationTitle;
import vn.danhgia.rules.emulation.TitleEligibility;

/**
 * The review meetings (họp bình xét, seed 003 §IV; issue 14 §4): opened once the unit's yearly ratings are decided,
 * nominations checked against the engine, the council's vote against the title's threshold, minutes and close. The
 * share of Chiến sĩ thi đua cơ sở is shown, not enforced, here: it is the conferring office's, counted over all its
 * units when the dossiers are consolidated. Every change is audited as EMULATION_REVIEW.
 */
@Service
class JpaEmulationReviews implements EmulationReviews {

    private final EmulationReviewRepository reviews;
    private final EmulationEligibility eligibility;
    private final EmulationScope scope;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final Clock clock;
    private final YearlyLevels levels;
    private final ReviewViews views;
    private final ReasonSentences sentences;

    JpaEmulationReviews(EmulationReviewRepository reviews, EmulationEligibility eligibility, EmulationScope scope,
                        CurrentActor currentActor, AuditTrail audit, Clock clock, YearlyLevels levels,
                        ReviewViews views, ReasonSentences sentences) {
        this.reviews = reviews;
        this.eligibility = eligibility;
        this.scope = scope;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
        this.levels = levels;
        this.views = views;
        this.sentences = sentences;
    }

    @Override
    @Transactional(readOnly = true)
    public List<EmulationReviewUnit> units(int year) {
        EmulationYears.check(year);
        Actor actor = currentActor.get();
        Map<Long, EmulationReview> held = reviews.ofYear(year).stream()
                .collect(Collectors.toMap(EmulationReview::unitId, Function.identity()));
        LongPredicate conducts = scope.conductor(actor);
        List<EmulationReviewUnit> units = new ArrayList<>();
        for (UnitView unit : scope.unitsInScope(actor)) {
            EmulationReview review = held.get(unit.id().value());
            units.add(new EmulationReviewUnit(unit.id().value(), unit.code(), unit.name(),
                    review == null ? null : review.id(), review == null ? null : review.status(),
                    review == null && conducts.test(unit.id().value())));
        }
        return units;
    }

    @Override
    @Transactional
    public EmulationReviewView open(long unitId, int year) {
        EmulationYears.check(year);
        Actor actor = currentActor.get();
        scope.visibleUnit(actor, unitId);
        requireConducts(actor, unitId);
        if (reviews.of(unitId, year).isPresent()) {
            throw new RuleRefusedException("emulation.review.refusal.alreadyOpen", String.valueOf(year));
        }
        requireRatingsDecided(unitId, year);
        EmulationReview review = reviews.saveAndFlush(new EmulationReview(unitId, year, actor.username(),
                Instant.now(clock)));
        audit.record(new AuditRecord("EMULATION_REVIEW_OPENED", EmulationReview.RECORD_TYPE, review.id(), null, null,
                review.state()));
        return views.view(actor, review);
    }

    @Override
    @Transactional(readOnly = true)
    public EmulationReviewView get(long reviewId) {
        Actor actor = currentActor.get();
        EmulationReview review = reviews.findById(reviewId)
                .orElseThrow(() -> new RecordNotFoundException(EmulationReview.RECORD_TYPE, reviewId));
        visible(actor, review);
        return views.view(actor, review);
    }

    @Override
    @Transactional
    public EmulationReviewView nominate(long reviewId, long version, Nominee nominee, EmulationTitle title) {
        Actor actor = currentActor.get();
        EmulationReview review = forChange(actor, reviewId);
        checkVersion(review.version(), version, review.id());
        if (nominee == null || title == null) {
            throw new InvalidInputException(List.of(FieldViolation.of(nominee == null ? "nominee" : "title",
                    "emulation.review.field.required")));
        }
        UnitEligibility candidates = eligibility.ofUnit(review.unitId(), review.year());
        CandidateEligibility candidate = candidates.candidate(nominee).orElseThrow(() -> new InvalidInputException(
                List.of(FieldViolation.of("nominee", "emulation.review.field.notCandidate"))));
        TitleEligibility titleEligibility = candidate.title(title).orElseThrow(() -> new InvalidInputException(
                List.of(FieldViolation.of("title", "emulation.review.field.titleNotForHolder"))));
        if (!titleEligibility.eligible()) {
            // Seed 003 §III.1: only who meets the title's conditions (registration among them) is proposed.
            throw new RuleRefusedException("emulation.review.refusal.ineligible", candidate.name(),
                    new DefaultMessageSourceResolvable(title.messageKey()),
                    sentences.joined(titleEligibility.unmet(), LocaleContextHolder.getLocale()));
        }
        EmulationNomination nomination = review.nominate(nominee, title);
        reviews.flush();
        audit.record(new AuditRecord("EMULATION_NOMINATED", EmulationReview.RECORD_TYPE, review.id(),
                cadreOf(nominee), null, nomination.state()));
        return views.view(actor, review);
    }

    @Override
    @Transactional
    public EmulationReviewView vote(long reviewId, long nominationId, long version, Integer votesFor,
                                    Integer votesAgainst) {
        Actor actor = currentActor.get();
        EmulationReview review = forChange(actor, reviewId);
        EmulationNomination nomination = review.nomination(nominationId);
        checkVersion(nomination.version(), version, nominationId);
        int council = review.councilMembers()
                .orElseThrow(() -> new RuleRefusedException("emulation.review.refusal.noCouncil"));
        List<FieldViolation> wrong = new ArrayList<>();
        if (votesFor == null || votesFor < 0) {
            wrong.add(FieldViolation.of("votesFor", "emulation.review.field.votes"));
        }
        if (votesAgainst == null || votesAgainst < 0) {
            wrong.add(FieldViolation.of("votesAgainst", "emulation.review.field.votes"));
        }
        if (wrong.isEmpty() && votesFor + votesAgainst > council) {
            wrong.add(FieldViolation.of("votesFor", "emulation.review.field.votesAboveCouncil", council));
        }
        if (!wrong.isEmpty()) {
            throw new InvalidInputException(wrong);
        }
        EmulationRules rules = new EmulationRules(views.thresholds(review.unitId()));
        EmulationNomination.State before = nomination.state();
        review.recordVote(nomination, votesFor, votesAgainst,
                rules.votePasses(nomination.title(), votesFor, council));
        reviews.flush();
        audit.record(new AuditRecord("EMULATION_VOTE_RECORDED", EmulationReview.RECORD_TYPE, review.id(),
                cadreOf(nomination.nominee()), before, nomination.state()));
        return views.view(actor, review);
    }

    @Override
    @Transactional
    public EmulationReviewView recordMinutes(long reviewId, long version, ReviewMinutes minutes) {
        Actor actor = currentActor.get();
        EmulationReview review = forChange(actor, reviewId);
        checkVersion(review.version(), version, review.id());
        ReviewMinutes written = MinutesInput.checked(minutes);
        EmulationReview.State before = review.state();
        review.recordMinutes(written);
        reviews.flush();
        audit.record(new AuditRecord("EMULATION_MINUTES_RECORDED", EmulationReview.RECORD_TYPE, review.id(), null,
                before, review.state()));
        return views.view(actor, review);
    }

    @Override
    @Transactional
    public EmulationReviewView close(long reviewId, long version) {
        Actor actor = currentActor.get();
        EmulationReview review = forChange(actor, reviewId);
        checkVersion(review.version(), version, review.id());
        EmulationReview.State before = review.state();
        review.close(actor.username(), Instant.now(clock));
        reviews.flush();
        audit.record(new AuditRecord("EMULATION_REVIEW_CLOSED", EmulationReview.RECORD_TYPE, review.id(), null,
                before, review.state()));
        return views.view(actor, review);
    }

    /**
     * Seed 003 §IV: the review follows the unit's rating ("sau khi đánh giá, phân loại xong"), so every live STATE and
     * COLLECTIVE yearly rating of the unit and year must be decided.
     */
    private void requireRatingsDecided(long unitId, int year) {
        List<YearlyOutcome> ratings = levels.ofUnit(unitId, year).stream()
                .filter(rating -> rating.track() != YearlyTrack.PARTY).toList();
        if (ratings.isEmpty()) {
            throw new RuleRefusedException("emulation.review.refusal.notRated", String.valueOf(year));
        }
        long undecided = ratings.stream().filter(rating -> !rating.decided()).count();
        if (undecided > 0) {
            throw new RuleRefusedException("emulation.review.refusal.ratingsUndecided", undecided, ratings.size());
        }
    }

    private EmulationReview forChange(Actor actor, long reviewId) {
        EmulationReview review = reviews.findForChange(reviewId)
                .orElseThrow(() -> new RecordNotFoundException(EmulationReview.RECORD_TYPE, reviewId));
        visible(actor, review);
        requireConducts(actor, review.unitId());
        return review;
    }

    private void visible(Actor actor, EmulationReview review) {
        try {
            scope.visibleUnit(actor, review.unitId());
        } catch (RecordNotFoundException outsideScope) {
            throw new RecordNotFoundException(EmulationReview.RECORD_TYPE, review.id());
        }
    }

    private void requireConducts(Actor actor, long unitId) {
        if (!scope.conducts(actor, unitId)) {
            throw new AccessRefusedException("emulation.review.refusal.mayNotConduct");
        }
    }

    private static void checkVersion(long current, long read, long id) {
        if (current != read) {
            throw new ObjectOptimisticLockingFailureException(EmulationReview.class, id);
        }
    }

    private static Long cadreOf(Nominee nominee) {
        return nominee.holder() == EmulationHolder.INDIVIDUAL ? nominee.subjectId() : null;
    }
}
