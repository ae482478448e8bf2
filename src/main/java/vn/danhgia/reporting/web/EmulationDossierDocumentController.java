package vn.danhgia.reporting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.danhgia.reporting.forms.EmulationDossierForms;

/**
 * The documents of a unit's proposal dossier (seed 003 §IV: Tờ trình, Biên bản họp bình xét, Báo cáo thành tích) as
 * .docx or PDF, linked from the dossier's page. Access is checked when the closed review is read, before the first
 * byte is sent.
 */
@Controller
class EmulationDossierDocumentController {

    private final FormDownloads downloads;
    private final EmulationDossierForms forms;

    EmulationDossierDocumentController(FormDownloads downloads, EmulationDossierForms forms) {
        this.downloads = downloads;
        this.forms = forms;
    }

    @GetMapping("/emulation/dossiers/{unitId}/{document}.{format}")
    void document(@PathVariable long unitId, @PathVariable String document, @PathVariable String format,
                  @RequestParam int year, HttpServletResponse response) throws IOException {
        downloads.send(format, () -> forms.document(document, unitId, year), response);
    }
}
