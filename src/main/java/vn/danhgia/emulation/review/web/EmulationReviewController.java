package vn.danhgia.emulation.review.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danhgia.emulation.EmulationHolder;
import vn.danhgia.emulation.EmulationReviewView;
import vn.danhgia.emulation.EmulationReviews;
import vn.danhgia.emulation.Nominee;
import vn.danhgia.emulation.ReviewMinutes;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RefusalMessages;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.rules.emulation.EmulationTitle;
import vn.danhgia.scheme.YearUnderReview;

/**
 * The review meetings' pages (họp bình xét, seed 003 §IV): the units in scope with their meeting of the year and the
 * button that opens one, and one meeting with its candidates and their reasons, nominations, votes, minutes and
 * close. Every change posts the version read and comes back to the page (post-redirect-get); a refusal (ratings not
 * decided, an ineligible nominee, the cap, a stale version) is shown there in Vietnamese and changes nothing. A vote
 * posted through htmx swaps the nominations' fragment only: it changes its nomination and nothing the page's other
 * forms carry. Access and rules are checked by {@link EmulationReviews}.
 */
@Controller
@RequestMapping("/emulation/reviews")
class EmulationReviewController {

    private static final String REFUSAL = "refusal";

    private final EmulationReviews reviews;
    private final RefusalMessages refusals;
    private final YearUnderReview yearUnderReview;

    EmulationReviewController(EmulationReviews reviews, RefusalMessages refusals, YearUnderReview yearUnderReview) {
        this.reviews = reviews;
        this.refusals = refusals;
        this.yearUnderReview = yearUnderReview;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, Model model) {
        int shown = yearUnderReview.orNow(year);
        model.addAttribute("year", shown);
        model.addAttribute("units", reviews.units(shown));
        return "emulation/reviews";
    }

    @PostMapping
    String open(@RequestParam long unitId, @RequestParam int year, RedirectAttributes redirect, Locale locale) {
        try {
            return "redirect:/emulation/reviews/" + reviews.open(unitId, year).id();
        } catch (RuleRefusedException | InvalidInputException | AccessRefusedException refused) {
            redirect.addFlashAttribute(REFUSAL, refusals.of(refused, locale));
            return "redirect:/emulation/reviews?year=" + year;
        }
    }

    @GetMapping("/{id}")
    String review(@PathVariable long id, Model model) {
        EmulationReviewView review = reviews.get(id);
        model.addAttribute("review", review);
        model.addAttribute("titles", EmulationTitle.values());
        return "emulation/review";
    }

    /** The nominee is posted as "INDIVIDUAL-12" or "COLLECTIVE-3", the holder and the cadre's or unit's id. */
    @PostMapping("/{id}/nominations")
    String nominate(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String nominee,
                    @RequestParam(required = false) EmulationTitle title, RedirectAttributes redirect,
                    Locale locale) {
        return back(id, refusals.attempt(() -> reviews.nominate(id, version, nominee(nominee), title), locale),
                redirect);
    }

    /** A vote: through htmx the nominations' fragment comes back with the cap and any refusal, else the page. */
    @PostMapping("/{id}/nominations/{nominationId}/vote")
    String vote(@PathVariable long id, @PathVariable long nominationId, @RequestParam long version,
                @RequestParam(required = false) String votesFor, @RequestParam(required = false) String votesAgainst,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                RedirectAttributes redirect, Locale locale) {
        String refusal = refusals.attempt(() -> reviews.vote(id, nominationId, version, count(votesFor, "votesFor"),
                count(votesAgainst, "votesAgainst")), locale);
        if (htmx != null) {
            model.addAttribute("review", reviews.get(id));
            model.addAttribute("voteRefusal", refusal);
            return "emulation/review-nominations :: nominations";
        }
        return back(id, refusal, redirect);
    }

    @PostMapping("/{id}/minutes")
    String minutes(@PathVariable long id, @RequestParam long version,
                   @RequestParam(required = false) LocalDate heldOn,
                   @RequestParam(required = false) String councilMembers,
                   @RequestParam(required = false) String chair, @RequestParam(required = false) String secretary,
                   @RequestParam(required = false) String text, RedirectAttributes redirect, Locale locale) {
        return back(id, refusals.attempt(() -> reviews.recordMinutes(id, version, new ReviewMinutes(heldOn,
                count(councilMembers, "councilMembers"), chair, secretary, text)), locale), redirect);
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect, Locale locale) {
        return back(id, refusals.attempt(() -> reviews.close(id, version), locale), redirect);
    }

    private static Nominee nominee(String posted) {
        if (posted == null || posted.isBlank()) {
            return null;
        }
        int dash = posted.indexOf('-');
        try {
            return new Nominee(EmulationHolder.valueOf(posted.substring(0, dash)),
                    Long.parseLong(posted.substring(dash + 1)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException wrong) {
            throw new InvalidInputException(List.of(FieldViolation.of("nominee",
                    "emulation.review.field.notCandidate")));
        }
    }

    private static Integer count(String posted, String field) {
        if (posted == null || posted.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(posted.strip());
        } catch (NumberFormatException notANumber) {
            throw new InvalidInputException(List.of(FieldViolation.of(field, "emulation.review.field.votes")));
        }
    }

    private String back(long id, String refusal, RedirectAttributes redirect) {
        if (refusal != null) {
            redirect.addFlashAttribute(REFUSAL, refusal);
        } else {
            redirect.addFlashAttribute("done", true);
        }
        return "redirect:/emulation/reviews/" + id;
    }
}
