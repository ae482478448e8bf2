package vn.danhgia.emulation.dossier.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danhgia.emulation.dossier.DecisionRequest;
import vn.danhgia.emulation.dossier.EmulationDecisionService;
import vn.danhgia.emulation.dossier.EmulationDossierService;
import vn.danhgia.emulation.dossier.OfficeConsolidation;
import vn.danhgia.organization.UnitView;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.web.RedirectedRefusals;
import vn.danhgia.scheme.YearUnderReview;

/**
 * The proposal dossier pages (seed 003 §IV): the personnel office's consolidation of the year with the recognition
 * decision's form, a unit head's list of the units whose dossier they send, and a unit's dossier with its documents,
 * sending and returning. A refused change comes back as a message beside what it is about (post-redirect-get); the
 * services check access and rules.
 */
@Controller
class EmulationDossierController {

    private final EmulationDossierService dossiers;
    private final OfficeConsolidation consolidation;
    private final EmulationDecisionService decisions;
    private final YearUnderReview yearUnderReview;

    EmulationDossierController(EmulationDossierService dossiers, OfficeConsolidation consolidation,
                               EmulationDecisionService decisions, YearUnderReview yearUnderReview) {
        this.dossiers = dossiers;
        this.consolidation = consolidation;
        this.decisions = decisions;
        this.yearUnderReview = yearUnderReview;
    }

    @GetMapping("/emulation/dossiers")
    String dossiers(@RequestParam(required = false) Integer year, Model model) {
        int chosenYear = yearUnderReview.orNow(year);
        model.addAttribute("year", chosenYear);
        if (dossiers.readsConsolidation()) {
            model.addAttribute("office", consolidation.of(chosenYear));
            return "emulation/dossiers";
        }
        List<UnitView> units = dossiers.ledUnits(chosenYear);
        if (units.isEmpty()) {
            throw new AccessRefusedException("emulationdossier.refused.not-keeper");
        }
        model.addAttribute("units", units);
        return "emulation/dossier-units";
    }

    @GetMapping("/emulation/dossiers/{unitId}")
    String dossier(@PathVariable long unitId, @RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("dossier", dossiers.dossier(unitId, yearUnderReview.orNow(year)));
        return "emulation/dossier";
    }

    @PostMapping("/emulation/dossiers/{unitId}/send")
    String send(@PathVariable long unitId, @RequestParam int year, @RequestParam(required = false) Long version,
                RedirectAttributes redirect) {
        attempt(redirect, "send", () -> dossiers.send(unitId, year, version), "emulationdossier.flash.sent");
        return "redirect:/emulation/dossiers/" + unitId + "?year=" + year;
    }

    @PostMapping("/emulation/dossiers/{unitId}/return")
    String returnForRevision(@PathVariable long unitId, @RequestParam int year,
                             @RequestParam(required = false) Long version,
                             @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        attempt(redirect, "return", () -> dossiers.returnForRevision(unitId, year, reason, version),
                "emulationdossier.flash.returned");
        return "redirect:/emulation/dossiers/" + unitId + "?year=" + year;
    }

    @PostMapping("/emulation/decisions")
    String decide(@RequestParam int year, @RequestParam(required = false) String number,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn,
                  @RequestParam(required = false) String authority,
                  @RequestParam(required = false) List<Long> nominations, RedirectAttributes redirect) {
        // The page names its selection (every open nomination is ticked at first): none ticked recognises none.
        List<Long> selected = nominations == null ? List.of() : nominations;
        attempt(redirect, "decision", () -> decisions.record(new DecisionRequest(year, number, signedOn, authority,
                selected)), "emulationdossier.flash.decided");
        return "redirect:/emulation/dossiers?year=" + year;
    }

    private static void attempt(RedirectAttributes redirect, String about, Runnable change, String success) {
        RedirectedRefusals.attempt(redirect, about, change, success, "emulationdossier.refused.stale");
    }
}
