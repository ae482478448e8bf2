package vn.danhgia.publication.web;

import java.util.List;
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
import vn.danhgia.platform.Role;
import vn.danhgia.publication.ComplaintService;
import vn.danhgia.publication.ComplaintView;

/**
 * Complaints (khiếu nại, kiến nghị) for the inspection committee (seed 000 §IV.4): the list, a complaint with its
 * assignment and answer forms. Access is checked by {@link ComplaintService}.
 */
@Controller
@RequestMapping("/review/complaints")
class ComplaintController {

    private final ComplaintService complaints;
    private final CurrentActor currentActor;

    ComplaintController(ComplaintService complaints, CurrentActor currentActor) {
        this.complaints = complaints;
        this.currentActor = currentActor;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("complaints", complaints.visible());
        return "review/complaints";
    }

    @GetMapping("/{id}")
    String complaint(@PathVariable long id, Model model) {
        ComplaintView complaint = complaints.get(id);
        var actor = currentActor.get();
        boolean handles = actor.has(Role.INSPECTION) && !actor.isCadre(complaint.cadreId())
                && !complaint.status().answered();
        model.addAttribute("complaint", complaint);
        model.addAttribute("mayAssign", handles);
        model.addAttribute("mayAnswer", handles && complaint.assignedCadreId() != null
                && actor.isCadre(complaint.assignedCadreId()));
        model.addAttribute("inspectors", handles ? complaints.inspectors() : List.of());
        return "review/complaint";
    }

    @PostMapping("/{id}/assignment")
    String assign(@PathVariable long id, @RequestParam long version,
                  @RequestParam(required = false) Long inspectorCadreId, RedirectAttributes redirect) {
        try {
            complaints.assign(id, version, inspectorCadreId == null ? -1 : inspectorCadreId);
            redirect.addFlashAttribute("flashSuccess", "review.complaint.flash.assigned");
        } catch (InvalidInputException invalid) {
            redirect.addFlashAttribute("flashError", invalid.violations().get(0).messageKey());
        }
        return "redirect:/review/complaints/" + id;
    }

    @PostMapping("/{id}/answer")
    String answer(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String outcome,
                  @RequestParam(required = false) String answer, RedirectAttributes redirect) {
        if (!"UPHELD".equals(outcome) && !"REJECTED".equals(outcome)) {
            redirect.addFlashAttribute("flashError", "review.complaint.outcomeRequired");
            return "redirect:/review/complaints/" + id;
        }
        try {
            complaints.answer(id, version, "UPHELD".equals(outcome), answer);
            redirect.addFlashAttribute("flashSuccess", "review.complaint.flash.answered");
        } catch (InvalidInputException invalid) {
            redirect.addFlashAttribute("flashError", invalid.violations().get(0).messageKey());
        }
        return "redirect:/review/complaints/" + id;
    }
}
