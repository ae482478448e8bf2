package vn.danhgia.planning.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danhgia.organization.CadreId;
import vn.danhgia.planning.DeadlineExtensions;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.scheme.DeadlineStep;
import vn.danhgia.scheme.Quarter;

/**
 * The "Gia hạn" form shown to the approver on a plan or a self-assessment page. Whatever happens the person goes back
 * to the page they came from: with a confirmation, or with the message beside the field and what they typed.
 */
@Controller
class DeadlineExtensionController {

    // Only the two pages that show the form; anything else (a forged address) goes to the plans.
    private static final Pattern BACK = Pattern.compile("/(plans|assessment/self-assessments)/\\d+");

    private final DeadlineExtensions extensions;
    private final MessageSource messages;

    DeadlineExtensionController(DeadlineExtensions extensions, MessageSource messages) {
        this.extensions = extensions;
        this.messages = messages;
    }

    @PostMapping("/deadline-extensions")
    String grant(@RequestParam long cadreId, @RequestParam DeadlineStep step, @RequestParam String period,
                 @RequestParam(required = false) Long version, @RequestParam(required = false) String lastDay,
                 @RequestParam(required = false) String reason, @RequestParam String back,
                 RedirectAttributes redirect) {
        String page = BACK.matcher(back).matches() ? back : "/plans";
        Quarter quarter = Quarter.fromKey(period)
                .orElseThrow(() -> new RuleRefusedException("planning.refusal.bad-quarter", period));
        try {
            extensions.grant(new CadreId(cadreId), step, quarter, day(lastDay), reason, version);
            redirect.addFlashAttribute("flashSuccess", "planning.extension.flash.granted");
        } catch (InvalidInputException invalid) {
            redirect.addFlashAttribute("extensionErrors", describe(invalid.violations()));
            redirect.addFlashAttribute("extensionLastDay", lastDay);
            redirect.addFlashAttribute("extensionReason", reason);
        } catch (RuleRefusedException refused) {
            redirect.addFlashAttribute("extensionRefusal",
                    message(refused.messageKey(), refused.arguments().toArray()));
        } catch (OptimisticLockingFailureException conflict) {
            redirect.addFlashAttribute("extensionRefusal", message("platform.concurrent-edit"));
        }
        return "redirect:" + page;
    }

    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADay) {
            throw new InvalidInputException(List.of(FieldViolation.of("lastDay", "planning.invalid.date")));
        }
    }

    private Map<String, String> describe(List<FieldViolation> violations) {
        Map<String, String> errors = new LinkedHashMap<>();
        violations.forEach(violation -> errors.merge(violation.field(),
                message(violation.messageKey(), violation.arguments().toArray()), (a, b) -> a + " " + b));
        return errors;
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
