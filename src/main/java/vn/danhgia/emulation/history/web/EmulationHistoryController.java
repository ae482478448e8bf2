package vn.danhgia.emulation.history.web;

import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danhgia.emulation.EmulationHolder;
import vn.danhgia.emulation.Nominee;
import vn.danhgia.emulation.PastAwards;
import vn.danhgia.emulation.history.EmulationHistory;
import vn.danhgia.emulation.history.HolderHistory;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.web.RedirectedRefusals;
import vn.danhgia.rules.emulation.EmulationTitle;

/**
 * A person's and a collective's emulation history (issue 14 §2): titles and rewards year by year beside the yearly
 * rating, achievements with their evidence, and for those who keep the history the form entering a title of an
 * earlier year. Access is {@link EmulationHistory}'s and {@link PastAwards}'.
 */
@Controller
class EmulationHistoryController {

    private final EmulationHistory history;
    private final PastAwards pastAwards;
    private final CurrentActor currentActor;

    EmulationHistoryController(EmulationHistory history, PastAwards pastAwards, CurrentActor currentActor) {
        this.history = history;
        this.pastAwards = pastAwards;
        this.currentActor = currentActor;
    }

    @GetMapping("/emulation/people/me")
    String mine() {
        long cadreId = currentActor.get().cadreId().orElseThrow(() -> new RecordNotFoundException("CADRE", "me"));
        return "redirect:/emulation/people/" + cadreId;
    }

    @GetMapping("/emulation/people/{cadreId}")
    String person(@PathVariable long cadreId, Model model) {
        return page(history.person(cadreId), model);
    }

    @GetMapping("/emulation/units/{unitId}")
    String unit(@PathVariable long unitId, Model model) {
        return page(history.unit(unitId), model);
    }

    @PostMapping("/emulation/people/{cadreId}/awards")
    String enterForPerson(@PathVariable long cadreId, @ModelAttribute PastAwardForm form, BindingResult ignored,
                          RedirectAttributes redirect) {
        attempt(redirect, "award", () -> pastAwards.enter(form.toAward(Nominee.person(cadreId))),
                "emulationhistory.flash.awardEntered");
        return "redirect:/emulation/people/" + cadreId;
    }

    @PostMapping("/emulation/units/{unitId}/awards")
    String enterForUnit(@PathVariable long unitId, @ModelAttribute PastAwardForm form, BindingResult ignored,
                        RedirectAttributes redirect) {
        attempt(redirect, "award", () -> pastAwards.enter(form.toAward(Nominee.collective(unitId))),
                "emulationhistory.flash.awardEntered");
        return "redirect:/emulation/units/" + unitId;
    }

    private static String page(HolderHistory holder, Model model) {
        EmulationTitle.Nominee kind = holder.holder() == EmulationHolder.INDIVIDUAL
                ? EmulationTitle.Nominee.PERSON : EmulationTitle.Nominee.COLLECTIVE;
        List<EmulationTitle> titles = Arrays.stream(EmulationTitle.values()).filter(t -> t.nominee() == kind)
                .toList();
        model.addAttribute("history", holder);
        model.addAttribute("titles", titles);
        return "emulation/history";
    }

    private static void attempt(RedirectAttributes redirect, String about, Runnable change, String success) {
        RedirectedRefusals.attemptShowingAccessRefusal(redirect, about, change, success,
                "emulationhistory.refused.stale");
    }
}
