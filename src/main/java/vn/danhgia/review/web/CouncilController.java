package vn.danhgia.review.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.review.CouncilService;
import vn.danhgia.review.VoteSessionStatus;
import vn.danhgia.review.VoteSessionView;
import vn.danhgia.rules.RatingLevel;

/**
 * The councils the signed-in person sees and the printable minutes (biên bản hội nghị đánh giá, bỏ phiếu xếp loại
 * chất lượng, seed 000 §III.5 (2)) of a vote session. Access is checked by {@link CouncilService}.
 */
@Controller
@RequestMapping("/review/councils")
class CouncilController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final CouncilService service;
    private final CurrentActor currentActor;

    CouncilController(CouncilService service, CurrentActor currentActor) {
        this.service = service;
        this.currentActor = currentActor;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("councils", service.visible());
        return "review/councils";
    }

    @GetMapping("/{id}")
    String council(@PathVariable long id, Model model) {
        model.addAttribute("council", service.get(id));
        return "review/council";
    }

    @GetMapping("/sessions/{id}/minutes")
    String minutes(@PathVariable long id, Model model) {
        VoteSessionView session = service.session(id);
        model.addAttribute("minutes", session);
        model.addAttribute("levels", RatingLevel.values());
        var self = currentActor.get().cadreId();
        model.addAttribute("canVote", session.status() == VoteSessionStatus.OPEN && self.isPresent()
                && session.members().stream().anyMatch(m -> m.cadreId() == self.get()));
        model.addAttribute("self", self.orElse(-1L));
        model.addAttribute("day", DAY.format((session.closedAt() != null ? session.closedAt() : session.openedAt())
                .atZone(VIETNAM)));
        return "review/minutes";
    }

    @PostMapping("/{id}/sessions")
    String open(@PathVariable long id, @RequestParam long version) {
        return "redirect:/review/councils/sessions/" + service.open(id, version).id() + "/minutes";
    }

    @PostMapping("/sessions/{id}/votes")
    String vote(@PathVariable long id, @RequestParam long subject, @RequestParam(required = false) String level,
                RedirectAttributes redirect) {
        RatingLevel chosen = null;
        for (RatingLevel candidate : RatingLevel.values()) {
            if (candidate.name().equals(level)) {
                chosen = candidate;
            }
        }
        try {
            service.vote(id, subject, chosen);
            redirect.addFlashAttribute("flashSuccess", "review.council.flash.voted");
        } catch (InvalidInputException invalid) {
            redirect.addFlashAttribute("flashError", invalid.violations().get(0).messageKey());
        }
        return "redirect:/review/councils/sessions/" + id + "/minutes";
    }

    @PostMapping("/sessions/{id}/close")
    String close(@PathVariable long id, @RequestParam long version) {
        service.close(id, version);
        return "redirect:/review/councils/sessions/" + id + "/minutes";
    }
}
