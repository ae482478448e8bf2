package vn.danhgia.platform.web;

import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.danhgia.platform.AuditEntryView;
import vn.danhgia.platform.audit.AuditQueries.AuditFilter;
import vn.danhgia.platform.audit.AuditQueries;

/**
 * The audit trail page: administrators read every entry and can filter them; anyone else reads the entries about
 * their own records ("Nhật ký hồ sơ của tôi"). Which entries is decided by {@link AuditQueries}, not here.
 */
@Controller
class AuditController {

    static final int PAGE_SIZE = 25;

    private final AuditQueries audit;
    private final AuditEntryWords words;

    AuditController(AuditQueries audit, AuditEntryWords words) {
        this.audit = audit;
        this.words = words;
    }

    @GetMapping("/audit")
    String audit(@RequestParam(defaultValue = "") String recordType, @RequestParam(defaultValue = "") String action,
                 @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        AuditFilter filter = new AuditFilter(recordType, action);
        // A page past the last one shows no entries; the offset must still fit the int the database query takes.
        int shown = Math.min(Math.max(0, page), Integer.MAX_VALUE / PAGE_SIZE - 1);
        Page<AuditEntryView> found = audit.visible(filter, PageRequest.of(shown, PAGE_SIZE));
        Page<AuditEntryWords.AuditRow> entries = new PageImpl<>(words.rows(found.getContent(), locale),
                found.getPageable(), found.getTotalElements());
        model.addAttribute("entries", entries);
        model.addAttribute("everything", audit.seesEverything());
        AuditQueries.AuditFilterChoices choices = audit.choices();
        model.addAttribute("choices", choices);
        model.addAttribute("actionLabels", choices.actions().stream()
                .collect(Collectors.toMap(Function.identity(), code -> words.actionLabel(code, locale))));
        model.addAttribute("recordTypeLabels", choices.recordTypes().stream()
                .collect(Collectors.toMap(Function.identity(), type -> words.recordTypeLabel(type, locale))));
        model.addAttribute("recordType", filter.recordType());
        model.addAttribute("action", filter.action());
        return "platform/audit";
    }
}
