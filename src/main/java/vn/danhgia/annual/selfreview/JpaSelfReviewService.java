package vn.danhgia.annual.selfreview;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danhgia.annual.SelfReviewContent;
import vn.danhgia.annual.SelfReviewLine;
import vn.danhgia.annual.SelfReviewService;
import vn.danhgia.annual.SelfReviewSubmitted;
import vn.danhgia.annual.SelfReviewSuggestion;
import vn.danhgia.annual.SelfReviewView;
import vn.danhgia.membership.CollectiveSeat;
import vn.danhgia.membership.ReviewSubjects;
import vn.danhgia.membership.Reviewee;
import vn.danhgia.organization.AccessScope;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.CadreView;
import vn.danhgia.organization.CadreWithPosition;
import vn.danhgia.organization.EmploymentKind;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.PositionRank;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitView;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.AuditRecord;
import vn.danhgia.platform.AuditTrail;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.platform.Decimals;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.RatingRules;
import vn.danhgia.rules.annual.NotReviewedReason;
import vn.danhgia.rules.annual.SelfReviewFormChoice.Employment;
import vn.danhgia.rules.annual.SelfReviewFormChoice.Form;
import vn.danhgia.rules.annual.SelfReviewFormChoice;
import vn.danhgia.rules.quarterly.RatingEngine;

/**
 * Self-reviews stored with JPA. Each change runs in its own transaction and the view is read afterwards in another,
 * so the version it carries is the one committed. Who may do what: the person their own; a unit's head the
 * collective's report; the unit's leadership, the personnel office serving it and the authority managing the person
 * read it (organization's access scope on the review day: 31 December of the year, or today before then).
 */
@Service
class JpaSelfReviewService implements SelfReviewService {

    static final String RECORD_TYPE = "SELF_REVIEW";
    static final int TEXT_MAX = 20000;
    static final int SUGGESTION_MAX = 4000;
    private static final int FIRST_YEAR = 2000;

    private final SelfReviewRepository reviews;
    private final ReviewSuggestionRepository suggestions;
    private final SelfReviewPrefill prefill;
    private final SelfReviewFrame frame;
    private final ReviewSubjects subjects;
    private final AccessScopes access;
    private final OrganizationQueries organization;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;

