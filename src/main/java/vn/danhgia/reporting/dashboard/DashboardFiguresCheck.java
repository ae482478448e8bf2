package vn.danhgia.reporting.dashboard;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.reporting.dashboard.DashboardFigures.Difference;
import vn.danhgia.reporting.dashboard.DashboardFigures.UnitQuarter;

/**
 * Every night (02:30 in Vietnam unless {@code danhgia.dashboard.check.cron} says otherwise; once across the nodes),
 * rebuilds the dashboard's kept figures from the source rows and compares: each difference is logged as a warning —
 * a writer that bypassed {@link DashboardFiguresKeeper} — and its unit-quarter recomputed, so the dashboard is right
 * again by morning.
 */
@Component
class DashboardFiguresCheck {

    private static final Logger log = LoggerFactory.getLogger(DashboardFiguresCheck.class);

    private final DashboardFigures figures;

    DashboardFiguresCheck(DashboardFigures figures) {
        this.figures = figures;
    }

    @Scheduled(cron = "${danhgia.dashboard.check.cron:0 30 2 * * *}", zone = "${danhgia.zone:Asia/Ho_Chi_Minh}")
    @SchedulerLock(name = "dashboard-figures-check", lockAtLeastFor = "PT5M", lockAtMostFor = "PT30M")
    @Transactional
    public void checkAndRepair() {
        List<Difference> differences = figures.check();
        if (differences.isEmpty()) {
            log.info("Dashboard figures checked against the source rows: no difference");
            return;
        }
        differences.forEach(difference -> log.warn("Dashboard figure differs from the source rows: {}", difference));
        Set<UnitQuarter> wrong = differences.stream().map(Difference::unitQuarter).collect(Collectors.toSet());
        figures.recompute(wrong);
        log.warn("Dashboard figures of {} unit-quarters recomputed from the source rows", wrong.size());
    }
}
