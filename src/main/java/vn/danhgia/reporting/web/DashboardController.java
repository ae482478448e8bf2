package vn.danhgia.reporting.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.danhgia.reporting.dashboard.Dashboard;
import vn.danhgia.reporting.dashboard.DashboardPeople;
import vn.danhgia.reporting.dashboard.DashboardService;
import vn.danhgia.reporting.dashboard.DashboardSlice;
import vn.danhgia.reporting.dashboard.ScoreBand;
import vn.danhgia.reporting.emulation.EmulationReports;

/**
 * The dashboard page (filters as a plain GET form, so a view can be bookmarked) and the people behind a number: an
 * htmx fragment under the charts, or a page of its own when opened directly. Filters that cannot be read answer 400
 * with the reason in Vietnamese (the shared refusal page).
 */
@Controller
@RequestMapping("/dashboard")
class DashboardController {

    private final DashboardService dashboards;
    private final EmulationReports emulation;

    DashboardController(DashboardService dashboards, EmulationReports emulation) {
        this.dashboards = dashboards;
        this.emulation = emulation;
    }

    @GetMapping
    String dashboard(@RequestParam(required = false) String quarter, @RequestParam(required = false) Long unit,
                     Model model) {
        Dashboard dashboard = dashboards.dashboard(quarter, unit);
        model.addAttribute("dashboard", dashboard);
        // Issue 14 §6: the emulation panel of the dashboard quarter's year, in the same scope and unit.
        model.addAttribute("emulation", emulation.panel(dashboard.quarter().year(), unit));
        model.addAttribute("bands", ScoreBand.values());
        model.addAttribute("quarters",
                ProgressBoardController.quarterOptions(dashboards.currentQuarter(), dashboard.quarter()));
        return "reporting/dashboard";
    }

    /** The unit filter's options (an htmx fragment), for a scope too large to list in the page itself. */
    @GetMapping("/units")
    String units(@RequestParam(required = false) Long unit, Model model) {
        model.addAttribute("units", dashboards.unitOptions());
        model.addAttribute("selected", unit);
        return "reporting/filters :: unitList";
    }

    @GetMapping("/people")
    String people(@RequestParam(required = false) String quarter, @RequestParam(required = false) Long unit,
                  @RequestParam(required = false) Boolean unitOnly, @RequestParam(required = false) String decided,
                  @RequestParam(required = false) String proposed, @RequestParam(required = false) String band,
                  @RequestParam(required = false) String pending,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        DashboardPeople people = dashboards.people(DashboardSlice.parse(quarter, unit, unitOnly, decided, proposed,
                band, pending, quarter == null || quarter.isBlank() ? dashboards.defaultQuarter()
                        : dashboards.currentQuarter()));
        model.addAttribute("drill", people);
        return htmx == null ? "reporting/dashboard-people" : "reporting/dashboard-people :: people";
    }
}
