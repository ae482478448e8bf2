package vn.danhgia.decision.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danhgia.decision.DeferralKind;
import vn.danhgia.decision.DeferralService;
import vn.danhgia.decision.ExemptRatingPeriod;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.scheme.DefaultPeriod;
import vn.danhgia.scheme.Quarter;

/**
 * Special cases of the quarter (seed 002 §7, §3.3): the personnel officer's list of the cadres of the units their
 * office serves with what the appointments show, and one cadre's quarter with the forms to mark or withdraw a
 * deferral or a year's exemption. Wrong input shows the page again with the message beside the field (400).
 */
@Controller
@RequestMapping("/review/deferrals")
class DeferralController {

    private final DeferralService service;
    private final MessageSource messages;
    private final DefaultPeriod defaultPeriod;

    DeferralController(DeferralService service, MessageSource messages, DefaultPeriod defaultPeriod) {
        this.service = service;
        this.messages = messages;
        this.defaultPeriod = defaultPeriod;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer quarter,
                Model model) {
        Quarter period = periodOr(year, quarter);
        model.addAttribute("year", period.year());
        model.addAttribute("quarter", period.number());
        model.addAttribute("cases", service.served(period.year(), period.number()));
        return "review/deferrals";
    }

    @GetMapping("/{cadreId}")
    ModelAndView quarter(@PathVariable long cadreId, @RequestParam(required = false) Integer year,
                         @RequestParam(required = false) Integer quarter) {
        Quarter period = periodOr(year, quarter);
        return page(cadreId, period.year(), period.number(), new DeferralForm(), Map.of(), HttpStatus.OK);
    }

    @PostMapping("/{cadreId}/{year}/{quarter}")
    ModelAndView defer(@PathVariable long cadreId, @PathVariable int year, @PathVariable int quarter,
                       DeferralForm form, RedirectAttributes redirect, Locale locale) {
        try {
            service.defer(cadreId, year, quarter, DeferralKind.fromInput(form.getKind()), form.getNote(),
                    form.expectedVersion());
        } catch (InvalidInputException invalid) {
            return page(cadreId, year, quarter, form, errors(invalid, locale), HttpStatus.BAD_REQUEST);
        }
        redirect.addFlashAttribute("flashSuccess", "review.deferral.flash.deferred");
        return back(cadreId, year, quarter);
    }

    @PostMapping("/{cadreId}/{year}/{quarter}/withdrawal")
    ModelAndView withdraw(@PathVariable long cadreId, @PathVariable int year, @PathVariable int quarter,
                          DeferralForm form, RedirectAttributes redirect, Locale locale) {
        try {
            service.withdrawDeferral(cadreId, year, quarter, form.getVersion() == null ? -1 : form.getVersion(),
                    form.getWithdrawalNote());
        } catch (InvalidInputException invalid) {
            return page(cadreId, year, quarter, form, errors(invalid, locale, "withdrawalNote"),
                    HttpStatus.BAD_REQUEST);
        }
        redirect.addFlashAttribute("flashSuccess", "review.deferral.flash.withdrawn");
        return back(cadreId, year, quarter);
    }

    @PostMapping("/{cadreId}/{year}/exemption")
    ModelAndView exempt(@PathVariable long cadreId, @PathVariable int year, @RequestParam int quarter,
                        DeferralForm form, RedirectAttributes redirect, Locale locale) {
        try {
            service.exempt(cadreId, year, ExemptRatingPeriod.fromInput(form.getRatingPeriod()),
                    form.getExemptionNote(), form.expectedExemptionVersion());
        } catch (InvalidInputException invalid) {
            return page(cadreId, year, quarter, form, errors(invalid, locale, "exemptionNote"),
                    HttpStatus.BAD_REQUEST);
        }
        redirect.addFlashAttribute("flashSuccess", "review.exemption.flash.exempted");
        return back(cadreId, year, quarter);
    }

    @PostMapping("/{cadreId}/{year}/exemption/withdrawal")
    ModelAndView withdrawExemption(@PathVariable long cadreId, @PathVariable int year, @RequestParam int quarter,
                                   DeferralForm form, RedirectAttributes redirect, Locale locale) {
        try {
            service.withdrawExemption(cadreId, year,
                    form.getExemptionVersion() == null ? -1 : form.getExemptionVersion(), form.getExemptionNote());
        } catch (InvalidInputException invalid) {
            return page(cadreId, year, quarter, form, errors(invalid, locale, "exemptionNote"),
                    HttpStatus.BAD_REQUEST);
        }
        redirect.addFlashAttribute("flashSuccess", "review.exemption.flash.withdrawn");
        return back(cadreId, year, quarter);
    }

    private ModelAndView page(long cadreId, int year, int quarter, DeferralForm form, Map<String, String> errors,
                              HttpStatus status) {
        ModelAndView page = new ModelAndView("review/deferral", status);
        page.addObject("quarterCase", service.quarter(cadreId, year, quarter));
        page.addObject("form", form);
        page.addObject("errors", errors);
        page.addObject("kinds", DeferralKind.values());
        page.addObject("ratingPeriods", ExemptRatingPeriod.values());
        return page;
    }

    private static ModelAndView back(long cadreId, int year, int quarter) {
        return new ModelAndView("redirect:/review/deferrals/" + cadreId + "?year=" + year + "&quarter=" + quarter);
    }

    /** The messages by field; a note refused on a withdrawal form is shown beside that form's note. */
    private Map<String, String> errors(InvalidInputException invalid, Locale locale, String noteField) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldViolation violation : invalid.violations()) {
            String field = "note".equals(violation.field()) ? noteField : violation.field();
            errors.putIfAbsent(field, messages.getMessage(violation.messageKey(),
                    violation.arguments().toArray(), locale));
        }
        return errors;
    }

    private Map<String, String> errors(InvalidInputException invalid, Locale locale) {
        return errors(invalid, locale, "note");
    }

    private Quarter periodOr(Integer year, Integer quarter) {
        if (year == null || quarter == null) {
            return defaultPeriod.forReader();
        }
        try {
            return new Quarter(year, quarter);
        } catch (IllegalArgumentException invalid) {
            throw new InvalidInputException(java.util.List.of(FieldViolation.of("quarter",
                    "review.deferral.periodInvalid")));
        }
    }
}
