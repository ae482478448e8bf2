package vn.danhgia.publication.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.publication.AnnouncementService;
import vn.danhgia.publication.ComplaintService;
import vn.danhgia.publication.DossierService;
import vn.danhgia.scheme.DefaultPeriod;
import vn.danhgia.scheme.Quarter;

/**
 * The announcement of a unit's quarter (thông báo công khai kết quả, seed 002 §4 Bước 6) with its announce button, and
 * the signed-in cadre's own results where a complaint is filed. Access is checked by the services.
 */
@Controller
class AnnouncementController {

    private final AnnouncementService announcements;
    private final ComplaintService complaints;
    private final DossierService dossiers;
    private final OrganizationQueries organization;
    private final CurrentActor currentActor;
    private final DefaultPeriod defaultPeriod;

    AnnouncementController(AnnouncementService announcements, ComplaintService complaints, DossierService dossiers,
                           OrganizationQueries organization, CurrentActor currentActor, DefaultPeriod defaultPeriod) {
        this.currentActor = currentActor;
        this.announcements = announcements;
        this.complaints = complaints;
        this.dossiers = dossiers;
        this.organization = organization;
        this.defaultPeriod = defaultPeriod;
    }

    /** Picks a unit and quarter; the chosen page checks access. */
    @GetMapping("/review/announcements")
    String choose(Model model) {
        Quarter current = defaultPeriod.forReader();
        model.addAttribute("units", organization.units());
        model.addAttribute("year", current.year());
        model.addAttribute("quarter", current.number());
        return "review/announcements";
    }

    @GetMapping(path = "/review/announcements", params = {"unit", "year", "quarter"})
    String chosen(@RequestParam long unit, @RequestParam int year, @RequestParam int quarter,
                  @RequestParam(defaultValue = "announcement") String target) {
        String page = "dossier".equals(target) ? "/review/dossiers/" : "/review/announcements/";
        return "redirect:" + page + unit + "/" + year + "/" + quarter;
    }

    @GetMapping("/review/announcements/{unitId}/{year}/{quarter}")
    String announcement(@PathVariable long unitId, @PathVariable int year, @PathVariable int quarter, Model model) {
        model.addAttribute("announcement", announcements.announcement(unitId, year, quarter));
        return "review/announcement";
    }

    @PostMapping("/review/announcements/{unitId}/{year}/{quarter}")
    String announce(@PathVariable long unitId, @PathVariable int year, @PathVariable int quarter,
                    RedirectAttributes redirect) {
        try {
            announcements.announce(unitId, year, quarter);
            redirect.addFlashAttribute("flashSuccess", "review.announcement.flash.announced");
        } catch (RuleRefusedException refused) {
            redirect.addFlashAttribute("refusalKey", refused.messageKey());
            redirect.addFlashAttribute("refusalArguments", refused.arguments().toArray());
        }
        return "redirect:/review/announcements/" + unitId + "/" + year + "/" + quarter;
    }

    @GetMapping("/review/results")
    String mine(Model model) {
        model.addAttribute("results", announcements.myResults());
        long self = currentActor.get().cadreId().orElse(-1L);
        model.addAttribute("complaints", complaints.visible().stream().filter(c -> c.cadreId() == self).toList());
        model.addAttribute("documents", dossiers.mine());
        return "review/results";
    }

    @PostMapping("/review/results/{ratingId}/complaints")
    String complain(@PathVariable long ratingId, @RequestParam(required = false) String text,
                    RedirectAttributes redirect) {
        try {
            long id = complaints.file(ratingId, text).id();
            redirect.addFlashAttribute("flashSuccess", "review.complaint.flash.filed");
            return "redirect:/review/complaints/" + id;
        } catch (InvalidInputException invalid) {
            redirect.addFlashAttribute("flashError", invalid.violations().get(0).messageKey());
        } catch (RuleRefusedException refused) {
            redirect.addFlashAttribute("refusalKey", refused.messageKey());
            redirect.addFlashAttribute("refusalArguments", refused.arguments().toArray());
        }
        return "redirect:/review/results";
    }
}