    JpaSelfReviewService(SelfReviewRepository reviews, ReviewSuggestionRepository suggestions,
                         SelfReviewPrefill prefill, SelfReviewFrame frame, ReviewSubjects subjects,
                         AccessScopes access,
                         OrganizationQueries organization, CurrentActor currentActor, AuditTrail audit,
                         ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
        this.reviews = reviews;
        this.suggestions = suggestions;
        this.prefill = prefill;
        this.frame = frame;
        this.subjects = subjects;
        this.access = access;
        this.organization = organization;
        this.currentActor = currentActor;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    @Override
    public java.util.Optional<SelfReviewView> findMine(int year) {
        return currentActor.get().cadreId().flatMap(cadre -> reading.execute(status ->
                        reviews.findBySubject("C" + cadre, year).map(SelfReview::getId)))
                .map(this::get);
    }

    @Override
    public SelfReviewView openMine(int year) {
        requireBegun(year);
        Actor actor = currentActor.get();
        CadreId cadre = new CadreId(actor.cadreId()
                .orElseThrow(() -> new AccessRefusedException("selfreview.refusal.no-cadre")));
        return open("C" + cadre.value(), year, () -> createForPerson(cadre, year));
    }

    @Override
    public SelfReviewView openCollective(long unitId, int year) {
        requireBegun(year);
        Actor actor = currentActor.get();
        if (access.of(actor, reviewDay(year)).leads().get(new UnitId(unitId)) != PositionRank.HEAD) {
            throw new AccessRefusedException("selfreview.refusal.not-head");
        }
        return open("U" + unitId, year, () -> {
            SelfReview created = reviews.save(SelfReview.ofCollective(unitId, year,
                    prefill.forCollective(unitId, year), clock.instant()));
            opened(created);
            return created.getId();
        });
    }

    private SelfReviewView open(String subjectKey, int year, java.util.function.Supplier<Long> create) {
        Long id;
        try {
            id = writing.execute(status -> reviews.findBySubject(subjectKey, year).map(SelfReview::getId)
                    .orElseGet(create));
        } catch (DataIntegrityViolationException raced) {
            // Opened at the same moment elsewhere (a double click, another tab): that one was stored first.
            id = reading.execute(status -> reviews.findBySubject(subjectKey, year).map(SelfReview::getId)
                    .orElseThrow(() -> raced));
        }
        return get(id);
    }

    /**
     * The form by {@link SelfReviewFormChoice} from who the person is on the review day ({@code membership}): a party
     * member not reviewed as one (exempt, suspended, admitted under six months; seed 004 §II.1) is treated as a
     * non-member, so a civil servant among them still fills the decree's form. The review is held at their workplace,
     * or at their cell when they hold no post.
     */
    private long createForPerson(CadreId cadre, int year) {
        Reviewee reviewee = subjects.reviewee(cadre, reviewDay(year));
        UnitId unit = reviewee.workplace() != null ? reviewee.workplace() : reviewee.cell();
        if (unit == null) {
            throw new RuleRefusedException("selfreview.refusal.no-post", String.valueOf(year));
        }
        SelfReviewFormChoice.Choice choice = formOf(reviewee);
        if (!choice.chosen()) {
            throw new RuleRefusedException(reviewee.notReviewedReason().map(NotReviewedReason::messageKey)
                    .orElse(choice.reasonKey()));
        }
        SelfReview created = reviews.save(SelfReview.ofPerson(cadre.value(), unit.value(), year,
                choice.form(), prefill.forPerson(cadre, year), clock.instant()));
        opened(created);
        return created.getId();
    }

    private void opened(SelfReview created) {
        audit.record(new AuditRecord("SELF_REVIEW_OPENED", RECORD_TYPE, created.getId(), created.cadreId(), null,
                Map.of("year", created.year(), "form", created.form().name())));
    }

    /** The form the person fills, a party member not reviewed as one counted as a non-member. */
    private static SelfReviewFormChoice.Choice formOf(Reviewee reviewee) {
        return SelfReviewFormChoice.forPerson(new SelfReviewFormChoice.Person(
                reviewee.partyMember() && reviewee.reviewed(),
                reviewee.workplace() == null ? Employment.NONE : employment(reviewee.employmentKind()),
                reviewee.leader()));
    }

    private static Employment employment(EmploymentKind kind) {
        if (kind == null) {
            return Employment.NONE;
        }
        return switch (kind) {
            case CIVIL_SERVANT -> Employment.CIVIL_SERVANT;
            case PUBLIC_EMPLOYEE -> Employment.PUBLIC_EMPLOYEE;
            case CADRE -> Employment.CADRE;
            case WORKER -> Employment.WORKER;
        };
    }

    @Override
    public SelfReviewView get(long id) {
        return reading.execute(status -> {
            SelfReview review = reviews.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
            Actor actor = currentActor.get();
            if (!mayRead(actor, review)) {
                throw new RecordNotFoundException(RECORD_TYPE, id);
            }
            return view(review, isSubject(actor, review));
        });
    }

    @Override
    public SelfReviewView save(long id, long expectedVersion, SelfReviewContent content) {
        writing.executeWithoutResult(status -> {
            SelfReview review = forSubject(id, expectedVersion);
            List<FieldViolation> violations = check(review, content);
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            Map<String, Object> before = snapshot(review);
            review.revise(content.sections(), content.proposedLevel(), content.scores());
            reviews.flush();
            audit.record(new AuditRecord("SELF_REVIEW_SAVED", RECORD_TYPE, id, review.cadreId(), before,
                    snapshot(review)));
        });
        return get(id);
    }

    @Override
    public SelfReviewView submit(long id, long expectedVersion) {
        writing.executeWithoutResult(status -> {
            SelfReview review = forSubject(id, expectedVersion);
            List<FieldViolation> missing = new ArrayList<>();
            if (review.proposedLevel() == null) {
                missing.add(FieldViolation.of("proposedLevel", "selfreview.invalid.level-required"));
            }
            if (review.form().scoresCriteriaFrame()) {
                Map<String, BigDecimal> scores = review.scores();
                frame.items(SelfReviewFrame.LEADER).stream().filter(item -> !scores.containsKey(item.code()))
                        .forEach(item -> missing.add(FieldViolation.of("scores[" + item.code() + "]",
                                "selfreview.invalid.score-required", item.title())));
            }
            if (!missing.isEmpty()) {
                throw new InvalidInputException(missing);
            }
            Map<String, Object> before = snapshot(review);
            Actor actor = currentActor.get();
            review.submit(clock.instant(), actor.username());
            reviews.flush();
            audit.record(new AuditRecord("SELF_REVIEW_SUBMITTED", RECORD_TYPE, id, review.cadreId(), before,
                    snapshot(review)));
            events.publishEvent(new SelfReviewSubmitted(id, review.cadreId(), review.unitId(), review.year(),
                    review.form().name()));
        });
        return get(id);
    }

    /**
     * Who is reviewed at the unit, from {@link ReviewSubjects}: those who hold a post in it, the members active in it
     * when it is a cell, and the holders of its seats when it is a collective they are reviewed before (seed 004
     * §II.2), each once however many seats they hold, the seats' heads first, then the deputies. A party member not
     * reviewed (exempt, suspended, admitted under six months; seed 004 §II.1) is listed with the reason; their form is
     * the one they would open, none unless their work makes them fill the decree's.
     */
    @Override
    public List<SelfReviewLine> ofUnit(long unitId, int year) {
        return reading.execute(status -> {
            LocalDate day = reviewDay(year);
            AccessScope scope = access.of(currentActor.get(), day);
            UnitId unit = new UnitId(unitId);
            if (!scope.leads().containsKey(unit) && !scope.belowLed().contains(unit)
                    && !scope.served().contains(unit)) {
                throw new RecordNotFoundException("UNIT", unitId);
            }
            // The first post each holds in the unit: heads come first in the list the organisation reads.
            Map<CadreId, CadreWithPosition> postsHere = organization.cadresWithPositionsIn(List.of(unit), day).stream()
                    .collect(Collectors.toMap(CadreWithPosition::cadreId, Function.identity(),
                            (first, other) -> first));
            List<Reviewee> here = subjects.revieweesUnder(unit, day).stream()
                    .filter(reviewee -> postsHere.containsKey(reviewee.cadre()) || unit.equals(reviewee.cell())
                            || seatIn(reviewee, unit).isPresent())
                    .sorted(Comparator.comparing((Reviewee reviewee) -> seatIn(reviewee, unit)
                            .map(CollectiveSeat::rank).or(() -> Optional.ofNullable(postsHere.get(reviewee.cadre()))
                                    .map(CadreWithPosition::rank))
                            .map(Enum::ordinal).orElse(PositionRank.values().length)))
                    .toList();
            List<CadreId> ids = here.stream().map(Reviewee::cadre).toList();
            Map<CadreId, CadreView> cadres = organization.cadres(ids).stream()
                    .collect(Collectors.toMap(CadreView::id, Function.identity(), (a, b) -> a));
            Map<Long, SelfReview> opened = ids.isEmpty() ? Map.of() : reviews.findByCadres(
                            ids.stream().map(CadreId::value).toList(), year).stream()
                    .collect(Collectors.toMap(SelfReview::cadreId, Function.identity()));
            List<SelfReviewLine> lines = new ArrayList<>();
            for (Reviewee reviewee : here) {
                SelfReview review = opened.get(reviewee.cadre().value());
                Form chosen = review != null ? review.form() : formOf(reviewee).form();
                String title = seatIn(reviewee, unit).map(CollectiveSeat::positionTitle)
                        .orElseGet(() -> Optional.ofNullable(postsHere.get(reviewee.cadre()))
                                .map(CadreWithPosition::positionTitle).orElse(null));
                CadreView cadre = cadres.get(reviewee.cadre());
                lines.add(new SelfReviewLine(reviewee.cadre().value(), cadre == null ? "" : cadre.code(),
                        reviewee.fullName(), title, chosen == null ? null : chosen.name(),
                        review == null ? null : review.getId(), review == null ? null : review.status(),
                        reviewee.notReviewedReason().map(NotReviewedReason::name).orElse(null)));
            }
            return List.copyOf(lines);
        });
    }

    private static java.util.Optional<CollectiveSeat> seatIn(Reviewee reviewee, UnitId unit) {
        return reviewee.collectives().stream().filter(seat -> seat.unit().equals(unit)).findFirst();
    }

    @Override
    public List<SelfReviewSuggestion> suggestions(long cadreId, int year) {
        return reading.execute(status -> {
            CadreId cadre = new CadreId(cadreId);
            if (!access.canSee(currentActor.get(), cadre, reviewDay(year))) {
                throw new RecordNotFoundException("CADRE", cadreId);
            }
            return suggestions.findByCadre(cadreId, year).stream().map(JpaSelfReviewService::suggestionView)
                    .toList();
        });
    }

    @Override
    public SelfReviewSuggestion suggest(long cadreId, int year, String text) {
        requireBegun(year);
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException(List.of(FieldViolation.of("text", "selfreview.invalid.suggestion-blank")));
        }
        if (trimmed.length() > SUGGESTION_MAX) {
            throw new InvalidInputException(List.of(FieldViolation.of("text", "selfreview.invalid.too-long",
                    SUGGESTION_MAX)));
        }
        Actor actor = currentActor.get();
        CadreId cadre = new CadreId(cadreId);
        if (!access.canApprove(actor, cadre, reviewDay(year))) {
            if (access.canSee(actor, cadre, reviewDay(year))) {
                throw new AccessRefusedException("selfreview.refusal.not-authority");
            }
            throw new RecordNotFoundException("CADRE", cadreId);
        }
        return writing.execute(status -> {
            ReviewSuggestionEntry saved = suggestions.save(new ReviewSuggestionEntry(cadreId, year, trimmed,
                    actor.username(), clock.instant()));
            audit.record(new AuditRecord("REVIEW_SUGGESTION_RECORDED", "REVIEW_SUGGESTION", saved.getId(), cadreId,
                    null, Map.of("year", year, "text", trimmed)));
            return suggestionView(saved);
        });
    }

