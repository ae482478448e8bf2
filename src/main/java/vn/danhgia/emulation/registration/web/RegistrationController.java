package vn.danhgia.emulation.registration.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danhgia.emulation.NewRegistration;
import vn.danhgia.emulation.RegistrationSource;
import vn.danhgia.emulation.registration.HolderKeys;
import vn.danhgia.emulation.registration.RegistrationService;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.web.RedirectedRefusals;
import vn.danhgia.rules.emulation.EmulationTitle;

/**
 * The registration pages (đăng ký thi đua, seed 003 §III.1): one's own registration and the units one keeps, a unit's
 * list with each holder's status and consequence, and the forms to register and to change the target
 * (post-redirect-get; a refusal comes back as a message beside the holder it is about). Scope and rules are
 * {@link RegistrationService}'s.
 */
@Controller
class RegistrationController {

    private final RegistrationService registrations;
    private final Clock clock;

    RegistrationController(RegistrationService registrations, Clock clock) {
        this.registrations = registrations;
        this.clock = clock;
    }

    @GetMapping("/emulation/registrations")
    String list(@RequestParam(required = false) Long unit, @RequestParam(required = false) Integer year,
                Model model) {
        // Registrations are made at the start of the year they name: the page opens on this year.
        int chosenYear = year != null ? year : LocalDate.now(clock).getYear();
        model.addAttribute("year", chosenYear);
        if (unit == null) {
            model.addAttribute("own", registrations.own(chosenYear).orElse(null));
            model.addAttribute("units", registrations.keptUnits(chosenYear));
            return "emulation/registrations-mine";
        }
        model.addAttribute("registrations", registrations.unit(unit, chosenYear));
        return "emulation/registrations";
    }

    @PostMapping("/emulation/registrations")
    String register(@ModelAttribute RegistrationForm form, BindingResult binding, RedirectAttributes redirect) {
        attempt(redirect, form.getHolder(), () -> {
            if (binding.hasErrors()) {
                throw new InvalidInputException(List.of(FieldViolation.of(binding.getFieldErrors().get(0).getField(),
                        "emulation.registration.form.invalid")));
            }
            registrations.register(new NewRegistration(HolderKeys.parse(form.getHolder()), form.getYear(),
                    form.getTargetTitle(), form.getRegisteredOn(), RegistrationSource.FORM));
        }, "emulation.registration.flash.registered");
        return back(form.getUnit(), form.getYear());
    }

    @PostMapping("/emulation/registrations/{id}/target")
    String changeTarget(@PathVariable long id, @RequestParam(required = false) EmulationTitle targetTitle,
                        @RequestParam long version, @RequestParam int year,
                        @RequestParam(required = false) Long unit, @RequestParam String holder,
                        RedirectAttributes redirect) {
        attempt(redirect, holder, () -> registrations.changeTarget(id, targetTitle, version),
                "emulation.registration.flash.target-changed");
        return back(unit, year);
    }

    private static String back(Long unit, int year) {
        return "redirect:/emulation/registrations?year=" + year + (unit == null ? "" : "&unit=" + unit);
    }

    private static void attempt(RedirectAttributes redirect, String about, Runnable change, String success) {
        RedirectedRefusals.attemptShowingAccessRefusal(redirect, about, change, success,
                "emulation.registration.refused.stale");
    }
}
