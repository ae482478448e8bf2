package vn.danhgia.scheme.web;

import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danhgia.rules.DisciplineForm;
import vn.danhgia.rules.emulation.EmulationThresholds;
import vn.danhgia.scheme.EmulationSettingsAdministration;
import vn.danhgia.scheme.EmulationSettingsView;

/**
 * The administrators' page of an annual calendar's emulation thresholds (issue 14 §3), beside the calendar: each
 * figure of the Luật Thi đua, khen thưởng 2022 with the law's value shown next to it. A refused value is shown
 * beside its field; nothing is saved then.
 */
@Controller
@RequestMapping("/admin/schemes/annual/{code}/emulation")
class EmulationSettingsController {

    private static final String FORM = "settingsForm";

    private final EmulationSettingsAdministration settings;

    EmulationSettingsController(EmulationSettingsAdministration settings) {
        this.settings = settings;
    }

    @GetMapping
    String edit(@PathVariable String code, Model model) {
        EmulationSettingsView view = settings.get(code);
        model.addAttribute(FORM, EmulationSettingsForm.of(view));
        return view(model, view);
    }

    @PostMapping
    String update(@PathVariable String code, @ModelAttribute(FORM) EmulationSettingsForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        EmulationSettingsView view = settings.get(code);
        Optional<EmulationThresholds> thresholds = form.toThresholds(errors);
        if (thresholds.isPresent()) {
            try {
                settings.update(code, form.getVersion(), thresholds.get());
                redirect.addFlashAttribute("flashSuccess", "emulation.settings.saved");
                return "redirect:/admin/schemes/annual/" + code + "/emulation";
            } catch (OptimisticLockingFailureException concurrent) {
                errors.reject("emulation.settings.violation.stale");
            }
        }
        return view(model, view);
    }

    private static String view(Model model, EmulationSettingsView view) {
        model.addAttribute("settings", view);
        model.addAttribute("law", EmulationSettingsForm.of(new EmulationSettingsView(view.calendar(),
                EmulationThresholds.defaults(), null)));
        model.addAttribute("workerLevels", EmulationSettingsForm.WORKER_LEVELS);
        model.addAttribute("roundings", EmulationSettingsForm.ROUNDINGS);
        model.addAttribute("disciplines", DisciplineForm.values());
        return "scheme/emulation-settings";
    }
}
