package vn.danhgia.imports.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.danhgia.imports.ImportKind;
import vn.danhgia.imports.ImportReport;
import vn.danhgia.imports.ImportService;
import vn.danhgia.imports.internal.ImportWorkbook;
import vn.danhgia.platform.RecordNotFoundException;

/**
 * The imports page: a template and an upload per kind the person may import; an upload answers with the dry run's
 * report, from which a file without problems is confirmed. Refusals (a kind the person may not import, an upload
 * that is not theirs) come from the service and are shown by the platform's refusal pages.
 */
@Controller
@RequestMapping("/imports")
class ImportController {

    /** Largest file accepted: a template filled with {@code ImportWorkbook.MAX_ROWS} rows is far below it. */
    static final long MAX_BYTES = 5L * 1024 * 1024;
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ImportService imports;

    ImportController(ImportService imports) {
        this.imports = imports;
    }

    @GetMapping
    String index(Model model) {
        model.addAttribute("kinds", imports.kinds());
        model.addAttribute("maxMegabytes", MAX_BYTES / (1024 * 1024));
        model.addAttribute("maxRows", ImportWorkbook.MAX_ROWS);
        return "imports/index";
    }

    @GetMapping("/{slug}/template.xlsx")
    ResponseEntity<byte[]> template(@PathVariable String slug) {
        ImportKind kind = kind(slug);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("mau-nhap-" + kind.slug() + ".xlsx").build().toString())
                .body(imports.template(kind));
    }

    @PostMapping("/{slug}/preview")
    String preview(@PathVariable String slug, @RequestParam(required = false) MultipartFile file, Model model,
                   RedirectAttributes redirect) {
        ImportKind kind = kind(slug);
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("flashError", "imports.file.none");
            return "redirect:/imports";
        }
        if (file.getSize() > MAX_BYTES) {
            redirect.addFlashAttribute("flashError", "imports.file.too-large");
            return "redirect:/imports";
        }
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        return report(imports.preview(kind, name.length() > 255 ? name.substring(0, 255) : name, bytes(file)),
                model);
    }

    @PostMapping("/{slug}/confirm")
    String confirm(@PathVariable String slug, @RequestParam long uploadId, Model model) {
        return report(imports.confirm(kind(slug), uploadId), model);
    }

    private static String report(ImportReport report, Model model) {
        model.addAttribute("report", report);
        return "imports/report";
    }

    private static ImportKind kind(String slug) {
        return ImportKind.fromSlug(slug).orElseThrow(() -> new RecordNotFoundException("IMPORT_KIND", 0));
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException reading) {
            throw new UncheckedIOException(reading);
        }
    }
}
