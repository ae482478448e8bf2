package vn.danhgia.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.danhgia.catalog.CatalogItemView;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.CadreView;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.planning.DeadlineExtensions;
import vn.danhgia.planning.PlanDraft;
import vn.danhgia.planning.PlanTaskInput;
import vn.danhgia.planning.PlanningService;
import vn.danhgia.planning.WorkPlanView;
import vn.danhgia.platform.ActingAs;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.accounts.UserAccount;
import vn.danhgia.platform.accounts.UserAccountRepository;
import vn.danhgia.scheme.DeadlineStep;
import vn.danhgia.scheme.EvaluationSchemeView;
import vn.danhgia.scheme.Quarter;
import vn.danhgia.scheme.SchemeCatalog;

/**
 * DEMO ONLY: the working quarter (see {@link DemoCalendar}) ready for its self-assessments on whatever day the demo
 * starts (issue 12 §5). Phòng Kinh tế's head and his two deputies get approved plans, made through the planning service
 * as each of them and as their approver, so every page, form and report agrees; when the scheme's plan deadline has
 * passed, the approver first extends it (gia hạn) as a head would, with a reason, and it is in the audit trail. When
 * the self-assessment deadline has passed too (in December, that of quarter III), Hà Quốc Bảo (NB015) gets an
 * extension; Lương Thị Mai (canbo) gets none, so the head can grant hers from her page, and anyone without one still
 * submits, marked late. Runs after the history and only with it ({@code danhgia.demo.history.enabled}); does nothing
 * for a cadre who already has a plan, so restarts change nothing.
 */
@Component
@Profile("demo")
@Order(30)
class DemoLateWork implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLateWork.class);
    private static final List<String> PLANNERS = List.of("NB013", "NB014", "NB015");
    private static final String EXTENDED_SELF_ASSESSMENT = "NB015";
    private static final List<String> APPROVERS = List.of("truongphong", "thamquyen");
    private static final int EXTENSION_DAYS = 14;
    private static final int TASKS = 3;
    private static final BigDecimal MAIN_AXIS_POINTS = new BigDecimal("70");
    private static final String PLAN_REASON =
            "Đơn vị bắt đầu dùng phần mềm đánh giá giữa quý; kế hoạch được lập lại trên phần mềm (dữ liệu mẫu).";
    private static final String SELF_ASSESSMENT_REASON =
            "Cán bộ được cử đi công tác, tập huấn trong thời hạn nộp bản tự đánh giá (dữ liệu mẫu).";

    private final PlanningService planning;
    private final DeadlineExtensions extensions;
    private final SchemeCatalog schemes;
    private final OrganizationQueries organization;
    private final AccessScopes scopes;
    private final UserAccountRepository accounts;
    private final ActingAs acting;
    private final Clock clock;
    private final boolean enabled;

    DemoLateWork(PlanningService planning, DeadlineExtensions extensions, SchemeCatalog schemes,
                 OrganizationQueries organization, AccessScopes scopes, UserAccountRepository accounts,
                 ActingAs acting, Clock clock, @Value("${danhgia.demo.history.enabled:false}") boolean enabled) {
        this.planning = planning;
        this.extensions = extensions;
        this.schemes = schemes;
        this.organization = organization;
        this.scopes = scopes;
        this.accounts = accounts;
        this.acting = acting;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Optional<Quarter> found = new DemoCalendar(schemes).workingQuarter(today);
        if (found.isEmpty()) {
            return;
        }
        Quarter working = found.get();
        EvaluationSchemeView scheme = schemes.inForce(working.firstDay()).orElseThrow();
        List<String> planned = new ArrayList<>();
        for (String code : PLANNERS) {
            CadreView cadre = organization.cadreByCode(code).orElseThrow();
            Actor person = actorOf(cadre);
            Optional<Actor> approver = approverOf(cadre.id(), today);
            if (approver.isEmpty() || scheme.listsTasksDirectly(working)
                || acting.run(person, () -> planning.mine(working)).isPresent()) {
                continue;
            }
            extendIfPassed(approver.get(), cadre.id(), DeadlineStep.PLAN, working, scheme, today, PLAN_REASON);
            WorkPlanView submitted = acting.run(person, () -> plan(working));
            acting.run(approver.get(), () -> planning.approve(submitted.id(), submitted.version(), null));
            planned.add(code);
        }
        CadreView extended = organization.cadreByCode(EXTENDED_SELF_ASSESSMENT).orElseThrow();
        approverOf(extended.id(), today).ifPresent(approver -> extendIfPassed(approver, extended.id(),
                DeadlineStep.SELF_ASSESSMENT, working, scheme, today, SELF_ASSESSMENT_REASON));
        if (!planned.isEmpty()) {
            log.info("Demo only: approved plans of quarter {} for {}", working, String.join(", ", planned));
        }
    }

    /** Opens, fills in (the unit's first catalogue items, all on the main axis) and submits the person's plan. */
    private WorkPlanView plan(Quarter quarter) {
        WorkPlanView opened = planning.open(quarter);
        List<CatalogItemView> catalogue = planning.catalogueFor(opened.id());
        List<PlanTaskInput> tasks = catalogue.stream().limit(TASKS)
                .map(item -> new PlanTaskInput(1, item.id(), null, null, null, BigDecimal.ONE, null)).toList();
        if (tasks.isEmpty()) {
            tasks = List.of(new PlanTaskInput(1, null, "Báo cáo kết quả thực hiện nhiệm vụ quý " + quarter,
                    "Báo cáo", BigDecimal.ONE, BigDecimal.ONE, quarter.lastDay()));
        }
        Map<Integer, BigDecimal> weights = new TreeMap<>();
        opened.axisMaxPoints().keySet().forEach(axis -> weights.put(axis, BigDecimal.ZERO));
        weights.put(1, MAIN_AXIS_POINTS);
        WorkPlanView saved = planning.saveDraft(opened.id(), opened.version(), new PlanDraft(weights, tasks));
        return planning.submit(saved.id(), saved.version());
    }

    private void extendIfPassed(Actor approver, CadreId cadre, DeadlineStep step, Quarter quarter,
                                EvaluationSchemeView scheme, LocalDate today, String reason) {
        Optional<LocalDate> lastDay = scheme.lastDayInTime(step, quarter);
        if (lastDay.isEmpty() || !today.isAfter(lastDay.get())
            || extensions.find(cadre, step, quarter).isPresent()) {
            return;
        }
        acting.run(approver, () -> extensions.grant(cadre, step, quarter, today.plusDays(EXTENSION_DAYS), reason,
                null));
    }

    /** The first demo account that approves the cadre's plans (their head, or the authority for a head). */
    private Optional<Actor> approverOf(CadreId cadre, LocalDate today) {
        return APPROVERS.stream().map(accounts::findByUsername).flatMap(Optional::stream).map(UserAccount::actor)
                .filter(approver -> scopes.canApprove(approver, cadre, today)).findFirst();
    }

    /** The cadre's demo account, or for one without an account the person as the services would see them. */
    private Actor actorOf(CadreView cadre) {
        return DemoUsers.USERS.stream().filter(user -> user.cadreCode().equals(cadre.code()))
                .map(user -> accounts.findByUsername(user.username())).flatMap(Optional::stream).findFirst()
                .map(UserAccount::actor)
                .orElseGet(() -> new Actor(0, "demo-" + cadre.code(), cadre.fullName(),
                        Optional.of(cadre.id().value()), EnumSet.of(Role.CADRE)));
    }
}
