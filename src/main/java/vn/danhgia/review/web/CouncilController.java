package vn.danhgia.review.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.danhgia.review.CouncilService;
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

    CouncilController(CouncilService service) {
        this.service = service;
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
        model.addAttribute("day", DAY.format((session.closedAt() != null ? session.closedAt() : session.openedAt())
                .atZone(VIETNAM)));
        return "review/minutes";
    }
}
