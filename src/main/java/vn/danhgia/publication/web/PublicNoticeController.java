package vn.danhgia.publication.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.danhgia.publication.AnnouncementService;
import vn.danhgia.publication.PublicNotice;
import vn.danhgia.scheme.DefaultPeriod;
import vn.danhgia.scheme.Quarter;

/**
 * The public notices of announced quarterly results (thông báo công khai, seed 002 §4 Bước 6): the list of a quarter's
 * notices the person may read, one unit's notice, and the notice as an .xlsx sheet for the notice board. Who reads
 * what is checked by {@link AnnouncementService}; a bad quarter or year answers 400 with its rule.
 */
@Controller
class PublicNoticeController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final AnnouncementService announcements;
    private final PublicNoticeWorkbook workbook;
    private final DefaultPeriod defaultPeriod;

    PublicNoticeController(AnnouncementService announcements, PublicNoticeWorkbook workbook,
                           DefaultPeriod defaultPeriod) {
        this.announcements = announcements;
        this.workbook = workbook;
        this.defaultPeriod = defaultPeriod;
    }

    /** The notices of a quarter, the reader's default one unless chosen. */
    @GetMapping("/review/notices")
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer quarter,
                Model model) {
        Quarter fallback = year == null || quarter == null ? defaultPeriod.forReader() : null;
        int chosenYear = year == null ? fallback.year() : year;
        int chosenQuarter = quarter == null ? fallback.number() : quarter;
        model.addAttribute("notices", announcements.publicNotices(chosenYear, chosenQuarter));
        model.addAttribute("year", chosenYear);
        model.addAttribute("quarter", chosenQuarter);
        return "review/notices";
    }

    @GetMapping("/review/notices/{unitId}/{year}/{quarter}")
    String notice(@PathVariable long unitId, @PathVariable int year, @PathVariable int quarter, Model model) {
        model.addAttribute("notice", announcements.publicNotice(unitId, year, quarter));
        return "review/notice";
    }

    /** The notice as a sheet to print; refused (409) while the quarter has nothing announced. */
    @GetMapping("/review/notices/{unitId}/{year}/{quarter}/thong-bao-cong-khai.xlsx")
    void xlsx(@PathVariable long unitId, @PathVariable int year, @PathVariable int quarter,
              HttpServletResponse response) throws IOException {
        PublicNotice notice = announcements.publicNotice(unitId, year, quarter).requireAnnounced();
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName(notice, "xlsx")).build().toString());
        workbook.write(notice, response.getOutputStream());
    }

    /** ASCII only: {@code thong-bao-cong-khai-don-vi-12-quy-1-2031.xlsx}. */
    static String fileName(PublicNotice notice, String extension) {
        return "thong-bao-cong-khai-don-vi-" + notice.unitId() + "-quy-" + notice.quarter() + "-" + notice.year()
                + "." + extension;
    }
}
