package vn.danhgia.platform.web;

import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.danhgia.platform.AuditEntryView;
import vn.danhgia.platform.AuditQueries;
import vn.danhgia.platform.AuditQueries.AuditFilter;

/**
 * The audit trail page: administrators read every entry and can filter them; anyone else reads the entries about
 * their own records ("Nhật ký hồ sơ của tôi"). Which entries is decided by {@link AuditQueries}, not here.
 */
@Controller
class AuditController {

    static final int PAGE_SIZE = 25;

    private final AuditQueries audit;
    private final MessageSource messages;
    private final JsonMapper json;

    AuditController(AuditQueries audit, MessageSource messages, JsonMapper json) {
        this.audit = audit;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/audit")
    String audit(@RequestParam(defaultValue = "") String recordType, @RequestParam(defaultValue = "") String action,
                 @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        AuditFilter filter = new AuditFilter(recordType, action);
        // A page past the last one shows no entries; the offset must still fit the int the database query takes.
        int shown = Math.min(Math.max(0, page), Integer.MAX_VALUE / PAGE_SIZE - 1);
        Page<AuditRow> entries = audit.visible(filter, PageRequest.of(shown, PAGE_SIZE))
                .map(entry -> row(entry, locale));
        model.addAttribute("entries", entries);
        model.addAttribute("everything", audit.seesEverything());
        AuditQueries.AuditFilterChoices choices = audit.choices();
        model.addAttribute("choices", choices);
        model.addAttribute("actionLabels", choices.actions().stream()
                .collect(Collectors.toMap(code -> code, code -> actionLabel(code, locale))));
        model.addAttribute("recordType", filter.recordType());
        model.addAttribute("action", filter.action());
        return "platform/audit";
    }

    private AuditRow row(AuditEntryView entry, Locale locale) {
        return new AuditRow(entry, actionLabel(entry.action(), locale), pretty(entry.before()),
                pretty(entry.after()));
    }

    /** The action in the reader's language (key {@code audit.action.<ACTION>}), or its code where none exists. */
    private String actionLabel(String action, Locale locale) {
        return messages.getMessage("audit.action." + action, null, action, locale);
    }

    private String pretty(String state) {
        if (state == null) {
            return null;
        }
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(state));
        } catch (JacksonException notJson) {
            return state;
        }
    }

    /** One line of the page: the entry, its action in the reader's language and its states laid out to read. */
    record AuditRow(AuditEntryView entry, String actionLabel, String before, String after) {
    }
}
