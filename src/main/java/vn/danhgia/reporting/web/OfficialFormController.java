package vn.danhgia.reporting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.danhgia.reporting.forms.CatalogueForms;
import vn.danhgia.reporting.forms.SelfAssessmentForms;
import vn.danhgia.reporting.forms.SelfReviewForms;
import vn.danhgia.reporting.forms.WorkPlanForms;

/**
 * Downloads of the cadre's own official forms as .docx or PDF ({@code …/mau-01.docx}, {@code …/mau-01.pdf}), linked
 * from the pages that show the same data; {@link FormDownloads} checks the format and reads the form before the
 * first byte is sent.
 */
@Controller
class OfficialFormController {

    private final FormDownloads downloads;
    private final WorkPlanForms workPlans;
    private final CatalogueForms catalogues;
    private final SelfAssessmentForms selfAssessments;
    private final SelfReviewForms selfReviews;

    OfficialFormController(FormDownloads downloads, WorkPlanForms workPlans, CatalogueForms catalogues,
                           SelfAssessmentForms selfAssessments, SelfReviewForms selfReviews) {
        this.downloads = downloads;
        this.workPlans = workPlans;
        this.catalogues = catalogues;
        this.selfAssessments = selfAssessments;
        this.selfReviews = selfReviews;
    }

    @GetMapping("/plans/{id}/mau-01.{format}")
    void workPlan(@PathVariable long id, @PathVariable String format, HttpServletResponse response)
            throws IOException {
        downloads.send(format, () -> workPlans.mau01(id), response);
    }

    @GetMapping("/catalog/{versionId}/mau-02.{format}")
    void catalogue(@PathVariable long versionId, @PathVariable String format, HttpServletResponse response)
            throws IOException {
        downloads.send(format, () -> catalogues.mau02(versionId), response);
    }

    @GetMapping("/assessment/self-assessments/{id}/mau-03.{format}")
    void selfAssessment(@PathVariable long id, @PathVariable String format, HttpServletResponse response)
            throws IOException {
        downloads.send(format, () -> selfAssessments.mau03(id), response);
    }

    /** The annual self-review: Mẫu 01, 02A, 02B, 02C or the decree's form, as the record's form says. */
    @GetMapping("/annual/self-reviews/{id}/kiem-diem.{format}")
    void selfReview(@PathVariable long id, @PathVariable String format, HttpServletResponse response)
            throws IOException {
        downloads.send(format, () -> selfReviews.of(id), response);
    }
}
