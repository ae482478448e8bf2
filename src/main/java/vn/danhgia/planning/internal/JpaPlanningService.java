package vn.danhgia.planning.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.catalog.CatalogItemView;
import vn.danhgia.catalog.CatalogQueries;
import vn.danhgia.organization.AccessScope;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.CadrePost;
import vn.danhgia.organization.CadreView;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitView;
import vn.danhgia.planning.DeadlineExtensions;
import vn.danhgia.planning.PlanApproved;
import vn.danhgia.planning.PlanDraft;
import vn.danhgia.planning.PlanReturned;
import vn.danhgia.planning.PlanStatus;
import vn.danhgia.planning.PlanSubmitted;
import vn.danhgia.planning.PlanSummary;
import vn.danhgia.planning.PlanTaskInput;
import vn.danhgia.planning.PlanningService;
import vn.danhgia.planning.WorkPlanView;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.AuditRecord;
import vn.danhgia.platform.AuditTrail;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.rules.quarterly.SubmissionDeadline;
import vn.danhgia.scheme.DeadlineStep;
import vn.danhgia.scheme.EvaluationSchemeView;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.scheme.SchemeCatalog;

@Service
@Transactional
class JpaPlanningService implements PlanningService {

    static final String RECORD_TYPE = "WORK_PLAN";

