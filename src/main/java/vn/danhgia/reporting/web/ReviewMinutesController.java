package vn.danhgia.reporting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.danhgia.reporting.forms.ReviewMinutesForms;

/**
 * The minutes of a review meeting (biên bản hội nghị kiểm điểm) as .docx or PDF, linked from the meeting's page.
 * Access is checked when the meeting is read, before the first byte is sent.
 */
@Controller
class ReviewMinutesController {

    private final FormDownloads downloads;
    private final ReviewMinutesForms minutes;

    ReviewMinutesController(FormDownloads downloads, ReviewMinutesForms minutes) {
        this.downloads = downloads;
        this.minutes = minutes;
    }

    @GetMapping("/annual/meetings/{id}/bien-ban.{format}")
    void minutes(@PathVariable long id, @PathVariable String format, HttpServletResponse response)
            throws IOException {
        downloads.send(format, () -> minutes.minutes(id), response);
    }
}
