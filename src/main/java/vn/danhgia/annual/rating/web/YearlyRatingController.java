package vn.danhgia.annual.rating.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danhgia.annual.YearlyRatingView;
import vn.danhgia.annual.YearlyRatings;
import vn.danhgia.annual.rating.YearlyBatchDecisions;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.BatchOutcome;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.annual.YearlyFactsInput;
import vn.danhgia.rules.CorruptionExemption;
import vn.danhgia.rules.DisciplineForm;
import vn.danhgia.publication.ComplaintService;
import vn.danhgia.publication.RatingKind;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.scheme.YearUnderReview;

/**
 * The yearly ratings board of a unit and year (issue 13 §5, §7): the suggestion with its reasons, the proposal, the
 * decision with its reason and cap, announcement, the complaints (filed here into publication's one workflow, answered
 * on its pages /review/complaints) and lock; the decision form; a cadre's yearly history.
 * Access is checked by the service; refusals come back as the rule's message.
 */
@Controller
class YearlyRatingController {

    private final YearlyRatings ratings;
    private final YearlyBatchDecisions batch;
    private final ComplaintService complaints;
    private final OrganizationQueries organization;
    private final MessageSource messages;
    private final YearUnderReview yearUnderReview;

    YearlyRatingController(YearlyRatings ratings, YearlyBatchDecisions batch, ComplaintService complaints,
                           OrganizationQueries organization, MessageSource messages, YearUnderReview yearUnderReview) {
        this.ratings = ratings;
        this.batch = batch;
        this.complaints = complaints;
        this.organization = organization;
        this.messages = messages;
        this.yearUnderReview = yearUnderReview;
    }

    @GetMapping("/annual/ratings")
    String board(@RequestParam(required = false) Long unit, @RequestParam(required = false) Integer year,
                 Model model) {
        int shown = yearUnderReview.orNow(year);
        model.addAttribute("units", organization.units());
        model.addAttribute("year", shown);
        model.addAttribute("levels", RatingLevel.values());
        model.addAttribute("disciplineForms", DisciplineForm.values());
        model.addAttribute("corruptionExemptions", CorruptionExemption.values());
        if (unit != null) {
            model.addAttribute("board", ratings.board(unit, shown));
        }
        return "annual/ratings";
    }

    @PostMapping("/annual/ratings/gather")
    String gather(@RequestParam long unit, @RequestParam int year, RedirectAttributes redirect) {
        ratings.gather(unit, year);
        redirect.addFlashAttribute("flashSuccess", "annual.rating.flash.gathered");
        return back(unit, year);
    }

    @PostMapping("/annual/ratings/{id}/proposal")
    String propose(@PathVariable long id, @RequestParam long version,
                   @RequestParam(required = false) RatingLevel level,
                   @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        YearlyRatingView rating = ratings.get(id);
        try {
            ratings.propose(id, version, level, comment);
            redirect.addFlashAttribute("flashSuccess", "annual.rating.flash.proposed");
        } catch (InvalidInputException invalid) {
            redirect.addFlashAttribute("flashError", invalid.violations().get(0).messageKey());
        } catch (RuleRefusedException refused) {
            refusal(redirect, refused);
        }
        return back(rating.unitId(), rating.year());
    }

    /** The facts entered on the board (discipline, degradation, corruption, points, task counts). */
    @PostMapping("/annual/ratings/{id}/facts")
    String enterFacts(@PathVariable long id, @RequestParam long version,
                      @RequestParam(required = false) String points,
                      @RequestParam(required = false) Integer tasksAssigned,
                      @RequestParam(required = false) Integer tasksDone,
                      @RequestParam(required = false) Integer tasksBeyond,
                      @RequestParam(required = false) Integer tasksLate,
                      @RequestParam(required = false) Integer tasksRework,
                      @RequestParam(required = false) String discipline,
                      @RequestParam(defaultValue = "false") boolean degradation,
                      @RequestParam(required = false) String corruption, RedirectAttributes redirect) {
        YearlyRatingView rating = ratings.get(id);
        try {
            ratings.enterFacts(id, version, new YearlyFactsInput(points, tasksAssigned, tasksDone, tasksBeyond,
                    tasksLate, tasksRework, discipline, degradation, corruption));
            redirect.addFlashAttribute("flashSuccess", "annual.rating.flash.factsEntered");
        } catch (InvalidInputException invalid) {
            redirect.addFlashAttribute("flashError", invalid.violations().get(0).messageKey());
        } catch (RuleRefusedException refused) {
            refusal(redirect, refused);
        }
        return back(rating.unitId(), rating.year());
    }

    @GetMapping("/annual/ratings/{id}/decision")
    String decisionForm(@PathVariable long id, Model model) {
        model.addAttribute("rating", ratings.get(id));
        model.addAttribute("levels", RatingLevel.values());
        return "annual/decision";
    }