    private static SelfReviewSuggestion suggestionView(ReviewSuggestionEntry entry) {
        return new SelfReviewSuggestion(entry.getId(), entry.cadreId(), 0, entry.year(), entry.text(),
                entry.recordedBy(), entry.recordedAt());
    }

    /** Loaded for a change by its subject, at the version they read. */
    private SelfReview forSubject(long id, long expectedVersion) {
        SelfReview review = reviews.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
        Actor actor = currentActor.get();
        if (!isSubject(actor, review)) {
            if (mayRead(actor, review)) {
                throw new AccessRefusedException("selfreview.refusal.not-subject");
            }
            throw new RecordNotFoundException(RECORD_TYPE, id);
        }
        if (review.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(SelfReview.class, id);
        }
        return review;
    }

    private boolean isSubject(Actor actor, SelfReview review) {
        if (review.cadreId() != null) {
            return actor.isCadre(review.cadreId());
        }
        return access.of(actor, reviewDay(review.year())).leads().get(new UnitId(review.unitId()))
                == PositionRank.HEAD;
    }

    private boolean mayRead(Actor actor, SelfReview review) {
        LocalDate day = reviewDay(review.year());
        if (review.cadreId() != null) {
            return access.canSee(actor, new CadreId(review.cadreId()), day);
        }
        AccessScope scope = access.of(actor, day);
        UnitId unit = new UnitId(review.unitId());
        return scope.leads().containsKey(unit) || scope.belowLed().contains(unit) || scope.served().contains(unit);
    }

