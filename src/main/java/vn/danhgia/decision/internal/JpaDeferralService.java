package vn.danhgia.decision.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danhgia.decision.DeferralKind;
import vn.danhgia.decision.DeferralService;
import vn.danhgia.decision.DeferralView;
import vn.danhgia.decision.ExemptRatingPeriod;
import vn.danhgia.decision.ExemptionView;
import vn.danhgia.decision.PeriodRef;
import vn.danhgia.decision.QuarterCaseView;
import vn.danhgia.decision.QuarterRatingRepository;
import vn.danhgia.decision.RatingStatus;
import vn.danhgia.decision.SpecialCaseFlag;
import vn.danhgia.organization.AccessScope;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.AppointmentView;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.CadrePost;
import vn.danhgia.organization.CadreView;
import vn.danhgia.organization.CadreWithPosition;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.PositionId;
import vn.danhgia.organization.SpecialCase;
import vn.danhgia.organization.SpecialCaseKind;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.AuditRecord;
import vn.danhgia.platform.AuditTrail;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.platform.TypedText;
import vn.danhgia.scheme.DeadlineStep;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.scheme.SchemeCatalog;

/**
 * Deferrals and exemptions stored with JPA. Marks belong to the personnel office (seed 002 §4 Bước 3 names "cơ quan
 * tham mưu về công tác tổ chức cán bộ" as the one preparing the rating): an officer whose office serves a unit the
 * cadre holds a post in. The special cases are read from the appointments on the quarter's decision day (seed 000
 * §III.4: day 18 of the last month), or its last day when the scheme sets no decision deadline.
 */
@Service
class JpaDeferralService implements DeferralService {

    static final String DEFERRAL = "RATING_DEFERRAL";
    static final String EXEMPTION = "RATING_EXEMPTION";
    static final int NOTE_MAX = 2000;

    private final RatingDeferralRepository deferrals;
    private final RatingExemptionRepository exemptions;
    private final QuarterRatingRepository ratings;
    private final OrganizationQueries organization;
    private final SchemeCatalog schemes;
    private final AccessScopes access;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;

