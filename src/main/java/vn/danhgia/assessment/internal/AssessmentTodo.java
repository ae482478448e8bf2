package vn.danhgia.assessment.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.assessment.SelfAssessmentService;
import vn.danhgia.assessment.SelfAssessmentStatus;
import vn.danhgia.assessment.SelfAssessmentSummary;
import vn.danhgia.organization.AccessScope;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.CadrePost;
import vn.danhgia.organization.CadreView;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.planning.DeadlineExtensions;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.TodoSource;
import vn.danhgia.platform.WorkItem;
import vn.danhgia.scheme.DeadlineStep;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.scheme.QuarterSchemes;
import vn.danhgia.scheme.SchemeCatalog;

/**
 * The self-assessments on the to-do list (seed 002 §4 Bước 2): the cadre's own rated quarters of the last year still
 * to open, submit or revise after a return, by the scheme's self-assessment deadline, exactly the quarters the
 * self-assessment page offers; for the unit's leadership, the submitted self-assessments of the cadres they approve
 * for, to return for revision or let go on to the appraisal, from the current quarter and the two before it (until the
 * scheme's appraisal deadline passes, when it sets one).
 */
@Component
class AssessmentTodo implements TodoSource {

    private final SelfAssessmentService selfAssessments;
    private final SelfAssessmentRepository assessments;
    private final AccessScopes scopes;
    private final OrganizationQueries organization;
    private final SchemeCatalog schemes;
    private final DeadlineExtensions extensions;
    private final Clock clock;

    AssessmentTodo(SelfAssessmentService selfAssessments, SelfAssessmentRepository assessments, AccessScopes scopes,
                   OrganizationQueries organization, SchemeCatalog schemes, DeadlineExtensions extensions,
                   Clock clock) {
        this.selfAssessments = selfAssessments;
        this.assessments = assessments;
        this.scopes = scopes;
        this.organization = organization;
        this.schemes = schemes;
        this.extensions = extensions;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItem> openWork(Actor actor) {
        QuarterSchemes schemes = new QuarterSchemes(this.schemes);
        List<WorkItem> work = new ArrayList<>();
        for (SelfAssessmentSummary line : selfAssessments.mine()) {
            if (!line.rated()) {
                continue;
            }
            if (line.openable()) {
                work.add(own("assessment.todo.open", actor, line.quarter(), "/assessment/self-assessments", schemes));
            } else if (line.status() != null && line.status().editable()) {
                work.add(own(line.status() == SelfAssessmentStatus.RETURNED ? "assessment.todo.revise"
                        : "assessment.todo.submit", actor, line.quarter(), "/assessment/self-assessments/" + line.id(),
                        schemes));
            }
        }
        work.addAll(receivedToReview(actor, schemes));
        return work;
    }

    /** The cadre's own item, due on the scheme's last day or on the extension granted to them. */
    private WorkItem own(String messageKey, Actor actor, Quarter quarter, String link, QuarterSchemes schemes) {
        LocalDate lastDay = extensions.deadline(new CadreId(actor.cadreId().orElseThrow()),
                DeadlineStep.SELF_ASSESSMENT, quarter,
                Optional.ofNullable(schemes.lastDayInTime(DeadlineStep.SELF_ASSESSMENT, quarter)))
                .lastDayInTime().orElse(null);
        return new WorkItem(messageKey, actor.displayName(), quarter.year(), quarter.number(), lastDay, link);
    }

    /** Three queries whatever the number: the submitted ones, their cadres' posts, their names. */
    private List<WorkItem> receivedToReview(Actor actor, QuarterSchemes schemes) {
        LocalDate today = LocalDate.now(clock);
        AccessScope scope = scopes.of(actor, today);
        if (scope.leads().isEmpty() && scope.belowLed().isEmpty() && scope.managed().isEmpty()) {
            return List.of();
        }
        Quarter from = Quarter.containing(today).previous().previous();
        List<SelfAssessment> submitted = assessments.findByStatusFrom(SelfAssessmentStatus.SUBMITTED,
                        from.year() * 10 + from.number()).stream()
                .filter(assessment -> schemes.lastDayInTime(DeadlineStep.APPRAISAL, assessment.quarter()) == null
                        || !schemes.lastDayInTime(DeadlineStep.APPRAISAL, assessment.quarter()).isBefore(today))
                .toList();
        if (submitted.isEmpty()) {
            return List.of();
        }
        List<CadreId> cadres = submitted.stream().map(assessment -> new CadreId(assessment.cadreId())).toList();
        Map<CadreId, List<CadrePost>> posts = scopes.postsOf(cadres, today);
        List<SelfAssessment> mine = submitted.stream()
                .filter(assessment -> !actor.isCadre(assessment.cadreId()) && scope.canApprove(
                        new CadreId(assessment.cadreId()), posts.getOrDefault(new CadreId(assessment.cadreId()),
                                List.of())))
                .toList();
        Map<CadreId, String> names = organization.cadres(mine.stream()
                        .map(assessment -> new CadreId(assessment.cadreId())).toList()).stream()
                .collect(Collectors.toMap(CadreView::id, CadreView::fullName, (a, b) -> a));
        return mine.stream().map(assessment -> new WorkItem("assessment.todo.review",
                names.getOrDefault(new CadreId(assessment.cadreId()), ""), assessment.quarter().year(),
                assessment.quarter().number(), schemes.lastDayInTime(DeadlineStep.APPRAISAL, assessment.quarter()),
                "/assessment/self-assessments/" + assessment.getId())).toList();
    }

}