    private List<FieldViolation> check(SelfReview review, SelfReviewContent content) {
        List<FieldViolation> violations = new ArrayList<>();
        if (content.sections() != null) {
            content.sections().forEach((code, text) -> {
                if (!SelfReviewSections.of(review.form()).contains(code)) {
                    violations.add(FieldViolation.of("sections[" + code + "]", "selfreview.invalid.section"));
                } else if (text != null && text.length() > TEXT_MAX) {
                    violations.add(FieldViolation.of("sections[" + code + "]", "selfreview.invalid.too-long",
                            TEXT_MAX));
                }
            });
        }
        String level = content.proposedLevel();
        if (level != null && !level.isBlank()
                && Arrays.stream(RatingLevel.values()).noneMatch(value -> value.name().equals(level))) {
            violations.add(FieldViolation.of("proposedLevel", "selfreview.invalid.level"));
        }
        if (content.scores() != null) {
            Map<String, SelfReviewFrame.Item> items = review.form().scoresCriteriaFrame()
                    ? frame.items(SelfReviewFrame.LEADER).stream()
                    .collect(Collectors.toMap(SelfReviewFrame.Item::code, Function.identity()))
                    : Map.of();
            content.scores().forEach((code, points) -> {
                SelfReviewFrame.Item item = items.get(code);
                String field = "scores[" + code + "]";
                if (item == null) {
                    violations.add(FieldViolation.of(field, "selfreview.invalid.frame-item"));
                } else if (points != null && (points.signum() < 0 || points.compareTo(item.maxPoints()) > 0)) {
                    violations.add(FieldViolation.of(field, "selfreview.invalid.points",
                            Decimals.plain(item.maxPoints()).toPlainString()));
                } else if (points != null && Decimals.hasMoreDecimalsThan(points, 2)) {
                    violations.add(FieldViolation.of(field, "selfreview.invalid.decimals"));
                }
            });
        }
        return violations;
    }

