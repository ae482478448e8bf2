package vn.danhgia.annual.dossier.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danhgia.annual.dossier.AnnualDossierService;
import vn.danhgia.annual.dossier.AnnualProgress;
import vn.danhgia.annual.dossier.DossierFile;
import vn.danhgia.annual.dossier.SubjectRef;
import vn.danhgia.platform.Attachments;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.web.RedirectedRefusals;
import vn.danhgia.rules.annual.AnnualDossierItem;
import vn.danhgia.scheme.YearUnderReview;

/**
 * The year-end dossier pages (seed 003 §2.1 a): a unit's dossiers with their completeness and the package sent
 * upward, one subject's checklist with its uploads and "not applicable" marks, and the annual progress board. A
 * refused change comes back as a message above the item or the package (post-redirect-get); access and file checks
 * are {@link AnnualDossierService}'s.
 */
@Controller
class AnnualDossierController {

    private final AnnualDossierService dossiers;
    private final AnnualProgress progress;
    private final YearUnderReview yearUnderReview;

    AnnualDossierController(AnnualDossierService dossiers, AnnualProgress progress, YearUnderReview yearUnderReview) {
        this.dossiers = dossiers;
        this.progress = progress;
        this.yearUnderReview = yearUnderReview;
    }

    @GetMapping("/annual/dossiers")
    String unit(@RequestParam(required = false) Long unit, @RequestParam(required = false) Integer year,
                Model model) {
        int chosenYear = yearUnderReview.orNow(year);
        model.addAttribute("year", chosenYear);
        if (unit == null) {
            model.addAttribute("units", dossiers.keptUnits(chosenYear));
            return "annual/dossier-units";
        }
        model.addAttribute("unit", dossiers.unitDossiers(unit, chosenYear));
        return "annual/dossiers";
    }

    @GetMapping("/annual/dossiers/{subject}")
    String subject(@PathVariable String subject, @RequestParam(required = false) Integer year, Model model) {
        int chosenYear = yearUnderReview.orNow(year);
        model.addAttribute("dossier", dossiers.dossier(subjectOf(subject), chosenYear));
        model.addAttribute("year", chosenYear);
        return "annual/dossier";
    }

    @PostMapping("/annual/dossiers/{subject}/items/{item}")
    String upload(@PathVariable String subject, @PathVariable String item, @RequestParam int year,
                  @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
        SubjectRef ref = subjectOf(subject);
        attempt(redirect, item, () -> {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException(List.of(FieldViolation.of("file", "annual.dossier.file.required")));
            }
            try {
                dossiers.upload(ref, year, itemOf(item), file.getOriginalFilename(), file.getInputStream());
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
        }, "annual.dossier.flash.uploaded");
        return "redirect:/annual/dossiers/" + ref.key() + "?year=" + year;
    }

    @PostMapping("/annual/dossiers/{subject}/items/{item}/not-applicable")
    String notApplicable(@PathVariable String subject, @PathVariable String item, @RequestParam int year,
                         @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        SubjectRef ref = subjectOf(subject);
        attempt(redirect, item, () -> dossiers.markNotApplicable(ref, year, itemOf(item), reason),
                "annual.dossier.flash.not-applicable");
        return "redirect:/annual/dossiers/" + ref.key() + "?year=" + year;
    }

    @PostMapping("/annual/dossiers/send")
    String send(@RequestParam long unit, @RequestParam int year, RedirectAttributes redirect) {
        attempt(redirect, "package", () -> dossiers.send(unit, year), "annual.dossier.flash.sent");
        return "redirect:/annual/dossiers?unit=" + unit + "&year=" + year;
    }

    @GetMapping("/annual/dossiers/files/{entryId}")
    ResponseEntity<byte[]> file(@PathVariable long entryId) {
        return attachment(dossiers.entryFile(entryId));
    }

    @GetMapping("/annual/dossiers/packages/{packageId}")
    ResponseEntity<byte[]> packageFile(@PathVariable long packageId) {
        return attachment(dossiers.packageFile(packageId));
    }

    @GetMapping("/annual/progress")
    String progress(@RequestParam(required = false) Long unit, @RequestParam(required = false) Integer year,
                    Model model) {
        int chosenYear = yearUnderReview.orNow(year);
        model.addAttribute("year", chosenYear);
        if (unit == null) {
            model.addAttribute("units", progress.unitsToChoose(chosenYear));
            return "annual/progress-units";
        }
        model.addAttribute("progress", progress.of(unit, chosenYear));
        return "annual/progress";
    }

    static ResponseEntity<byte[]> attachment(DossierFile file) {
        return Attachments.of(file.contentType(), file.fileName(), file.bytes());
    }

    static SubjectRef subjectOf(String subject) {
        SubjectRef ref = SubjectRef.parse(subject);
        if (ref == null) {
            throw new RecordNotFoundException(AnnualDossierService.RECORD_TYPE, subject);
        }
        return ref;
    }

    static AnnualDossierItem itemOf(String item) {
        for (AnnualDossierItem candidate : AnnualDossierItem.values()) {
            if (candidate.name().equals(item)) {
                return candidate;
            }
        }
        return null;
    }

    private static void attempt(RedirectAttributes redirect, String about, Runnable change, String success) {
        RedirectedRefusals.attempt(redirect, about, change, success, "annual.dossier.refused.stale");
    }
}
