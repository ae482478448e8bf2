package vn.danhgia.reporting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.danhgia.reporting.forms.CouncilMinutesForms;
import vn.danhgia.reporting.forms.PublicNoticeForms;
import vn.danhgia.reporting.summary.QuarterlySummaryForms;

/**
 * Downloads of the rating documents as .docx or PDF, linked from the pages that show the same data: the council's
 * minutes (biên bản, from the minutes page), the public notice (thông báo công khai, from the notice page) and the
 * Mẫu 04/05/06 summary tables (from the progress board, beside their .xlsx). Access and the request are checked by
 * the services that read the data, before the first byte is sent.
 */
@Controller
class RatingFormController {

    private final FormDownloads downloads;
    private final CouncilMinutesForms minutes;
    private final PublicNoticeForms notices;
    private final QuarterlySummaryForms summaries;

    RatingFormController(FormDownloads downloads, CouncilMinutesForms minutes, PublicNoticeForms notices,
                         QuarterlySummaryForms summaries) {
        this.downloads = downloads;
        this.minutes = minutes;
        this.notices = notices;
        this.summaries = summaries;
    }

    @GetMapping("/review/councils/sessions/{id}/bien-ban.{format}")
    void minutes(@PathVariable long id, @PathVariable String format, HttpServletResponse response)
            throws IOException {
        downloads.send(format, () -> minutes.minutes(id), response);
    }

    @GetMapping("/review/notices/{unitId}/{year}/{quarter}/thong-bao-cong-khai.{format}")
    void notice(@PathVariable long unitId, @PathVariable int year, @PathVariable int quarter,
                @PathVariable String format, HttpServletResponse response) throws IOException {
        downloads.send(format, () -> notices.notice(unitId, year, quarter), response);
    }

    /** Mẫu 04/05/06 as Word or PDF; the .xlsx of the same address is streamed by the quarterly report controller. */
    @GetMapping("/reports/quarterly/{form}.{format}")
    void summary(@PathVariable String form, @PathVariable String format,
                 @RequestParam(required = false) String year, @RequestParam(required = false) String quarter,
                 @RequestParam(required = false) Long unit, HttpServletResponse response) throws IOException {
        downloads.send(format, () -> summaries.summary(form, year, quarter, unit), response);
    }
}