    @PostMapping("/annual/ratings/{id}/decision")
    String decide(@PathVariable long id, @RequestParam long version,
                  @RequestParam(required = false) RatingLevel level,
                  @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        YearlyRatingView rating = ratings.get(id);
        try {
            ratings.decide(id, version, level, reason);
            redirect.addFlashAttribute("flashSuccess", "annual.rating.flash.decided");
            return back(rating.unitId(), rating.year());
        } catch (InvalidInputException invalid) {
            // The form again, with the rule's message beside its field.
            model.addAttribute("rating", rating);
            model.addAttribute("levels", RatingLevel.values());
            model.addAttribute("chosen", level);
            model.addAttribute("reason", reason);
            model.addAttribute("violations", invalid.violations());
            return "annual/decision";
        } catch (RuleRefusedException refused) {
            model.addAttribute("rating", rating);
            model.addAttribute("levels", RatingLevel.values());
            model.addAttribute("chosen", level);
            model.addAttribute("reason", reason);
            model.addAttribute("refusalKey", refused.messageKey());
            model.addAttribute("refusalArguments", refused.arguments().toArray());
            return "annual/decision";
        }
    }

    /**
     * Decides the ticked rows at their proposed level (or the suggestion) in one action; each row is checked, versioned
     * and audited as a single decision, and the page says which went through and why the others were refused.
     */
    @PostMapping("/annual/ratings/decisions")
    String decideSelected(@RequestParam long unit, @RequestParam int year,
                          @RequestParam(name = "rating", required = false) List<String> selected, Model model,
                          Locale locale) {
        List<YearlyBatchDecisions.Selection> selections = new ArrayList<>();
        for (String item : selected == null ? List.<String>of() : selected) {
            selections.add(selection(item));
        }
        List<BatchOutcome> outcomes = batch.decide(unit, year, selections).stream()
                .map(outcome -> labelled(outcome, locale)).toList();
        model.addAttribute("titleKey", "annual.rating.batch.title");
        model.addAttribute("outcomes", outcomes);
        model.addAttribute("back", "/annual/ratings?unit=" + unit + "&year=" + year);
        return "platform/batch-result";
    }

    /** "id:version" as the board's checkbox sends it; anything else is a row the board does not show. */
    private static YearlyBatchDecisions.Selection selection(String item) {
        String[] idAndVersion = item.split(":", -1);
        try {
            return new YearlyBatchDecisions.Selection(Long.parseLong(idAndVersion[0]),
                    idAndVersion.length < 2 ? null : Long.valueOf(idAndVersion[1]));
        } catch (NumberFormatException malformed) {
            return new YearlyBatchDecisions.Selection(-1, null);
        }
    }

    /** The subject's name with its track and the level it was decided at, in the reader's language. */
    private BatchOutcome labelled(YearlyBatchDecisions.Outcome outcome, Locale locale) {
        BatchOutcome result = outcome.outcome();
        if (outcome.track() == null) {
            return result;
        }
        String label = messages.getMessage("annual.rating.batch.item", new Object[] {result.label(),
                messages.getMessage(outcome.track().messageKey(), null, locale),
                outcome.level() == null ? "—" : messages.getMessage(outcome.level().messageKey(), null, locale)},
                locale);
        return new BatchOutcome(label, result.done(), result.messageKey(), result.arguments());
    }

    @PostMapping("/annual/ratings/announce")
    String announce(@RequestParam long unit, @RequestParam int year, RedirectAttributes redirect) {
        try {
            ratings.announce(unit, year);
            redirect.addFlashAttribute("flashSuccess", "annual.rating.flash.announced");
        } catch (RuleRefusedException refused) {
            refusal(redirect, refused);
        }
        return back(unit, year);
    }

    @PostMapping("/annual/ratings/lock")
    String lock(@RequestParam long unit, @RequestParam int year, RedirectAttributes redirect) {
        try {
            ratings.lock(unit, year);
            redirect.addFlashAttribute("flashSuccess", "annual.rating.flash.locked");
        } catch (RuleRefusedException refused) {
            refusal(redirect, refused);
        }
        return back(unit, year);
    }

    /** The rated cadre files from their yearly history into the one complaint workflow (publication's). */
    @PostMapping("/annual/ratings/{id}/complaints")
    String complain(@PathVariable long id, @RequestParam(required = false) String text,
                    RedirectAttributes redirect) {
        YearlyRatingView rating = ratings.get(id);
        try {
            complaints.file(RatingKind.YEARLY, id, text);
            redirect.addFlashAttribute("flashSuccess", "review.complaint.flash.filed");
        } catch (InvalidInputException invalid) {
            redirect.addFlashAttribute("flashError", invalid.violations().get(0).messageKey());
        } catch (RuleRefusedException refused) {
            refusal(redirect, refused);
        }
        return rating.cadreId() == null ? back(rating.unitId(), rating.year())
                : "redirect:/annual/history/" + rating.cadreId();
    }

    @GetMapping("/annual/history/{cadreId}")
    String history(@PathVariable long cadreId, Model model) {
        model.addAttribute("history", ratings.history(cadreId));
        return "annual/history";
    }

    private static void refusal(RedirectAttributes redirect, RuleRefusedException refused) {
        redirect.addFlashAttribute("refusalKey", refused.messageKey());
        redirect.addFlashAttribute("refusalArguments", refused.arguments().toArray());
    }

    private static String back(long unit, int year) {
        return "redirect:/annual/ratings?unit=" + unit + "&year=" + year;
    }
}
