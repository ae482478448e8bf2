package vn.danhgia.scheme.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSourceResolvable;
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
import vn.danhgia.rules.QuotaBase;
import vn.danhgia.rules.RatingMethod;
import vn.danhgia.scheme.AnnualCalendarAdministration;
import vn.danhgia.scheme.DeadlineMonth;
import vn.danhgia.scheme.SchemeAdministration;
import vn.danhgia.scheme.SchemeDetails;
import vn.danhgia.scheme.SchemeRuleViolation;
import vn.danhgia.scheme.SchemeSettings;

/**
 * The administrators' scheme settings pages: the schemes, and one scheme's thresholds, axis weights, deadlines and
 * complaint window. A refused value is shown beside its field (the axes' and deadlines' rules beside their tables);
 * a concurrent change above the form. Nothing is saved then.
 */
@Controller
@RequestMapping("/admin/schemes")
class SchemeSettingsController {

    private static final String FORM = "settingsForm";
    // The scheme's rules that are about a single field, by message key; the others name their field in an argument.
    private static final Map<String, String> FIELD_OF_RULE = Map.of(
            "scheme.violation.factor-thresholds-crossed", "shortfallFactorBelow",
            "scheme.violation.small-unit-limit", "smallUnitLimit",
            "scheme.violation.complaint-window", "complaintWindowDays",
            "scheme.violation.axes-mismatch", "axes",
            "scheme.violation.axis-points", "axes",
            "scheme.violation.axes-total", "axes",
            "scheme.violation.deadline-repeated", "deadlines",
            "scheme.violation.deadline-order", "deadlines");
    private static final String RULE_LABEL_PREFIX = "scheme.rules.";
    // The thresholds of RatingRules in the order of the rules (Quy định 366 Điều 11, seed 000 §III.3), by form field.
    private static final Map<String, String> THRESHOLD_FIELDS = thresholdFields();

    private final SchemeAdministration schemes;
    private final AnnualCalendarAdministration calendars;

    SchemeSettingsController(SchemeAdministration schemes, AnnualCalendarAdministration calendars) {
        this.schemes = schemes;
        this.calendars = calendars;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("schemes", schemes.list());
        model.addAttribute("calendars", calendars.list());
        return "scheme/schemes";
    }

    @GetMapping("/{code}")
    String edit(@PathVariable String code, Model model) {
        SchemeDetails details = schemes.get(code);
        model.addAttribute(FORM, SchemeSettingsForm.of(details));
        return formView(model, details);
    }

    @PostMapping("/{code}")
    String update(@PathVariable String code, @ModelAttribute(FORM) SchemeSettingsForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        SchemeDetails details = schemes.get(code);
        Optional<SchemeSettings> settings = errors.hasErrors() ? Optional.empty() : form.toSettings(errors);
        if (settings.isPresent()) {
            try {
                schemes.updateSettings(code, settings.get());
                redirect.addFlashAttribute("flashSuccess", "scheme.admin.saved");
                return "redirect:/admin/schemes/" + code;
            } catch (SchemeRuleViolation refused) {
                reject(refused, errors);
            } catch (OptimisticLockingFailureException concurrent) {
                errors.reject("scheme.violation.stale");
            }
        }
        return formView(model, details);
    }

    private static void reject(SchemeRuleViolation refused, BindingResult errors) {
        Object[] arguments = refused.arguments();
        String field = FIELD_OF_RULE.get(refused.messageKey());
        if (field == null && arguments.length > 0 && arguments[0] instanceof MessageSourceResolvable label
                && label.getCodes() != null && label.getCodes()[0].startsWith(RULE_LABEL_PREFIX)) {
            field = camelCase(label.getCodes()[0].substring(RULE_LABEL_PREFIX.length()));
        }
        if (field == null) {
            errors.reject(refused.messageKey(), arguments, null);
        } else {
            errors.rejectValue(field, refused.messageKey(), arguments, null);
        }
    }

    private static Map<String, String> thresholdFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String dashed : List.of("excellent-min-points", "good-min-points", "completed-min-points",
                "excellent-min-beyond-share", "completed-max-late-share", "beyond-factor-above",
                "shortfall-factor-below", "collective-min-completion", "excellent-quota-share", "small-unit-limit")) {
            fields.put(camelCase(dashed), RULE_LABEL_PREFIX + dashed);
        }
        return Collections.unmodifiableMap(fields);
    }

    /** {@code excellent-min-points} → {@code excellentMinPoints}, the form's name for the labelled field. */
    private static String camelCase(String dashed) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char letter : dashed.toCharArray()) {
            if (letter == '-') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(letter) : letter);
                upper = false;
            }
        }
        return name.toString();
    }

    private static String formView(Model model, SchemeDetails details) {
        model.addAttribute("details", details);
        model.addAttribute("methods", RatingMethod.values());
        model.addAttribute("quotaBases", QuotaBase.values());
        model.addAttribute("months", DeadlineMonth.values());
        model.addAttribute("thresholdFields", THRESHOLD_FIELDS);
        return "scheme/settings";
    }
}
