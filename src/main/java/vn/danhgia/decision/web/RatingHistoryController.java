package vn.danhgia.decision.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.danhgia.decision.RatingHistory;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.platform.RecordNotFoundException;

/**
 * A cadre's history of quarters on their profile and the authority's alerts (seed 002 §5). Access is checked by
 * {@link RatingHistory}.
 */
@Controller
class RatingHistoryController {

    private final RatingHistory history;
    private final CurrentActor currentActor;
    private final Clock clock;

    RatingHistoryController(RatingHistory history, CurrentActor currentActor, Clock clock) {
        this.history = history;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** The signed-in person's own history, for the navigation bar. */
    @GetMapping("/review/history/me")
    String own() {
        long self = currentActor.get().cadreId().orElseThrow(() -> new RecordNotFoundException("CADRE", 0));
        return "redirect:/review/history/" + self;
    }

    @GetMapping("/review/history/{cadreId:\\d+}")
    String history(@PathVariable long cadreId, Model model) {
        model.addAttribute("history", history.of(cadreId));
        return "review/history";
    }

    @GetMapping("/review/alerts")
    String alerts(@RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("year", shown);
        model.addAttribute("alerts", history.alerts(shown));
        return "review/alerts";
    }
}
