package vn.danhgia.publication.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.publication.DocumentKind;
import vn.danhgia.publication.DossierService;

/**
 * The quarterly dossier page (hồ sơ đánh giá, seed 000 §III.5) with its upload form, and document downloads. Access
 * and file checks are done by {@link DossierService}.
 */
@Controller
class DossierController {

    private final DossierService dossiers;
    private final long maxMegabytes;

    DossierController(DossierService dossiers, @Value("${danhgia.documents.max-size:20MB}") DataSize maxSize) {
        this.dossiers = dossiers;
        this.maxMegabytes = maxSize.toMegabytes();
    }

    @GetMapping("/review/dossiers/{unitId}/{year}/{quarter}")
    String dossier(@PathVariable long unitId, @PathVariable int year, @PathVariable int quarter, Model model) {
        model.addAttribute("dossier", dossiers.dossier(unitId, year, quarter));
        model.addAttribute("kinds", DocumentKind.values());
        model.addAttribute("maxMegabytes", maxMegabytes);
        return "review/dossier";
    }

    @PostMapping("/review/dossiers/{unitId}/{year}/{quarter}/documents")
    String upload(@PathVariable long unitId, @PathVariable int year, @PathVariable int quarter,
                  @RequestParam(required = false) String kind, @RequestParam(required = false) Long cadreId,
                  @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
        try {
            dossiers.upload(unitId, year, quarter, DocumentTransfer.of(kind, cadreId, file));
            redirect.addFlashAttribute("flashSuccess", "review.document.flash.added");
        } catch (InvalidInputException invalid) {
            redirect.addFlashAttribute("flashError", invalid.violations().get(0).messageKey());
        }
        return "redirect:/review/dossiers/" + unitId + "/" + year + "/" + quarter;
    }

    @GetMapping("/review/documents/{id}")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        return DocumentTransfer.attachment(dossiers.download(id));
    }
}
