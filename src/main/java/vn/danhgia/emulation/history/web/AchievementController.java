package vn.danhgia.emulation.history.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danhgia.emulation.Nominee;
import vn.danhgia.emulation.history.AchievementService;
import vn.danhgia.emulation.history.EvidenceContent;
import vn.danhgia.platform.Attachments;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.web.RedirectedRefusals;
import vn.danhgia.rules.emulation.AchievementKind;
import vn.danhgia.rules.emulation.RecognitionLevel;
import vn.danhgia.scheme.YearUnderReview;

/**
 * A unit's achievements of a year (sáng kiến, đề tài, công trình; issue 14 §2) with the form recording one for the
 * unit or one of its people, the upload of evidence, the correction and the removal. Access and file checks are
 * {@link AchievementService}'s; a refusal comes back as a message beside the form (post-redirect-get).
 */
@Controller
class AchievementController {

    private final AchievementService achievements;
    private final YearUnderReview yearUnderReview;

    AchievementController(AchievementService achievements, YearUnderReview yearUnderReview) {
        this.achievements = achievements;
        this.yearUnderReview = yearUnderReview;
    }

    @GetMapping("/emulation/achievements")
    String list(@RequestParam(required = false) Long unit, @RequestParam(required = false) Integer year,
                Model model) {
        int chosenYear = yearUnderReview.orNow(year);
        model.addAttribute("year", chosenYear);
        if (unit == null) {
            model.addAttribute("units", achievements.keptUnits());
            return "emulation/achievement-units";
        }
        model.addAttribute("unitId", unit);
        model.addAttribute("achievements", achievements.ofUnit(unit, chosenYear));
        model.addAttribute("holders", achievements.holdersOf(unit));
        model.addAttribute("kinds", AchievementKind.values());
        model.addAttribute("levels", RecognitionLevel.values());
        return "emulation/achievements";
    }

    @PostMapping("/emulation/achievements")
    String record(@RequestParam long unit, @ModelAttribute AchievementForm form, BindingResult ignored,
                  RedirectAttributes redirect) {
        attempt(redirect, "record", () -> achievements.record(holderOf(form.getHolder()), form.toDraft()),
                "emulationhistory.flash.recorded");
        return back(unit, form.getYear());
    }

    @PostMapping("/emulation/achievements/{id}/files")
    String attach(@PathVariable long id, @RequestParam long unit, @RequestParam int year,
                  @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
        attempt(redirect, "achievement-" + id, () -> {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException(List.of(FieldViolation.of("file",
                        "emulationhistory.file.required")));
            }
            try {
                achievements.attach(id, file.getOriginalFilename(), file.getInputStream());
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
        }, "emulationhistory.flash.attached");
        return back(unit, year);
    }

    @PostMapping("/emulation/achievements/{id}/correct")
    String correct(@PathVariable long id, @RequestParam long version, @RequestParam long unit,
                   @ModelAttribute AchievementForm form, BindingResult ignored, RedirectAttributes redirect) {
        attempt(redirect, "achievement-" + id, () -> achievements.correct(id, version, form.toDraft()),
                "emulationhistory.flash.corrected");
        return back(unit, form.getYear());
    }

    @PostMapping("/emulation/achievements/{id}/remove")
    String remove(@PathVariable long id, @RequestParam long version, @RequestParam long unit, @RequestParam int year,
                  RedirectAttributes redirect) {
        attempt(redirect, "achievement-" + id, () -> achievements.remove(id, version),
                "emulationhistory.flash.removed");
        return back(unit, year);
    }

    @GetMapping("/emulation/achievements/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable long fileId) {
        EvidenceContent file = achievements.file(fileId);
        return Attachments.of(file.contentType(), file.fileName(), file.bytes());
    }

    private static Nominee holderOf(String key) {
        Nominee nominee = Nominee.ofKey(key).orElse(null);
        if (nominee == null) {
            throw new InvalidInputException(List.of(FieldViolation.of("holder",
                    "emulationhistory.achievement.holder.required")));
        }
        return nominee;
    }

    private String back(long unit, Integer year) {
        return "redirect:/emulation/achievements?unit=" + unit + "&year=" + yearUnderReview.orNow(year);
    }

    private static void attempt(RedirectAttributes redirect, String about, Runnable change, String success) {
        RedirectedRefusals.attemptShowingAccessRefusal(redirect, about, change, success,
                "emulationhistory.refused.stale");
    }
}
