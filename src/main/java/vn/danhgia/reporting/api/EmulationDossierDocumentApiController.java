package vn.danhgia.reporting.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.danhgia.platform.Attachments;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.reporting.forms.EmulationDossierForms;
import vn.danhgia.reporting.forms.FormDocument;
import vn.danhgia.reporting.forms.FormFormat;
import vn.danhgia.reporting.forms.FormRenderer;

/**
 * The documents of a unit's proposal dossier over the API (issue 14 §5; seed 003 §IV), the same files the pages
 * give: 404 outside the caller's keeping or for a document of none, 409 while the unit's review meeting is not
 * closed, 400 for a format other than docx or pdf; errors as problem+json.
 */
@Tag(name = "Hồ sơ thi đua, khen thưởng")
@RestController
class EmulationDossierDocumentApiController {

    private final EmulationDossierForms forms;
    private final FormRenderer renderer;

    EmulationDossierDocumentApiController(EmulationDossierForms forms, FormRenderer renderer) {
        this.forms = forms;
        this.renderer = renderer;
    }

    @Operation(summary = "Văn bản của hồ sơ đề nghị (to-trinh, bien-ban-binh-xet, bao-cao-thanh-tich) dạng docx "
            + "hoặc pdf, lập từ mẫu thay được")
    @GetMapping(path = "/api/v1/emulation/dossiers/{unitId}/documents/{document}.{format}",
            produces = {"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<byte[]> document(@PathVariable long unitId,
                                    @Parameter(description = "to-trinh, bien-ban-binh-xet hoặc bao-cao-thanh-tich")
                                    @PathVariable String document,
                                    @Parameter(description = "docx hoặc pdf") @PathVariable String format,
                                    @RequestParam int year) {
        FormFormat chosen = FormFormat.ofExtension(format).orElseThrow(() -> new InvalidInputException(
                List.of(FieldViolation.of("format", "forms.refusal.format", format))));
        FormDocument form = forms.document(document, unitId, year);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            renderer.write(form, chosen, bytes);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return Attachments.of(chosen.contentType(), form.fileName() + "." + chosen.extension(), bytes.toByteArray());
    }
}
