package vn.danhgia.assessment.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danhgia.assessment.LiveScore;
import vn.danhgia.assessment.SelfAssessmentContent;
import vn.danhgia.assessment.SelfAssessmentReturned;
import vn.danhgia.assessment.SelfAssessmentService;
import vn.danhgia.assessment.SelfAssessmentStatus;
import vn.danhgia.assessment.SelfAssessmentSubmitted;
import vn.danhgia.assessment.SelfAssessmentSummary;
import vn.danhgia.assessment.SelfAssessmentView;
import vn.danhgia.organization.AccessScope;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.CadrePost;
import vn.danhgia.organization.CadreView;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.planning.ApprovedPlan;
import vn.danhgia.planning.DeadlineExtensionView;
import vn.danhgia.planning.DeadlineExtensions;
import vn.danhgia.planning.PlanQueries;
import vn.danhgia.planning.PlannedTask;
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
import vn.danhgia.rules.quarterly.SubmissionDeadline;
import vn.danhgia.scheme.AxisDefinition;
import vn.danhgia.scheme.CriterionDefinition;
import vn.danhgia.scheme.DeadlineStep;
import vn.danhgia.scheme.EvaluationSchemeView;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.scheme.SchemeCatalog;

/**
 * Self-assessments stored with JPA. Each change runs in its own transaction and the view is read afterwards in
 * another, so the version it carries is the one committed (the forced version increment happens at commit).
 */
@Service
class JpaSelfAssessmentService implements SelfAssessmentService {

    static final String RECORD_TYPE = "SELF_ASSESSMENT";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int NOTE_MAX = 2000;
    /** Quarters offered on "Tự đánh giá" besides those already opened: the current one and the three before. */
    private static final int RECENT_QUARTERS = 4;

    private final SelfAssessmentRepository assessments;
    private final SchemeCatalog schemes;
    private final PlanQueries plans;
    private final DeadlineExtensions extensions;
    private final AccessScopes access;
    private final OrganizationQueries organization;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;