    private SelfReviewView view(SelfReview review, boolean subject) {
        List<SelfReviewView.Section> sections = review.texts().entrySet().stream()
                .map(entry -> new SelfReviewView.Section(entry.getKey(), SelfReviewSections.titleKey(entry.getKey()),
                        entry.getValue()))
                .toList();
        List<SelfReviewView.FrameItem> items = new ArrayList<>();
        BigDecimal total = null;
        if (review.form().scoresCriteriaFrame()) {
            Map<String, BigDecimal> scores = review.scores();
            total = BigDecimal.ZERO;
            for (SelfReviewFrame.Item item : frame.items(SelfReviewFrame.LEADER)) {
                BigDecimal points = scores.get(item.code());
                items.add(new SelfReviewView.FrameItem(item.code(), item.title(), item.maxPoints(), points));
                total = total == null || points == null ? null : total.add(points);
            }
        }
        String suggested = total == null ? null : RatingEngine.pointsBand(total, RatingRules.defaults()).name();
        String subjectName = review.cadreId() != null
                ? organization.cadre(new CadreId(review.cadreId())).map(CadreView::fullName).orElse("")
                : organization.unit(new UnitId(review.unitId())).map(UnitView::name).orElse("");
        String unitName = organization.unit(new UnitId(review.unitId())).map(UnitView::name).orElse("");
        return new SelfReviewView(review.getId(), review.version(), review.form().name(), review.cadreId(),
                subjectName, review.unitId(), unitName, review.year(), review.status(), sections,
                review.proposedLevel(), items, total, suggested, review.createdAt(), review.submittedAt(),
                review.submittedBy(), subject && review.status().editable());
    }

    private static Map<String, Object> snapshot(SelfReview review) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", review.status().name());
        state.put("proposedLevel", review.proposedLevel());
        state.put("sections", review.texts());
        state.put("scores", review.scores());
        return state;
    }

    /** The day scopes and posts are read on: the year's last day, or today while the year runs. */
    private LocalDate reviewDay(int year) {
        LocalDate today = LocalDate.now(clock);
        LocalDate last = Year.of(year).atMonth(12).atEndOfMonth();
        return today.isBefore(last) ? today : last;
    }

    private void requireBegun(int year) {
        if (year < FIRST_YEAR || year > LocalDate.now(clock).getYear()) {
            throw new RuleRefusedException("selfreview.refusal.year", String.valueOf(year));
        }
    }
}
