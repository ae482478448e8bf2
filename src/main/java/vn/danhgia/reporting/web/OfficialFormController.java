package vn.danhgia.reporting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.reporting.forms.CatalogueForms;
import vn.danhgia.reporting.forms.FormDocument;
import vn.danhgia.reporting.forms.FormFormat;
import vn.danhgia.reporting.forms.FormRenderer;
import vn.danhgia.reporting.forms.SelfAssessmentForms;
import vn.danhgia.reporting.forms.WorkPlanForms;

/**
 * Downloads of the official forms as .docx or PDF ({@code …/mau-01.docx}, {@code …/mau-01.pdf}), linked from the
 * pages that show the same data. The format and the record are checked, and the form's data read, before the first
 * byte is sent: a refusal shows the error page with its reason in Vietnamese, never half a file.
 */
@Controller
class OfficialFormController {

    private final FormRenderer renderer;
    private final WorkPlanForms workPlans;
    private final CatalogueForms catalogues;
    private final SelfAssessmentForms selfAssessments;

    OfficialFormController(FormRenderer renderer, WorkPlanForms workPlans, CatalogueForms catalogues,
                           SelfAssessmentForms selfAssessments) {
        this.renderer = renderer;
        this.workPlans = workPlans;
        this.catalogues = catalogues;
        this.selfAssessments = selfAssessments;
    }

    @GetMapping("/plans/{id}/mau-01.{format}")
    void workPlan(@PathVariable long id, @PathVariable String format, HttpServletResponse response)
            throws IOException {
        FormFormat chosen = format(format);
        send(workPlans.mau01(id), chosen, response);
    }

    @GetMapping("/catalog/{versionId}/mau-02.{format}")
    void catalogue(@PathVariable long versionId, @PathVariable String format, HttpServletResponse response)
            throws IOException {
        FormFormat chosen = format(format);
        send(catalogues.mau02(versionId), chosen, response);
    }

    @GetMapping("/assessment/self-assessments/{id}/mau-03.{format}")
    void selfAssessment(@PathVariable long id, @PathVariable String format, HttpServletResponse response)
            throws IOException {
        FormFormat chosen = format(format);
        send(selfAssessments.mau03(id), chosen, response);
    }

    private static FormFormat format(String extension) {
        return FormFormat.ofExtension(extension).orElseThrow(() -> new InvalidInputException(
                List.of(FieldViolation.of("format", "forms.refusal.format", extension))));
    }

    private void send(FormDocument form, FormFormat format, HttpServletResponse response) throws IOException {
        response.setContentType(format.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(form.fileName() + "." + format.extension()).build().toString());
        renderer.write(form, format, response.getOutputStream());
    }
}