    JpaSelfAssessmentService(SelfAssessmentRepository assessments, SchemeCatalog schemes, PlanQueries plans,
                             DeadlineExtensions extensions, AccessScopes access, OrganizationQueries organization, CurrentActor currentActor,
                             AuditTrail audit, ApplicationEventPublisher events, Clock clock,
                             PlatformTransactionManager transactions) {
        this.assessments = assessments;
        this.schemes = schemes;
        this.plans = plans;
        this.extensions = extensions;
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
    public SelfAssessmentView open(Quarter quarter) {
        Actor actor = currentActor.get();
        CadreId cadre = new CadreId(actor.cadreId()
                .orElseThrow(() -> new AccessRefusedException("assessment.refusal.no-cadre")));
        Long id;
        try {
            id = writing.execute(status -> assessments
                    .findByCadreAndQuarter(cadre.value(), quarter.year(), quarter.number())
                    .map(SelfAssessment::getId)
                    .orElseGet(() -> create(cadre, quarter)));
        } catch (DataIntegrityViolationException raced) {
            // The person opened the same quarter at the same moment elsewhere (a double click, another tab): that
            // one was stored first, and is the one to show.
            id = reading.execute(status -> assessments
                    .findByCadreAndQuarter(cadre.value(), quarter.year(), quarter.number())
                    .map(SelfAssessment::getId)
                    .orElseThrow(() -> raced));
        }
        return get(id);
    }

    private long create(CadreId cadre, Quarter quarter) {
        LocalDate today = today();
        if (quarter.firstDay().isAfter(today)) {
            throw new RuleRefusedException("assessment.refusal.quarter-not-started", quarter.toString(),
                    DATE.format(quarter.firstDay()));
        }
        Optional<ApprovedPlan> plan = plans.approvedPlan(cadre, quarter);
        EvaluationSchemeView scheme = plan.flatMap(p -> schemes.byCode(p.schemeCode()))
                .or(() -> schemes.inForce(quarter.firstDay()))
                .orElseThrow(() -> new RuleRefusedException("assessment.refusal.no-scheme", quarter.toString()));
        if (!scheme.rates(quarter)) {
            throw new RuleRefusedException("assessment.refusal.quarter-not-rated", quarter.toString());
        }
        if (plan.isEmpty() && !scheme.listsTasksDirectly(quarter)) {
            throw new RuleRefusedException("assessment.refusal.plan-required", quarter.toString());
        }
        long unit = postsOf(cadre, today, quarter).stream().findFirst()
                .orElseThrow(() -> new RuleRefusedException("assessment.refusal.no-post", quarter.toString()))
                .unit().value();
        List<String> criteria = scheme.criteria().stream().map(CriterionDefinition::code).toList();
        Map<Integer, BigDecimal> weights = new TreeMap<>();
        List<SelfAssessmentTask> tasks = new ArrayList<>();
        if (plan.isPresent()) {
            scheme.axes().forEach(axis -> weights.put(axis.number(),
                    plan.get().axisMaxPoints().getOrDefault(axis.number(), BigDecimal.ZERO)));
            Map<Integer, Integer> rows = new HashMap<>();
            plan.get().tasks().stream().sorted(Comparator.comparingInt(PlannedTask::axis)).forEach(task ->
                    tasks.add(new SelfAssessmentTask(task.id(), task.axis(), rows.merge(task.axis(), 1, Integer::sum),
                            task.title(), task.coefficient(), task.plannedQuantity())));
        } else {
            weights.putAll(scheme.defaultAxisMaxPoints());
        }
        SelfAssessment created = assessments.save(new SelfAssessment(cadre.value(), unit, quarter, scheme.code(),
                plan.map(ApprovedPlan::planId).orElse(null), criteria, weights, tasks, now()));
        assessments.flush();
        audit.record(new AuditRecord("SELF_ASSESSMENT_OPENED", RECORD_TYPE, created.getId(), cadre.value(), null,
                created.snapshot()));
        return created.getId();
    }

    private List<CadrePost> postsOf(CadreId cadre, LocalDate today, Quarter quarter) {
        List<CadrePost> posts = access.postsOf(cadre, today);
        return posts.isEmpty() ? access.postsOf(cadre, quarter.lastDay()) : posts;
    }

    @Override
    public SelfAssessmentView save(long id, long expectedVersion, SelfAssessmentContent content) {
        Actor actor = currentActor.get();
        writing.executeWithoutResult(status -> {
            SelfAssessment assessment = forOwnerChange(id, expectedVersion, actor);
            assessment.requireEditable();
            EvaluationSchemeView scheme = schemeOf(assessment);
            ContentCheck.Result checked = new ContentCheck(scheme, assessment).check(content);
            if (!checked.violations().isEmpty()) {
                throw new InvalidInputException(checked.violations());
            }
            SelfAssessment.Snapshot before = assessment.snapshot();
            assessment.revise(checked.met(), checked.axisMaxPoints(), tasksOf(assessment, checked.tasks()),
                    checked.proposedLevel(), checked.selfComment());
            assessments.flush();
            audit.record(new AuditRecord("SELF_ASSESSMENT_SAVED", RECORD_TYPE, id, assessment.cadreId(), before,
                    assessment.snapshot()));
        });
        return get(id);
    }

    /** The stored rows updated in place (their ids stay) and the new rows, in the order posted per axis. */
    private static List<SelfAssessmentTask> tasksOf(SelfAssessment assessment, List<TaskLine> lines) {
        Map<Long, SelfAssessmentTask> stored = assessment.tasks().stream()
                .collect(Collectors.toMap(SelfAssessmentTask::getId, Function.identity()));
        Map<Integer, Integer> rows = new HashMap<>();
        List<SelfAssessmentTask> tasks = new ArrayList<>();
        for (TaskLine line : lines) {
            int row = rows.merge(line.axis(), 1, Integer::sum);
            SelfAssessmentTask task = line.id() == null ? null : stored.get(line.id());
            if (task == null) {
                task = new SelfAssessmentTask(null, line.axis(), row, line.title(), line.coefficient(),
                        line.plannedQuantity());
            } else {
                task.describe(line.axis(), row, line.title(), line.coefficient(), line.plannedQuantity());
            }
            task.report(line.doneQuantity(), line.quality(), line.timeliness(), line.leadership(), line.evidence());
            tasks.add(task);
        }
        return tasks;
    }

    @Override
    public SelfAssessmentView submit(long id, long expectedVersion) {
        Actor actor = currentActor.get();
        writing.executeWithoutResult(status -> {
            SelfAssessment assessment = forOwnerChange(id, expectedVersion, actor);
            assessment.requireEditable();
            EvaluationSchemeView scheme = schemeOf(assessment);
            Quarter quarter = assessment.quarter();
            // Seed 002 §4 Bước 2 and §4 Bước 6: the self-assessment is due before the quarter's dossier date; issue 12:
            // past it (or past the extension) it is still taken, marked late, rather than refused for good.
            boolean late = deadlineOf(scheme, assessment).lateOn(today());
            LiveScore score = liveScore(scheme, assessment);
            if (!score.scored()) {
                LiveScore.ScoreProblem problem = score.problems().get(0);
                throw new RuleRefusedException(problem.messageKey(), problem.arguments().toArray());
            }
            SelfAssessment.Snapshot before = assessment.snapshot();
            assessment.submit(score.roundedTotal(), now(), late);
            assessments.flush();
            audit.record(new AuditRecord(late ? "SELF_ASSESSMENT_SUBMITTED_LATE" : "SELF_ASSESSMENT_SUBMITTED",
                    RECORD_TYPE, id, assessment.cadreId(), before, assessment.snapshot()));
            events.publishEvent(new SelfAssessmentSubmitted(id, new CadreId(assessment.cadreId()), quarter,
                    score.roundedTotal()));
        });
        return get(id);
    }

    @Override
    public SelfAssessmentView returnForRevision(long id, long expectedVersion, String note) {
        Actor actor = currentActor.get();
        writing.executeWithoutResult(status -> {
            SelfAssessment assessment = visible(assessments.findForChange(id), id, actor);
            if (!access.canApprove(actor, new CadreId(assessment.cadreId()), today())) {
                throw new AccessRefusedException("assessment.refusal.cannot-return");
            }
            requireVersion(assessment, expectedVersion);
            if (assessment.status() != SelfAssessmentStatus.SUBMITTED) {
                throw new RuleRefusedException("assessment.refusal.not-submitted");
            }
            String text = note == null ? "" : note.strip();
            if (text.isEmpty()) {
                throw new InvalidInputException(List.of(FieldViolation.of("note", "assessment.self.error.noteRequired")));
            }
            if (text.length() > NOTE_MAX) {
                throw new InvalidInputException(List.of(FieldViolation.of("note", "assessment.self.error.noteTooLong",
                        NOTE_MAX)));
            }
            SelfAssessment.Snapshot before = assessment.snapshot();
            assessment.returnForRevision(actor.username(), text, now());
            assessments.flush();
            audit.record(new AuditRecord("SELF_ASSESSMENT_RETURNED", RECORD_TYPE, id, assessment.cadreId(), before,
                    assessment.snapshot()));
            events.publishEvent(new SelfAssessmentReturned(id, new CadreId(assessment.cadreId()),
                    assessment.quarter(), text));
        });
        return get(id);
    }

    @Override
    public SelfAssessmentView get(long id) {
        Actor actor = currentActor.get();
        return reading.execute(status -> view(visible(assessments.findById(id), id, actor), actor));
    }

    @Override
    public Optional<SelfAssessmentView> ofCadre(CadreId cadre, Quarter quarter) {
        Actor actor = currentActor.get();
        if (!access.canSee(actor, cadre, today())) {
            throw new RecordNotFoundException(RECORD_TYPE, cadre.value() + "/" + quarter);
        }
        return reading.execute(status -> assessments
                .findByCadreAndQuarter(cadre.value(), quarter.year(), quarter.number())
                .map(assessment -> view(assessment, actor)));
    }

    @Override
    public Map<CadreId, SelfAssessmentView> ofCadres(Collection<CadreId> cadres, Quarter quarter) {
        if (cadres.isEmpty()) {
            return Map.of();
        }
        Actor actor = currentActor.get();
        LocalDate today = today();
        AccessScope scope = access.of(actor, today);
        Map<CadreId, List<CadrePost>> posts = access.postsOf(cadres, today);
        List<Long> visible = cadres.stream().distinct()
                .filter(cadre -> actor.isCadre(cadre.value())
                        || scope.canSee(cadre, posts.getOrDefault(cadre, List.of())))
                .map(CadreId::value).toList();
        if (visible.isEmpty()) {
            return Map.of();
        }
        return reading.execute(status -> {
            List<SelfAssessment> found = assessments.findByCadresAndQuarter(visible, quarter.year(),
                    quarter.number());
            List<CadreId> ids = found.stream().map(assessment -> new CadreId(assessment.cadreId())).toList();
            Map<CadreId, String> names = new HashMap<>();
            organization.cadres(ids).forEach(cadre -> names.put(cadre.id(), cadre.fullName()));
            Map<CadreId, DeadlineExtensionView> extended = extensions.find(ids, DeadlineStep.SELF_ASSESSMENT,
                    quarter);
            Map<String, EvaluationSchemeView> schemesByCode = new HashMap<>();
            Map<CadreId, SelfAssessmentView> views = new HashMap<>();
            for (SelfAssessment assessment : found) {
                CadreId cadre = new CadreId(assessment.cadreId());
                EvaluationSchemeView scheme = schemesByCode.computeIfAbsent(assessment.schemeCode(),
                        code -> schemeOf(assessment));
                DeadlineExtensionView extension = extended.get(cadre);
                Optional<LocalDate> schemeLastDay = scheme.lastDayInTime(DeadlineStep.SELF_ASSESSMENT, quarter);
                SubmissionDeadline deadline = schemeLastDay.isEmpty() ? new SubmissionDeadline(null, null)
                        : new SubmissionDeadline(schemeLastDay.get(), extension == null ? null : extension.lastDay());
                boolean approves = !actor.isCadre(cadre.value())
                        && scope.canApprove(cadre, posts.getOrDefault(cadre, List.of()));
                views.put(cadre, view(assessment, actor, scheme, names.getOrDefault(cadre, ""), deadline, extension,
                        approves));
            }
            return views;
        });
    }

    @Override
    public List<SelfAssessmentSummary> mine() {
        Actor actor = currentActor.get();
        if (actor.cadreId().isEmpty()) {
            return List.of();
        }
        LocalDate today = today();
        return reading.execute(status -> {
            Map<Quarter, SelfAssessment> opened = new LinkedHashMap<>();
            assessments.findByCadre(actor.cadreId().get()).forEach(a -> opened.put(a.quarter(), a));
            TreeSet<Quarter> quarters = new TreeSet<>(Comparator.reverseOrder());
            quarters.addAll(opened.keySet());
            Quarter quarter = Quarter.containing(today);
            for (int i = 0; i < RECENT_QUARTERS; i++, quarter = quarter.previous()) {
                quarters.add(quarter);
            }
            List<SelfAssessmentSummary> lines = new ArrayList<>();
            for (Quarter q : quarters) {
                SelfAssessment assessment = opened.get(q);
                boolean rated = schemes.inForce(q.firstDay()).map(s -> s.rates(q)).orElse(false);
                if (assessment == null) {
                    lines.add(new SelfAssessmentSummary(q, rated, rated && !q.firstDay().isAfter(today), null, null,
                            null, null));
                } else {
                    lines.add(new SelfAssessmentSummary(q, rated, false, assessment.getId(), assessment.status(),
                            assessment.proposedLevel(), assessment.submittedTotal()));
                }
            }
            return lines;
        });
    }

    @Override
    public Preview preview(long id, SelfAssessmentContent content) {
        Actor actor = currentActor.get();
        return reading.execute(status -> {
            SelfAssessment assessment = visible(assessments.findById(id), id, actor);
            EvaluationSchemeView scheme = schemeOf(assessment);
            ContentCheck.Result checked = new ContentCheck(scheme, assessment).check(content);
            if (!checked.violations().isEmpty()) {
                return new Preview(checked.violations(), null);
            }
            return new Preview(List.of(), LiveScore.of(scheme, checked.met(), checked.axisMaxPoints(),
                    checked.tasksByAxis()));
        });
    }

    /** Loaded for a change by the cadre themselves, at the version they read. */
    private SelfAssessment forOwnerChange(long id, long expectedVersion, Actor actor) {
        SelfAssessment assessment = visible(assessments.findForChange(id), id, actor);
        if (!actor.isCadre(assessment.cadreId())) {
            throw new AccessRefusedException("assessment.refusal.not-owner");
        }
        requireVersion(assessment, expectedVersion);
        return assessment;
    }

    private static void requireVersion(SelfAssessment assessment, long expectedVersion) {
        if (assessment.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(SelfAssessment.class, assessment.getId());
        }
    }

    /** The record if the person may see the cadre's records; otherwise "not found", as if it did not exist. */
    private SelfAssessment visible(Optional<SelfAssessment> found, long id, Actor actor) {
        return found.filter(assessment -> access.canSee(actor, new CadreId(assessment.cadreId()), today()))
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    private EvaluationSchemeView schemeOf(SelfAssessment assessment) {
        return schemes.byCode(assessment.schemeCode()).orElseThrow(() ->
                new IllegalStateException("scheme " + assessment.schemeCode() + " of self-assessment "
                        + assessment.getId() + " is gone"));
    }

    private SubmissionDeadline deadlineOf(EvaluationSchemeView scheme, SelfAssessment assessment) {
        return extensions.deadline(new CadreId(assessment.cadreId()), DeadlineStep.SELF_ASSESSMENT,
                assessment.quarter(), scheme.lastDayInTime(DeadlineStep.SELF_ASSESSMENT, assessment.quarter()));
    }

    private static LiveScore liveScore(EvaluationSchemeView scheme, SelfAssessment assessment) {
        return LiveScore.of(scheme, assessment.met(), assessment.axisMaxPoints(), assessment.tasksByAxis());
    }

    private SelfAssessmentView view(SelfAssessment assessment, Actor actor) {
        EvaluationSchemeView scheme = schemeOf(assessment);
        CadreId cadre = new CadreId(assessment.cadreId());
        return view(assessment, actor, scheme, organization.cadre(cadre).map(CadreView::fullName).orElse(""),
                deadlineOf(scheme, assessment),
                extensions.find(cadre, DeadlineStep.SELF_ASSESSMENT, assessment.quarter()).orElse(null),
                access.canApprove(actor, cadre, today()));
    }

    private static SelfAssessmentView view(SelfAssessment assessment, Actor actor, EvaluationSchemeView scheme,
                                           String cadreName, SubmissionDeadline deadline,
                                           DeadlineExtensionView extension, boolean approves) {
        CadreId cadre = new CadreId(assessment.cadreId());
        Map<Integer, BigDecimal> weights = new TreeMap<>();
        scheme.axes().stream().map(AxisDefinition::number).forEach(n -> weights.put(n, BigDecimal.ZERO));
        assessment.axisMaxPoints().forEach((n, points) -> weights.put(n, Decimals.plain(points)));
        boolean owner = actor.isCadre(assessment.cadreId());
        boolean canReturn = assessment.status() == SelfAssessmentStatus.SUBMITTED && approves;
        return new SelfAssessmentView(assessment.getId(), assessment.version(), cadre, cadreName,
                assessment.unitId(), assessment.quarter(), assessment.schemeCode(), assessment.planId(),
                assessment.status(),
                assessment.criteria().stream()
                        .map(c -> new SelfAssessmentView.CriterionEntry(c.code(), c.met())).toList(),
                weights, assessment.tasks().stream().map(SelfAssessmentTask::view).toList(),
                assessment.proposedLevel(), assessment.selfComment(), assessment.submittedTotal(),
                assessment.submittedAt(), assessment.submittedLate(), assessment.returnedBy(),
                assessment.returnedAt(), assessment.returnNote(), deadline.lastDayInTime().orElse(null),
                extension, liveScore(scheme, assessment), owner && assessment.status().editable(), canReturn,
                approves);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return clock.instant();
    }
}
