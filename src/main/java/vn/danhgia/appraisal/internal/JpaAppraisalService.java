package vn.danhgia.appraisal.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.danhgia.appraisal.AppraisalContent;
import vn.danhgia.appraisal.AppraisalService;
import vn.danhgia.appraisal.AppraisalView;
import vn.danhgia.appraisal.AwaitingAppraisal;
import vn.danhgia.appraisal.ResponseLevel;
import vn.danhgia.appraisal.SelfAssessmentAppraised;
import vn.danhgia.assessment.LiveScore;
import vn.danhgia.assessment.SelfAssessmentService;
import vn.danhgia.assessment.SelfAssessmentStatus;
import vn.danhgia.assessment.SelfAssessmentView;
import vn.danhgia.organization.AccessScope;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.CadrePost;
import vn.danhgia.organization.UnitId;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.AuditRecord;
import vn.danhgia.platform.AuditTrail;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.platform.Decimals;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.platform.SubjectDisclosure;
import vn.danhgia.platform.TypedText;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.quarterly.TaskResult;
import vn.danhgia.scheme.EvaluationSchemeView;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.scheme.SchemeCatalog;

/**
 * Appraisals stored with JPA. The self-assessment is read through {@link SelfAssessmentService}, which also refuses
 * what the reader may not see; the appraiser must further be a personnel officer whose office serves the cadre's
 * unit. Each change runs in its own transaction and the view is read afterwards, so it carries the committed version.
 */
@Service
class JpaAppraisalService implements AppraisalService {

    static final String RECORD_TYPE = "APPRAISAL";
    static final int REASON_MAX = 2000;
    static final int JUSTIFICATION_MAX = 4000;

    private final AppraisalRepository appraisals;
    private final SelfAssessmentService selfAssessments;
    private final SchemeCatalog schemes;
    private final AccessScopes access;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final Clock clock;
    private final NamedParameterJdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;

