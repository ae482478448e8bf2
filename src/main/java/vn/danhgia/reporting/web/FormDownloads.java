package vn.danhgia.reporting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.reporting.forms.FormDocument;
import vn.danhgia.reporting.forms.FormFormat;
import vn.danhgia.reporting.forms.FormRenderer;

/**
 * Sends an official form as the download its address names: the format is checked first (docx or pdf, else 400),
 * then the form's data is read (which checks the record and the person's access), and only then is the first byte
 * written, so a refusal shows the error page with its reason in Vietnamese, never half a file.
 */
@Component
class FormDownloads {

    private final FormRenderer renderer;

    FormDownloads(FormRenderer renderer) {
        this.renderer = renderer;
    }

    void send(String extension, Supplier<FormDocument> form, HttpServletResponse response) throws IOException {
        FormFormat format = FormFormat.ofExtension(extension).orElseThrow(() -> new InvalidInputException(
                List.of(FieldViolation.of("format", "forms.refusal.format", extension))));
        FormDocument document = form.get();
        response.setContentType(format.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(document.fileName() + "." + format.extension()).build().toString());
        renderer.write(document, format, response.getOutputStream());
    }
}
