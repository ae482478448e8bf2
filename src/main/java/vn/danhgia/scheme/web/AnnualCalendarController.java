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
import vn.danhgia.scheme.AnnualCalendarAdministration;
import vn.danhgia.scheme.AnnualCalendarSettings;
import vn.danhgia.scheme.AnnualCalendarView;
import vn.danhgia.scheme.SchemeRuleViolation;

/**
 * The administrators' page of an annual calendar, beside the schemes: the day and month of each year-end step and
 * the units whose year it runs. A refused value is shown beside its field; nothing is saved then.
 */
@Controller
@RequestMapping("/admin/schemes/annual")
class AnnualCalendarController {

    private static final String FORM = "calendarForm";

    private final AnnualCalendarAdministration calendars;

    AnnualCalendarController(AnnualCalendarAdministration calendars) {
        this.calendars = calendars;
    }

    @GetMapping("/{code}")
    String edit(@PathVariable String code, Model model) {
        AnnualCalendarView calendar = calendars.get(code);
        model.addAttribute(FORM, AnnualCalendarForm.of(calendar));
        return view(model, calendar);
    }

    @PostMapping("/{code}")
    String update(@PathVariable String code, @ModelAttribute(FORM) AnnualCalendarForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        AnnualCalendarView calendar = calendars.get(code);
        Optional<AnnualCalendarSettings> settings = errors.hasErrors() ? Optional.empty() : form.toSettings(errors);
        if (settings.isPresent()) {
            try {
                calendars.update(code, settings.get());
                redirect.addFlashAttribute("flashSuccess", "scheme.admin.saved");
                return "redirect:/admin/schemes/annual/" + code;
            } catch (SchemeRuleViolation refused) {
                String field = refused.messageKey().endsWith("unit-taken") ? "unitCodes" : "steps";
                errors.rejectValue(field, refused.messageKey(), refused.arguments(), null);
            } catch (OptimisticLockingFailureException concurrent) {
                errors.reject("scheme.violation.stale");
            }
        }
        return view(model, calendar);
    }

    private static String view(Model model, AnnualCalendarView calendar) {
        model.addAttribute("calendar", calendar);
        return "scheme/annual-calendar";
    }
}