    JpaAppraisalService(AppraisalRepository appraisals, SelfAssessmentService selfAssessments, SchemeCatalog schemes,
                        AccessScopes access, CurrentActor currentActor, AuditTrail audit, Clock clock,
                        NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions,
                        ApplicationEventPublisher events) {
        this.events = events;
        this.appraisals = appraisals;
        this.selfAssessments = selfAssessments;
        this.schemes = schemes;
        this.access = access;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
        this.jdbc = jdbc;
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    @Override
    public AppraisalView open(long selfAssessmentId) {
        Actor actor = currentActor.get();
        SelfAssessmentView assessment = selfAssessments.get(selfAssessmentId);
        requireAppraiser(actor, assessment, selfAssessmentId);
        requireSubmitted(assessment);
        Long id;
        try {
            id = writing.execute(status -> appraisals.findBySelfAssessment(selfAssessmentId)
                    .map(Appraisal::getId)
                    .orElseGet(() -> {
                        Appraisal created = appraisals.save(new Appraisal(selfAssessmentId,
                                assessment.cadre().value()));
                        appraisals.flush();
                        audited("APPRAISAL_OPENED", created.getId(), created.cadreId(), null,
                                created.snapshot());
                        return created.getId();
                    }));
        } catch (DataIntegrityViolationException raced) {
            // Another officer (or another tab) opened it at the same moment: that one was stored first.
            id = reading.execute(status -> appraisals.findBySelfAssessment(selfAssessmentId)
                    .map(Appraisal::getId).orElseThrow(() -> raced));
        }
        return get(id);
    }

    @Override
    public AppraisalView save(long id, long expectedVersion, AppraisalContent content) {
        Actor actor = currentActor.get();
        writing.executeWithoutResult(status -> {
            Appraisal appraisal = appraisals.findForChange(id)
                    .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
            SelfAssessmentView assessment = assessmentOf(appraisal, actor);
            requireVersion(appraisal, expectedVersion);
            appraisal.requireDraft();
            requireSubmitted(assessment);
            Checked checked = check(content, assessment, schemeOf(assessment));
            if (!checked.violations().isEmpty()) {
                throw new InvalidInputException(checked.violations());
            }
            Appraisal.Snapshot before = appraisal.snapshot();
            appraisal.revise(checked.rows(), checked.level(), checked.justification());
            appraisals.flush();
            audited("APPRAISAL_SAVED", id, appraisal.cadreId(), before, appraisal.snapshot());
        });
        return get(id);
    }

    @Override
    public AppraisalView complete(long id, long expectedVersion) {
        Actor actor = currentActor.get();
        writing.executeWithoutResult(status -> {
            Appraisal appraisal = appraisals.findForChange(id)
                    .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
            SelfAssessmentView assessment = assessmentOf(appraisal, actor);
            requireVersion(appraisal, expectedVersion);
            appraisal.requireDraft();
            requireSubmitted(assessment);
            if (appraisal.proposedLevel() == null) {
                throw new InvalidInputException(List.of(FieldViolation.of("proposedLevel",
                        "review.appraisal.error.levelRequired")));
            }
            LiveScore score = appraisedScore(schemeOf(assessment), assessment, appraisal.tasks());
            if (!score.scored()) {
                LiveScore.ScoreProblem problem = score.problems().get(0);
                throw new RuleRefusedException(problem.messageKey(), problem.arguments().toArray());
            }
            RatingLevel suggested = score.suggestion().level();
            // Seed 002 §4 Bước 3: the office proposes the level "căn cứ kết quả tự đánh giá"; going above what the
            // rules allow for the appraised figures must be argued in writing for the council and the authority.
            if (appraisal.proposedLevel().isAbove(suggested) && appraisal.justification() == null) {
                throw new InvalidInputException(List.of(FieldViolation.of("justification",
                        "review.appraisal.error.justificationRequired", level(appraisal.proposedLevel()),
                        level(suggested))));
            }
            Appraisal.Snapshot before = appraisal.snapshot();
            appraisal.complete(score.roundedTotal(), actor.username(), clock.instant());
            appraisals.flush();
            audited("APPRAISAL_COMPLETED", id, appraisal.cadreId(), before, appraisal.snapshot());
            events.publishEvent(new SelfAssessmentAppraised(id, appraisal.cadreId(), assessment.quarter()));
        });
        return get(id);
    }

    @Override
    public AppraisalView get(long id) {
        Actor actor = currentActor.get();
        return reading.execute(status -> {
            Appraisal appraisal = appraisals.findById(id)
                    .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
            return view(appraisal, assessmentOf(appraisal, actor));
        });
    }

    @Override
    public List<AwaitingAppraisal> awaiting() {
        Actor actor = currentActor.get();
        if (!actor.has(Role.PERSONNEL_OFFICER)) {
            return List.of();
        }
        Set<Long> units = access.of(actor, today()).served().stream().map(UnitId::value)
                .collect(Collectors.toSet());
        if (units.isEmpty()) {
            return List.of();
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("units", units);
        parameters.put("self", actor.cadreId().orElse(-1L));
        return jdbc.query("""
                select sa.id, sa.cadre_id, c.code, c.full_name, u.name as unit_name, sa.period_year,
                       sa.period_quarter, sa.submitted_total, sa.submitted_at, a.id as appraisal_id
                from self_assessment sa
                join org_cadre c on c.id = sa.cadre_id
                join org_unit u on u.id = sa.unit_id
                left join appraisal a on a.self_assessment_id = sa.id
                where sa.status = 'SUBMITTED' and (a.id is null or a.status = 'DRAFT')
                  and sa.unit_id in (:units) and sa.cadre_id <> :self
                order by sa.period_year desc, sa.period_quarter desc, c.name_sort_key, sa.id
                """, parameters, (rs, row) -> new AwaitingAppraisal(rs.getLong("id"), rs.getLong("cadre_id"),
                rs.getString("code"), rs.getString("full_name"), rs.getString("unit_name"),
                new Quarter(rs.getInt("period_year"), rs.getInt("period_quarter")), rs.getBigDecimal("submitted_total"),
                rs.getTimestamp("submitted_at") == null ? null : rs.getTimestamp("submitted_at").toInstant(),
                rs.getObject("appraisal_id") == null ? null : rs.getLong("appraisal_id")));
    }

    /**
     * Records a change of the appraisal about the cadre, who never reads it: their own appraisal answers 403 (see
     * {@link #requireAppraiser}), so its entries stay out of their trail as well.
     */
    private void audited(String action, long appraisalId, long cadreId, Object before, Object after) {
        audit.record(new AuditRecord(action, RECORD_TYPE, appraisalId, cadreId, before, after)
                .disclosed(SubjectDisclosure.NEVER));
    }

    /** The self-assessment behind an appraisal, once the reader is known to be its appraiser. */
    private SelfAssessmentView assessmentOf(Appraisal appraisal, Actor actor) {
        SelfAssessmentView assessment;
        try {
            assessment = selfAssessments.get(appraisal.selfAssessmentId());
        } catch (RecordNotFoundException outside) {
            throw new RecordNotFoundException(RECORD_TYPE, appraisal.getId());
        }
        requireAppraiser(actor, assessment, appraisal.getId());
        return assessment;
    }

    /**
     * Seed 002 §4 Bước 3: the appraisal is the work of "cơ quan tham mưu về công tác tổ chức cán bộ" — a personnel
     * officer whose office serves the cadre's unit; nobody appraises their own self-assessment.
     */
    private void requireAppraiser(Actor actor, SelfAssessmentView assessment, long id) {
        CadreId cadre = assessment.cadre();
        if (actor.isCadre(cadre.value())) {
            throw new AccessRefusedException("review.refusal.own");
        }
        if (!actor.has(Role.PERSONNEL_OFFICER)) {
            throw new RecordNotFoundException(RECORD_TYPE, id);
        }
        LocalDate today = today();
        AccessScope scope = access.of(actor, today);
        List<CadrePost> posts = access.postsOf(cadre, today);
        if (posts.isEmpty()) {
            posts = access.postsOf(cadre, assessment.quarter().lastDay());
        }
        if (posts.stream().noneMatch(post -> scope.served().contains(post.unit()))) {
            throw new RecordNotFoundException(RECORD_TYPE, id);
        }
    }

    private static void requireSubmitted(SelfAssessmentView assessment) {
        if (assessment.status() != SelfAssessmentStatus.SUBMITTED) {
            throw new RuleRefusedException("review.refusal.not-submitted");
        }
    }

    private static void requireVersion(Appraisal appraisal, long expectedVersion) {
        if (appraisal.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Appraisal.class, appraisal.getId());
        }
    }

    private EvaluationSchemeView schemeOf(SelfAssessmentView assessment) {
        return schemes.byCode(assessment.schemeCode()).orElseThrow(() -> new IllegalStateException(
                "scheme " + assessment.schemeCode() + " of self-assessment " + assessment.id() + " is gone"));
    }

    /** The self-assessment scored with the appraised figures, as the score sheet scores the cadre's. */
    static LiveScore appraisedScore(EvaluationSchemeView scheme, SelfAssessmentView assessment,
                                    Map<Long, AppraisedTask> rows) {
        Map<String, Boolean> met = new LinkedHashMap<>();
        assessment.criteria().forEach(c -> met.put(c.code(), c.met()));
        return LiveScore.of(scheme, met, assessment.axisMaxPoints(), appraisedTasks(assessment, rows));
    }

    /** The tasks with the appraised figures (the cadre's where not adjusted), by axis. */
    static Map<Integer, List<TaskResult>> appraisedTasks(SelfAssessmentView assessment,
                                                         Map<Long, AppraisedTask> rows) {
        Map<Integer, List<TaskResult>> byAxis = new TreeMap<>();
        for (SelfAssessmentView.TaskView task : assessment.tasks()) {
            AppraisalView.Figures figures = appraised(task, rows.get(task.id()));
            byAxis.computeIfAbsent(task.axis(), axis -> new ArrayList<>()).add(new TaskResult(task.title(),
                    task.plannedQuantity(), task.coefficient(), figures.doneQuantity(), figures.quality(),
                    figures.timeliness(), figures.leadership()));
        }
        return byAxis;
    }

    private static AppraisalView.Figures cadreFigures(SelfAssessmentView.TaskView task) {
        return new AppraisalView.Figures(task.doneQuantity(), task.quality(), task.timeliness(), task.leadership());
    }

    private static AppraisalView.Figures appraised(SelfAssessmentView.TaskView task, AppraisedTask row) {
        if (row == null) {
            return cadreFigures(task);
        }
        return new AppraisalView.Figures(or(row.doneQuantity(), task.doneQuantity()),
                or(row.quality(), task.quality()), or(row.timeliness(), task.timeliness()),
                or(row.leadership(), task.leadership()));
    }

    private static BigDecimal or(BigDecimal appraised, BigDecimal cadre) {
        return appraised == null ? cadre : appraised;
    }

    private AppraisalView view(Appraisal appraisal, SelfAssessmentView assessment) {
        EvaluationSchemeView scheme = schemeOf(assessment);
        List<AppraisalView.TaskLine> lines = assessment.tasks().stream().map(task -> {
            AppraisedTask row = appraisal.tasks().get(task.id());
            return new AppraisalView.TaskLine(task.id(), task.axis(), task.title(), task.coefficient(),
                    task.plannedQuantity(), task.evidence(), cadreFigures(task), appraised(task, row),
                    row != null && row.adjusted(), row == null ? null : row.adjustmentReason(),
                    row == null ? null : row.responseLevel());
        }).toList();
        RatingLevel cadreLevel = assessment.proposedLevel() == null ? null
                : RatingLevel.valueOf(assessment.proposedLevel());
        boolean canEdit = appraisal.status() == vn.danhgia.appraisal.AppraisalStatus.DRAFT
                && assessment.status() == SelfAssessmentStatus.SUBMITTED;
        return new AppraisalView(appraisal.getId(), appraisal.version(), assessment.id(), assessment.cadre(),
                assessment.cadreName(), assessment.quarter(), appraisal.status(), lines, appraisal.proposedLevel(),
                cadreLevel, appraisal.justification(), assessment.liveScore(),
                appraisedScore(scheme, assessment, appraisal.tasks()), assessment.submittedTotal(),
                appraisal.appraisedTotal(), appraisal.appraisedBy(), appraisal.appraisedAt(), canEdit,
                scheme.allowedFactors());
    }

    /** Posted content checked against the self-assessment and its scheme, as it would be stored. */
    private record Checked(List<FieldViolation> violations, Map<Long, AppraisedTask> rows, RatingLevel level,
                           String justification) {
    }

    private static Checked check(AppraisalContent content, SelfAssessmentView assessment,
                                 EvaluationSchemeView scheme) {
        List<FieldViolation> violations = new ArrayList<>();
        Map<Long, SelfAssessmentView.TaskView> byId = new LinkedHashMap<>();
        assessment.tasks().forEach(task -> byId.put(task.id(), task));
        Map<Long, AppraisedTask> rows = new LinkedHashMap<>();
        Set<Long> seen = new HashSet<>();
        List<AppraisalContent.TaskEntry> entries = content.tasks() == null ? List.of() : content.tasks();
        for (int i = 0; i < entries.size(); i++) {
            AppraisalContent.TaskEntry entry = entries.get(i);
            String path = "tasks[" + i + "].";
            int row = i + 1;
            SelfAssessmentView.TaskView task = entry == null || entry.taskId() == null ? null
                    : byId.get(entry.taskId());
            if (task == null || !seen.add(task.id())) {
                violations.add(FieldViolation.of("tasks[" + i + "]", "review.appraisal.error.unknownTask", row));
                continue;
            }
            int before = violations.size();
            BigDecimal done = changed(entry.doneQuantity(), task.doneQuantity());
            if (done != null && done.signum() < 0) {
                violations.add(FieldViolation.of(path + "doneQuantity", "review.appraisal.error.negative", row,
                        Decimals.inReadersLanguage(done)));
            } else if (done != null && !Decimals.fits(done, 8, 4)) {
                violations.add(FieldViolation.of(path + "doneQuantity", "review.appraisal.error.tooPrecise", row,
                        Decimals.inReadersLanguage(done)));
            }
            BigDecimal quality = factor(entry.quality(), task.quality(), scheme, path + "quality", row, violations);
            BigDecimal timeliness = factor(entry.timeliness(), task.timeliness(), scheme, path + "timeliness", row,
                    violations);
            BigDecimal leadership = factor(entry.leadership(), task.leadership(), scheme, path + "leadership", row,
                    violations);
            boolean adjusted = done != null || quality != null || timeliness != null || leadership != null;
            String reason = TypedText.blankToNull(entry.adjustmentReason());
            if (adjusted && reason == null) {
                violations.add(FieldViolation.of(path + "adjustmentReason", "review.appraisal.error.reasonRequired",
                        row));
            } else if (reason != null && reason.length() > REASON_MAX) {
                violations.add(FieldViolation.of(path + "adjustmentReason", "review.appraisal.error.tooLong", row,
                        REASON_MAX));
            }
            ResponseLevel response = null;
            String responseName = TypedText.blankToNull(entry.responseLevel());
            if (responseName != null) {
                try {
                    response = ResponseLevel.valueOf(responseName);
                } catch (IllegalArgumentException unknown) {
                    violations.add(FieldViolation.of(path + "responseLevel", "review.appraisal.error.response",
                            row));
                }
            }
            if (violations.size() == before) {
                rows.put(task.id(), new AppraisedTask(done, quality, timeliness, leadership,
                        adjusted ? reason : null, response));
            }
        }
        RatingLevel level = null;
        String levelName = TypedText.blankToNull(content.proposedLevel());
        if (levelName != null) {
            try {
                level = RatingLevel.valueOf(levelName);
            } catch (IllegalArgumentException unknown) {
                violations.add(FieldViolation.of("proposedLevel", "review.appraisal.error.level"));
            }
        }
        String justification = TypedText.blankToNull(content.justification());
        if (justification != null && justification.length() > JUSTIFICATION_MAX) {
            violations.add(FieldViolation.of("justification", "review.appraisal.error.justificationTooLong",
                    JUSTIFICATION_MAX));
        }
        return new Checked(List.copyOf(violations), rows, level, justification);
    }

    /** The posted value when it differs from the cadre's; null when left out or the same (unchanged). */
    private static BigDecimal changed(BigDecimal posted, BigDecimal cadre) {
        return posted == null || posted.compareTo(cadre) == 0 ? null : posted;
    }

    /** Seed 002 Phụ lục 2: factors only from the scheme's allowed values (0,75 / 1 / 1,2). */
    private static BigDecimal factor(BigDecimal posted, BigDecimal cadre, EvaluationSchemeView scheme, String field,
                                     int row, List<FieldViolation> violations) {
        BigDecimal value = changed(posted, cadre);
        if (value == null) {
            return null;
        }
        List<BigDecimal> allowed = scheme.allowedFactors();
        boolean allowedValue = allowed.isEmpty() ? value.signum() >= 0 && Decimals.fits(value, 2, 2)
                : allowed.stream().anyMatch(f -> f.compareTo(value) == 0);
        if (!allowedValue) {
            violations.add(FieldViolation.of(field, "review.appraisal.error.factor", row,
                    allowed.stream().map(Decimals::inReadersLanguage).collect(Collectors.joining("; ")),
                    Decimals.inReadersLanguage(value)));
            return null;
        }
        return value;
    }

    private static DefaultMessageSourceResolvable level(RatingLevel level) {
        return new DefaultMessageSourceResolvable(level.messageKey());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