    private final WorkPlanRepository plans;
    private final CurrentActor currentActor;
    private final AccessScopes scopes;
    private final OrganizationQueries organization;
    private final SchemeCatalog schemes;
    private final CatalogQueries catalog;
    private final AuditTrail audit;
    private final DeadlineExtensions extensions;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    JpaPlanningService(WorkPlanRepository plans, CurrentActor currentActor, AccessScopes scopes,
                       OrganizationQueries organization, SchemeCatalog schemes, CatalogQueries catalog,
                       AuditTrail audit, DeadlineExtensions extensions, Clock clock,
                       ApplicationEventPublisher events) {
        this.plans = plans;
        this.currentActor = currentActor;
        this.scopes = scopes;
        this.organization = organization;
        this.schemes = schemes;
        this.catalog = catalog;
        this.audit = audit;
        this.extensions = extensions;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public WorkPlanView open(Quarter quarter) {
        Actor actor = currentActor.get();
        long cadre = actor.cadreId().orElseThrow(() -> new AccessRefusedException("planning.refusal.no-cadre"));
        Optional<WorkPlan> existing = plans.findByCadreAndQuarter(cadre, quarter.year(), quarter.number());
        if (existing.isPresent()) {
            return view(existing.get(), actor, false);
        }
        EvaluationSchemeView scheme = schemeFor(quarter);
        if (!scheme.rates(quarter)) {
            throw new RuleRefusedException("planning.refusal.quarter-not-rated", quarter.toString());
        }
        if (scheme.listsTasksDirectly(quarter)) {
            throw new RuleRefusedException("planning.refusal.direct-listing", quarter.toString());
        }
        List<CadrePost> posts = scopes.postsOf(new CadreId(cadre), today());
        if (posts.isEmpty()) {
            throw new RuleRefusedException("planning.refusal.no-post");
        }
        WorkPlan plan;
        try {
            plan = plans.save(new WorkPlan(cadre, posts.get(0).unit().value(), quarter, scheme.code(),
                    scheme.defaultAxisMaxPoints(), clock.instant()));
        } catch (DataIntegrityViolationException raced) {
            // The person opened the same quarter at the same moment elsewhere (a double click, another tab).
            throw new ObjectOptimisticLockingFailureException(WorkPlan.class, cadre, raced);
        }
        record("PLAN_OPENED", plan, null);
        return saved(plan, actor, false);
    }

    @Override
    @Transactional(readOnly = true)
    public WorkPlanView get(long planId) {
        Actor actor = currentActor.get();
        Reach reach = reach(planId, actor);
        return view(reach.plan(), actor, reach.approver());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<WorkPlanView> mine(Quarter quarter) {
        Actor actor = currentActor.get();
        return actor.cadreId().flatMap(cadre -> plans.findByCadreAndQuarter(cadre, quarter.year(), quarter.number()))
                .map(plan -> view(plan, actor, false));
    }

    @Override
    @Transactional(readOnly = true)
    public List<PlanSummary> myPlans() {
        Actor actor = currentActor.get();
        return summaries(actor.cadreId().map(plans::findByCadre).orElse(List.of()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<PlanSummary> awaitingMyDecision() {
        Actor actor = currentActor.get();
        AccessScope scope = scopes.of(actor, today());
        if (scope.leads().isEmpty() && scope.belowLed().isEmpty() && scope.managed().isEmpty()) {
            return List.of();
        }
        // Two queries for the waiting plans and one for their cadres' posts, whatever their number.
        List<WorkPlan> waiting = new ArrayList<>(plans.findByStatus(PlanStatus.SUBMITTED));
        plans.findWithOpenAmendment().stream().filter(plan -> !waiting.contains(plan)).forEach(waiting::add);
        waiting.sort(Comparator.comparing(WorkPlan::submittedAt, Comparator.nullsLast(Comparator.naturalOrder())));
        Map<CadreId, List<CadrePost>> posts = scopes.postsOf(
                waiting.stream().map(plan -> new CadreId(plan.cadreId())).toList(), today());
        return summaries(waiting.stream()
                .filter(plan -> scope.canApprove(new CadreId(plan.cadreId()),
                        posts.getOrDefault(new CadreId(plan.cadreId()), List.of())))
                .toList());
    }

    @Override
    @Transactional(readOnly = true)
    public List<CatalogItemView> catalogueFor(long planId) {
        WorkPlan plan = reach(planId, currentActor.get()).plan();
        return catalog.itemsInForce(catalogueUnits(plan));
    }

    @Override
    public WorkPlanView saveDraft(long planId, long expectedVersion, PlanDraft draft) {
        Actor actor = currentActor.get();
        WorkPlan plan = ownedForChange(planId, expectedVersion, actor);
        PlanDraftValidator validator = validator(plan);
        Map<Integer, BigDecimal> weights = validator.axisWeights(draft.axisMaxPoints());
        List<TaskLine> lines = validator.tasks(draft.tasks(), "tasks");
        validator.throwIfInvalid();
        WorkPlan.PlanSnapshot before = plan.snapshot();
        plan.replaceDraft(weights, lines);
        record("PLAN_SAVED", plan, before);
        return saved(plan, actor, false);
    }

    @Override
    public WorkPlanView submit(long planId, long expectedVersion) {
        Actor actor = currentActor.get();
        WorkPlan plan = ownedForChange(planId, expectedVersion, actor);
        // Issue 12 "Late work has a path": past the last day in time the plan is still taken, marked late.
        boolean late = deadlineOf(plan).lateOn(today());
        WorkPlan.PlanSnapshot before = plan.snapshot();
        plan.submit(clock.instant(), late);
        record(late ? "PLAN_SUBMITTED_LATE" : "PLAN_SUBMITTED", plan, before);
        events.publishEvent(new PlanSubmitted(plan.getId(), new CadreId(plan.cadreId()), plan.quarter()));
        return saved(plan, actor, false);
    }

    @Override
    public WorkPlanView approve(long planId, long expectedVersion, String note) {
        return decide(planId, expectedVersion, PlanStatus.APPROVED, optionalNote(note), "PLAN_APPROVED");
    }

    @Override
    public WorkPlanView returnForRevision(long planId, long expectedVersion, String note) {
        return decide(planId, expectedVersion, PlanStatus.RETURNED, requiredNote(note), "PLAN_RETURNED");
    }

    @Override
    public WorkPlanView proposeAmendment(long planId, long expectedVersion, String reason,
                                         List<PlanTaskInput> tasks) {
        Actor actor = currentActor.get();
        WorkPlan plan = ownedForChange(planId, expectedVersion, actor);
        if (today().isAfter(plan.quarter().lastDay())) {
            throw new RuleRefusedException("planning.refusal.quarter-over", plan.quarter().toString());
        }
        PlanDraftValidator validator = validator(plan);
        validator.reason(reason);
        List<TaskLine> lines = validator.tasks(tasks, "tasks");
        if (tasks.isEmpty()) {
            throw new InvalidInputException(List.of(FieldViolation.of("tasks", "planning.invalid.required")));
        }
        validator.throwIfInvalid();
        WorkPlan.PlanSnapshot before = plan.snapshot();
        plan.proposeAmendment(reason.trim(), lines, clock.instant());
        record("PLAN_AMENDMENT_SUBMITTED", plan, before);
        return saved(plan, actor, false);
    }

    @Override
    public WorkPlanView approveAmendment(long planId, long amendmentId, long expectedVersion, String note) {
        return decideAmendment(planId, amendmentId, expectedVersion, PlanStatus.APPROVED, optionalNote(note),
                "PLAN_AMENDMENT_APPROVED");
    }

    @Override
    public WorkPlanView returnAmendment(long planId, long amendmentId, long expectedVersion, String note) {
        return decideAmendment(planId, amendmentId, expectedVersion, PlanStatus.RETURNED, requiredNote(note),
                "PLAN_AMENDMENT_RETURNED");
    }

    private WorkPlanView decide(long planId, long expectedVersion, PlanStatus decision, String note, String action) {
        Actor actor = currentActor.get();
        WorkPlan plan = decidableForChange(planId, expectedVersion, actor);
        WorkPlan.PlanSnapshot before = plan.snapshot();
        plan.decide(decision, actor.displayName(), note, clock.instant());
        record(action, plan, before);
        CadreId cadre = new CadreId(plan.cadreId());
        events.publishEvent(decision == PlanStatus.APPROVED
                ? new PlanApproved(plan.getId(), cadre, plan.quarter(), actor.displayName(), note)
                : new PlanReturned(plan.getId(), cadre, plan.quarter(), actor.displayName(), note));
        return saved(plan, actor, true);
    }

    private WorkPlanView decideAmendment(long planId, long amendmentId, long expectedVersion, PlanStatus decision,
                                         String note, String action) {
        Actor actor = currentActor.get();
        WorkPlan plan = decidableForChange(planId, expectedVersion, actor);
        WorkPlan.PlanSnapshot before = plan.snapshot();
        plan.decideAmendment(amendmentId, decision, actor.displayName(), note, clock.instant());
        record(action, plan, before);
        return saved(plan, actor, true);
    }

    /** A plan the person may see, and whether they may decide on it: their scope is worked out once. */
    private record Reach(WorkPlan plan, boolean approver) {
    }

    private Reach reach(long planId, Actor actor) {
        WorkPlan plan = plans.findById(planId).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, planId));
        if (actor.isCadre(plan.cadreId())) {
            return new Reach(plan, false);
        }
        CadreId cadre = new CadreId(plan.cadreId());
        AccessScope scope = scopes.of(actor, today());
        List<CadrePost> posts = scopes.postsOf(cadre, today());
        if (!scope.canSee(cadre, posts)) {
            throw new RecordNotFoundException(RECORD_TYPE, planId);
        }
        return new Reach(plan, scope.canApprove(cadre, posts));
    }

    private WorkPlan ownedForChange(long planId, long expectedVersion, Actor actor) {
        WorkPlan plan = reach(planId, actor).plan();
        if (!actor.isCadre(plan.cadreId())) {
            throw new AccessRefusedException("planning.refusal.only-owner");
        }
        return forChange(plan, expectedVersion);
    }

    private WorkPlan decidableForChange(long planId, long expectedVersion, Actor actor) {
        Reach reach = reach(planId, actor);
        if (!reach.approver()) {
            throw new AccessRefusedException("planning.refusal.not-approver");
        }
        return forChange(reach.plan(), expectedVersion);
    }

    private WorkPlan forChange(WorkPlan plan, long expectedVersion) {
        if (plan.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(WorkPlan.class, plan.getId());
        }
        return plans.findForChange(plan.getId()).orElseThrow();
    }

    private PlanDraftValidator validator(WorkPlan plan) {
        return new PlanDraftValidator(schemeOf(plan), plan.quarter(), catalogueUnits(plan), catalog::itemInForce);
    }

    // A cadre picks from the catalogues of the units they work in and of the units above them (the agency's).
    private Set<UnitId> catalogueUnits(WorkPlan plan) {
        Set<UnitId> units = new LinkedHashSet<>();
        List<CadrePost> posts = scopes.postsOf(new CadreId(plan.cadreId()), today());
        List<UnitId> starts = new ArrayList<>(posts.stream().map(CadrePost::unit).toList());
        starts.add(new UnitId(plan.unitId()));
        for (UnitId start : starts) {
            organization.unitWithParents(start).stream().map(UnitView::id).forEach(units::add);
        }
        return units;
    }

    private EvaluationSchemeView schemeFor(Quarter quarter) {
        return schemes.inForce(quarter.firstDay())
                .orElseThrow(() -> new RuleRefusedException("planning.refusal.no-scheme", quarter.toString()));
    }

    private SubmissionDeadline deadlineOf(WorkPlan plan) {
        return extensions.deadline(new CadreId(plan.cadreId()), DeadlineStep.PLAN, plan.quarter(),
                schemeOf(plan).lastDayInTime(DeadlineStep.PLAN, plan.quarter()));
    }

    private EvaluationSchemeView schemeOf(WorkPlan plan) {
        return schemes.byCode(plan.schemeCode()).orElseThrow();
    }

    private void record(String action, WorkPlan plan, WorkPlan.PlanSnapshot before) {
        audit.record(new AuditRecord(action, RECORD_TYPE, plan.getId(), plan.cadreId(), before, plan.snapshot()));
    }

    private static String requiredNote(String note) {
        if (note == null || note.isBlank()) {
            throw new InvalidInputException(List.of(FieldViolation.of("note", "planning.invalid.note-required")));
        }
        return optionalNote(note);
    }

    private static String optionalNote(String note) {
        if (note != null && note.length() > 2000) {
            throw new InvalidInputException(List.of(FieldViolation.of("note", "planning.invalid.too-long", 2000)));
        }
        return note == null || note.isBlank() ? null : note.trim();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // Names and units for a whole list with two queries, not two per plan.
    private List<PlanSummary> summaries(List<WorkPlan> listed) {
        Map<CadreId, String> names = organization.cadres(listed.stream().map(plan -> new CadreId(plan.cadreId()))
                .distinct().toList()).stream().collect(Collectors.toMap(CadreView::id, CadreView::fullName));
        Map<UnitId, String> unitNames = listed.isEmpty() ? Map.of() : organization.units().stream()
                .collect(Collectors.toMap(UnitView::id, UnitView::name));
        return listed.stream().map(plan -> new PlanSummary(plan.getId(),
                names.getOrDefault(new CadreId(plan.cadreId()), ""),
                unitNames.getOrDefault(new UnitId(plan.unitId()), ""), plan.quarter(), plan.status(),
                plan.submittedAt(), plan.openAmendment().isPresent(), plan.version())).toList();
    }

    private String cadreName(WorkPlan plan) {
        return organization.cadre(new CadreId(plan.cadreId())).map(cadre -> cadre.fullName()).orElse("");
    }

    private String unitName(WorkPlan plan) {
        return organization.unit(new UnitId(plan.unitId())).map(UnitView::name).orElse("");
    }

    // Flushed first so that the answer carries the version the next change must send.
    private WorkPlanView saved(WorkPlan plan, Actor actor, boolean approver) {
        plans.flush();
        return view(plan, actor, approver);
    }

    private WorkPlanView view(WorkPlan plan, Actor actor, boolean approver) {
        CadreId cadre = new CadreId(plan.cadreId());
        boolean owner = actor.isCadre(plan.cadreId());
        List<WorkPlanView.Task> tasks = plan.tasks().stream().map(task -> {
            TaskLine line = task.line();
            return new WorkPlanView.Task(task.view().id(), line.axis(), line.title(), line.productType(),
                    line.catalogItemId(), line.coefficient(), line.plannedQuantity(), line.deadline(),
                    task.amendment() == null ? 0 : task.amendment().number());
        }).toList();
        List<WorkPlanView.Amendment> amendments = plan.amendments().stream()
                .map(amendment -> new WorkPlanView.Amendment(amendment.getId(), amendment.number(),
                        amendment.reason(), amendment.status(), amendment.submittedAt(), amendment.decidedBy(),
                        amendment.decidedAt(), amendment.decisionNote()))
                .toList();
        boolean editable = owner && plan.status().editable();
        WorkPlanView.Permissions permissions = new WorkPlanView.Permissions(editable, editable,
                approver && plan.status() == PlanStatus.SUBMITTED,
                owner && plan.status() == PlanStatus.APPROVED && plan.openAmendment().isEmpty(),
                approver && plan.openAmendment().isPresent());
        return new WorkPlanView(plan.getId(), plan.version(), cadre, cadreName(plan), unitName(plan), plan.quarter(),
                plan.schemeCode(), plan.status(), plan.submittedAt(), plan.submittedLate(), plan.decidedBy(),
                plan.decidedAt(), plan.decisionNote(), deadlineOf(plan).lastDayInTime().orElse(null),
                extensions.find(cadre, DeadlineStep.PLAN, plan.quarter()).orElse(null), plan.axisMaxPoints(), tasks,
                amendments, permissions, approver);
    }
}