    JpaDeferralService(RatingDeferralRepository deferrals, RatingExemptionRepository exemptions,
                       QuarterRatingRepository ratings, OrganizationQueries organization, SchemeCatalog schemes,
                       AccessScopes access, CurrentActor currentActor, AuditTrail audit, Clock clock,
                       PlatformTransactionManager transactions) {
        this.deferrals = deferrals;
        this.exemptions = exemptions;
        this.ratings = ratings;
        this.organization = organization;
        this.schemes = schemes;
        this.access = access;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    @Override
    public QuarterCaseView quarter(long cadreId, int year, int quarter) {
        Actor actor = currentActor.get();
        Quarter period = period(year, quarter);
        Visible visible = visibleCadre(actor, cadreId, period);
        return reading.execute(status -> view(visible.cadre(), period, visible.canMark(actor)));
    }

    @Override
    public List<QuarterCaseView> served(int year, int quarter) {
        Actor actor = currentActor.get();
        if (!actor.has(Role.PERSONNEL_OFFICER)) {
            throw new AccessRefusedException("review.deferral.refusal.notOfficer");
        }
        Quarter period = period(year, quarter);
        AccessScope scope = access.of(actor, today());
        Map<Long, CadreWithPosition> cadres = new LinkedHashMap<>();
        organization.cadresWithPositionsIn(scope.served(), ratingDay(period))
                .forEach(row -> cadres.putIfAbsent(row.cadreId().value(), row));
        if (cadres.isEmpty()) {
            return List.of();
        }
        return reading.execute(status -> {
            Map<Long, List<RatingDeferral>> deferred = deferrals.findOfCadres(cadres.keySet()).stream()
                    .collect(Collectors.groupingBy(RatingDeferral::cadreId));
            Map<Long, RatingExemption> exempted = new HashMap<>();
            exemptions.findOfCadres(cadres.keySet()).stream().filter(e -> e.year() == year)
                    .forEach(e -> exempted.put(e.cadreId(), e));
            List<QuarterCaseView> views = new ArrayList<>();
            for (CadreWithPosition row : cadres.values()) {
                long id = row.cadreId().value();
                views.add(view(id, row.cadreCode(), row.fullName(), period,
                        deferred.getOrDefault(id, List.of()), Optional.ofNullable(exempted.get(id)),
                        !actor.isCadre(id)));
            }
            return views;
        });
    }

    @Override
    public QuarterCaseView defer(long cadreId, int year, int quarter, DeferralKind kind, String note,
                                 Long expectedVersion) {
        Actor actor = currentActor.get();
        Quarter period = period(year, quarter);
        Visible visible = visibleCadre(actor, cadreId, period);
        visible.requireMarker(actor);
        String checkedNote = requireNote(note, "note");
        if (kind == null) {
            throw new InvalidInputException(List.of(FieldViolation.of("kind", "review.deferral.kindRequired")));
        }
        requireQuarterlyRated(period);
        boolean detected = kind == DeferralKind.FIRST_APPOINTMENT && specialCases(cadreId, period).stream()
                .anyMatch(found -> found.kind() == SpecialCaseKind.DEFERRED_FIRST_APPOINTMENT);
        try {
            writing.executeWithoutResult(status -> {
                Optional<RatingDeferral> existing = deferrals.findForChange(cadreId, year, quarter);
                existing.ifPresent(found -> requireVersion(found.version(), expectedVersion, found.getId()));
                ratings.findLive(cadreId, year, quarter)
                        .filter(rating -> rating.status() == RatingStatus.DECIDED
                                || rating.status() == RatingStatus.ANNOUNCED)
                        .ifPresent(rating -> {
                            throw new RuleRefusedException("review.deferral.refusal.alreadyRated",
                                    new DefaultMessageSourceResolvable(rating.status().messageKey()));
                        });
                RatingDeferral deferral = existing.orElseGet(() -> new RatingDeferral(cadreId, period));
                RatingDeferral.Snapshot before = deferral.snapshot();
                deferral.mark(kind, checkedNote, detected, actor.username(), clock.instant());
                deferral = deferrals.saveAndFlush(deferral);
                audit.record(new AuditRecord("RATING_DEFERRED", DEFERRAL, deferral.getId(), cadreId, before,
                        deferral.snapshot()));
            });
        } catch (DataIntegrityViolationException raced) {
            // Someone marked the same quarter from the same empty page a moment earlier.
            throw new ObjectOptimisticLockingFailureException(RatingDeferral.class, cadreId);
        }
        return reading.execute(status -> view(visible.cadre(), period, true));
    }

    @Override
    public QuarterCaseView withdrawDeferral(long cadreId, int year, int quarter, long expectedVersion, String note) {
        Actor actor = currentActor.get();
        Quarter period = period(year, quarter);
        Visible visible = visibleCadre(actor, cadreId, period);
        visible.requireMarker(actor);
        String checkedNote = requireNote(note, "note");
        writing.executeWithoutResult(status -> {
            RatingDeferral deferral = deferrals.findForChange(cadreId, year, quarter)
                    .orElseThrow(() -> new RecordNotFoundException(DEFERRAL, cadreId));
            requireVersion(deferral.version(), expectedVersion, deferral.getId());
            RatingDeferral.Snapshot before = deferral.snapshot();
            deferral.withdraw(checkedNote, actor.username(), clock.instant());
            deferrals.flush();
            audit.record(new AuditRecord("RATING_DEFERRAL_WITHDRAWN", DEFERRAL, deferral.getId(), cadreId, before,
                    deferral.snapshot()));
        });
        return reading.execute(status -> view(visible.cadre(), period, true));
    }

    @Override
    public ExemptionView exempt(long cadreId, int year, ExemptRatingPeriod ratingPeriod, String note,
                                Long expectedVersion) {
        Actor actor = currentActor.get();
        Quarter firstQuarter = period(year, 1);
        Visible visible = visibleCadre(actor, cadreId, firstQuarter);
        visible.requireMarker(actor);
        String checkedNote = requireNote(note, "note");
        if (ratingPeriod == null) {
            throw new InvalidInputException(List.of(FieldViolation.of("ratingPeriod",
                    "review.exemption.periodRequired")));
        }
        try {
            writing.executeWithoutResult(status -> {
                Optional<RatingExemption> existing = exemptions.findForChange(cadreId, year);
                existing.ifPresent(found -> requireVersion(found.version(), expectedVersion, found.getId()));
                RatingExemption exemption = existing.orElseGet(() -> new RatingExemption(cadreId, year));
                RatingExemption.Snapshot before = exemption.snapshot();
                exemption.mark(ratingPeriod, checkedNote, actor.username(), clock.instant());
                exemption = exemptions.saveAndFlush(exemption);
                audit.record(new AuditRecord("RATING_EXEMPTED", EXEMPTION, exemption.getId(), cadreId, before,
                        exemption.snapshot()));
            });
        } catch (DataIntegrityViolationException raced) {
            throw new ObjectOptimisticLockingFailureException(RatingExemption.class, cadreId);
        }
        return reading.execute(status -> exemptions.findOfYear(cadreId, year).map(JpaDeferralService::view)
                .orElseThrow());
    }

    @Override
    public ExemptionView withdrawExemption(long cadreId, int year, long expectedVersion, String note) {
        Actor actor = currentActor.get();
        Visible visible = visibleCadre(actor, cadreId, period(year, 1));
        visible.requireMarker(actor);
        String checkedNote = requireNote(note, "note");
        writing.executeWithoutResult(status -> {
            RatingExemption exemption = exemptions.findForChange(cadreId, year)
                    .orElseThrow(() -> new RecordNotFoundException(EXEMPTION, cadreId));
            requireVersion(exemption.version(), expectedVersion, exemption.getId());
            RatingExemption.Snapshot before = exemption.snapshot();
            exemption.withdraw(checkedNote, actor.username(), clock.instant());
            exemptions.flush();
            audit.record(new AuditRecord("RATING_EXEMPTION_WITHDRAWN", EXEMPTION, exemption.getId(), cadreId,
                    before, exemption.snapshot()));
        });
        return reading.execute(status -> exemptions.findOfYear(cadreId, year).map(JpaDeferralService::view)
                .orElseThrow());
    }

    @Override
    public void requireRatedQuarterly(long cadreId, int year, int quarter) {
        Quarter period = period(year, quarter);
        requireQuarterlyRated(period);
        reading.executeWithoutResult(status -> {
            deferrals.findOfQuarter(cadreId, year, quarter).filter(RatingDeferral::active).ifPresent(deferral -> {
                throw new RuleRefusedException("review.deferral.refusal.deferred", period.roman(), year,
                        new DefaultMessageSourceResolvable(deferral.kind().messageKey()));
            });
            exemptions.findOfYear(cadreId, year).filter(RatingExemption::active).ifPresent(exemption -> {
                throw new RuleRefusedException("review.exemption.refusal.exempt", year,
                        new DefaultMessageSourceResolvable(exemption.ratingPeriod().messageKey()));
            });
        });
    }

    /** Seed 000 §I.2.2: "chỉ thực hiện việc đánh giá, xếp loại đối với quý I, II, III; không thực hiện việc đánh giá
     * quý IV mà kết hợp vào đánh giá, xếp loại cuối năm". */
    private static void requireQuarterlyRated(Quarter period) {
        if (period.number() == 4) {
            throw new RuleRefusedException("review.deferral.refusal.quarterIv", period.year());
        }
    }

    private QuarterCaseView view(CadreView cadre, Quarter period, boolean canMark) {
        return view(cadre.id().value(), cadre.code(), cadre.fullName(), period,
                deferrals.findOfCadres(List.of(cadre.id().value())),
                exemptions.findOfYear(cadre.id().value(), period.year()), canMark);
    }

    private QuarterCaseView view(long cadreId, String code, String name, Quarter period,
                                 List<RatingDeferral> deferralsOfCadre, Optional<RatingExemption> exemption,
                                 boolean canMark) {
        CarryOver carryOver = new CarryOver(deferralsOfCadre.stream().filter(RatingDeferral::active)
                .map(RatingDeferral::quarter).toList());
        Optional<DeferralView> deferral = deferralsOfCadre.stream()
                .filter(found -> found.quarter().equals(period)).findFirst()
                .map(found -> view(found, carryOver));
        return new QuarterCaseView(cadreId, code, name, period.year(), period.number(), deferral,
                exemption.map(JpaDeferralService::view), flags(cadreId, period),
                carryOver.carriedOverInto(PeriodRef.of(period)), canMark);
    }

    private List<SpecialCaseFlag> flags(long cadreId, Quarter period) {
        if (period.number() == 4) {
            return List.of();
        }
        List<SpecialCase> found = specialCases(cadreId, period);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<PositionId, AppointmentView> posts = new HashMap<>();
        for (AppointmentView appointment : organization.appointmentHistory(new CadreId(cadreId))) {
            posts.put(appointment.position(), appointment);
        }
        return found.stream().map(special -> new SpecialCaseFlag(special.kind(), special.since(),
                title(posts.get(special.position())), special.previous().map(posts::get).map(JpaDeferralService::title)
                .orElse(null), posts.containsKey(special.position())
                        ? posts.get(special.position()).unit().value() : null)).toList();
    }

    private static String title(AppointmentView appointment) {
        return appointment == null ? null : appointment.positionTitle() + " – " + appointment.unitName();
    }

    private List<SpecialCase> specialCases(long cadreId, Quarter period) {
        return organization.specialCases(new CadreId(cadreId), period.year(), period.number(), ratingDay(period));
    }

    private LocalDate ratingDay(Quarter period) {
        return schemes.inForce(period.firstDay())
                .flatMap(scheme -> scheme.lastDayInTime(DeadlineStep.DECISION, period))
                .orElse(period.lastDay());
    }

    static DeferralView view(RatingDeferral deferral, CarryOver carryOver) {
        Quarter quarter = deferral.quarter();
        return new DeferralView(deferral.getId(), deferral.version(), quarter.year(), quarter.number(),
                deferral.kind(), deferral.note(), deferral.detected(), deferral.markedBy(), deferral.markedAt(),
                deferral.withdrawnBy(), deferral.withdrawnAt(), deferral.withdrawalNote(),
                carryOver.carriedInto(quarter));
    }

    static ExemptionView view(RatingExemption exemption) {
        return new ExemptionView(exemption.getId(), exemption.version(), exemption.year(), exemption.kind(),
                exemption.ratingPeriod(), exemption.note(), exemption.markedBy(), exemption.markedAt(),
                exemption.withdrawnBy(), exemption.withdrawnAt(), exemption.withdrawalNote());
    }

    private static Quarter period(int year, int quarter) {
        try {
            return new Quarter(year, quarter);
        } catch (IllegalArgumentException invalid) {
            throw new InvalidInputException(List.of(FieldViolation.of("quarter", "review.deferral.periodInvalid")));
        }
    }

    private static String requireNote(String note, String field) {
        String text = TypedText.blankToNull(note);
        if (text == null) {
            throw new InvalidInputException(List.of(FieldViolation.of(field, "review.deferral.noteRequired")));
        }
        if (text.length() > NOTE_MAX) {
            throw new InvalidInputException(List.of(FieldViolation.of(field, "review.deferral.noteTooLong",
                    NOTE_MAX)));
        }
        return text;
    }

    private static void requireVersion(long actual, Long expected, long id) {
        if (expected == null || actual != expected) {
            throw new ObjectOptimisticLockingFailureException(RatingDeferral.class, id);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A cadre the reader may see, with the posts that decide who marks. */
    private record Visible(CadreView cadre, List<CadrePost> posts, AccessScope scope) {

        boolean canMark(Actor actor) {
            return !actor.isCadre(cadre.id().value()) && actor.has(Role.PERSONNEL_OFFICER)
                    && posts.stream().anyMatch(post -> scope.served().contains(post.unit()));
        }

        void requireMarker(Actor actor) {
            if (actor.isCadre(cadre.id().value())) {
                throw new AccessRefusedException("review.deferral.refusal.own");
            }
            if (!canMark(actor)) {
                throw new AccessRefusedException("review.deferral.refusal.notOfficer");
            }
        }
    }

    private Visible visibleCadre(Actor actor, long cadreId, Quarter period) {
        CadreId id = new CadreId(cadreId);
        CadreView cadre = organization.cadre(id).orElseThrow(() -> new RecordNotFoundException("CADRE", cadreId));
        List<CadrePost> posts = new ArrayList<>(access.postsOf(id, today()));
        posts.addAll(access.postsOf(id, period.lastDay()));
        AccessScope scope = actor.isCadre(cadreId) ? AccessScope.onlySelf(actor.cadreId().map(CadreId::new))
                : access.of(actor, today());
        if (!scope.canSee(id, posts)) {
            throw new RecordNotFoundException("CADRE", cadreId);
        }
        return new Visible(cadre, posts, scope);
    }
}
