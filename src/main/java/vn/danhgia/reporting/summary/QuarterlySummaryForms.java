package vn.danhgia.reporting.summary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.organization.UnitId;
import vn.danhgia.platform.RuleRefusedException;
import vn.danhgia.reporting.forms.FormDocument;
import vn.danhgia.reporting.forms.FormHeaders;
import vn.danhgia.reporting.forms.FormSigner;
import vn.danhgia.reporting.forms.QuarterlySummaryForm;

/**
 * Mẫu 04, 05 and 06 as Word and PDF forms: the same request checks, scope and rows as the .xlsx of
 * {@link QuarterlyReportService} (the same statement, the same columns, the same counts per level), laid out on the
 * seed's landscape template. A Word or PDF document is built whole in memory, unlike the streamed .xlsx, so a table
 * longer than {@link #MOST_ROWS} lines is refused with a pointer to the .xlsx.
 */
@Service
public class QuarterlySummaryForms {

    static final int MOST_ROWS = 2000;

    private final QuarterlyReportService reports;
    private final FormHeaders headers;
    private final MessageSource messages;
    private final Clock clock;

    QuarterlySummaryForms(QuarterlyReportService reports, FormHeaders headers, MessageSource messages, Clock clock) {
        this.reports = reports;
        this.headers = headers;
        this.messages = messages;
        this.clock = clock;
    }

    /** The form of the quarter and unit; 400 for a wrong form, year, quarter or unit, 403 without a reporting role. */
    @Transactional(readOnly = true)
    public FormDocument summary(String formSlug, String year, String quarter, Long unit) {
        QuarterlyReport report = reports.prepare(formSlug, year, quarter, unit);
        QuarterlyForm form = report.form();
        Function<String, String> text = key -> messages.getMessage(key, null, QuarterlyReportService.VIETNAMESE);
        LevelCounts counts = new LevelCounts();
        List<QuarterlySummaryForm.Row> rows = new ArrayList<>();
        reports.lines(report, line -> {
            if (rows.size() == MOST_ROWS) {
                throw new RuleRefusedException("forms2.summary.tooLong", MOST_ROWS, form.slug());
            }
            counts.add(form.level(line));
            rows.add(new QuarterlySummaryForm.Row(String.valueOf(rows.size() + 1), line.fullName(),
                    QuarterlyWorkbook.join(line.positionTitle(), line.unitName()),
                    QuarterlyWorkbook.levelName(line.selfProposedLevel(), text),
                    QuarterlyWorkbook.levelName(form.level(line), text), form.reasons(line), ""));
        });
        List<QuarterlySummaryForm.Count> lines = counts.lines(text).stream()
                .map(count -> new QuarterlySummaryForm.Count(count.label(), String.valueOf(count.count()))).toList();
        LocalDate today = LocalDate.now(clock);
        Optional<UnitId> body = report.bodyUnit().map(option -> new UnitId(option.id()));
        QuarterlySummaryForm data = new QuarterlySummaryForm(
                body.map(issuer -> headers.numbered(issuer, today, FormHeaders.DocumentType.BC))
                        .orElseGet(() -> headers.ofBody(report.bodyName(), today)),
                report.quarter().roman() + "/" + report.quarter().year(), rows, lines,
                body.map(issuer -> headers.signer(issuer, today)).orElseGet(() -> new FormSigner("", "", "")));
        String fileName = report.fileName();
        return new FormDocument(form.slug(), fileName.substring(0, fileName.lastIndexOf('.')), data);
    }
}
