package vn.danhgia.reporting.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import vn.danhgia.organization.UnitId;
import vn.danhgia.publication.AnnouncementService;
import vn.danhgia.publication.PublicNotice;

/**
 * The public notice of a unit's quarter as a form for the notice board. It is read through
 * {@link AnnouncementService#publicNotice}, which lets in every cadre of the unit's body, whoever sees the unit and the
 * administrator, and holds only what may be made public; a quarter with nothing announced has no notice to print.
 */
@Service
public class PublicNoticeForms {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final AnnouncementService announcements;
    private final FormHeaders headers;
    private final MessageSource messages;

    PublicNoticeForms(AnnouncementService announcements, FormHeaders headers, MessageSource messages) {
        this.announcements = announcements;
        this.headers = headers;
        this.messages = messages;
    }

    public FormDocument notice(long unitId, int year, int quarter) {
        PublicNotice notice = announcements.publicNotice(unitId, year, quarter).requireAnnounced();
        String period = messages.getMessage("forms.quarter", new Object[] {quarter, year}, VIETNAMESE);
        List<PublicNoticeForm.Line> lines = new ArrayList<>();
        for (PublicNotice.Line line : notice.lines()) {
            String post = line.posts().isBlank() ? notice.unitName() : line.posts() + ", " + notice.unitName();
            lines.add(new PublicNoticeForm.Line(String.valueOf(lines.size() + 1), line.fullName(), post,
                    messages.getMessage(line.level().messageKey(), null, VIETNAMESE)));
        }
        UnitId unit = new UnitId(unitId);
        // Nghị định 30/2020/NĐ-CP: a notice names its recipients; the notice goes to the cadres it names and to the
        // body's file.
        String recipients = messages.getMessage("forms.notice.recipients.cadres", new Object[] {notice.unitName()},
                VIETNAMESE) + "\n" + messages.getMessage("forms.notice.recipients.file", null, VIETNAMESE);
        PublicNoticeForm form = new PublicNoticeForm(
                headers.numbered(unit, notice.announcedOn(), FormHeaders.DocumentType.TB), period,
                period.substring(0, 1).toLowerCase(VIETNAMESE) + period.substring(1), notice.unitName(),
                notice.bodyName(), lines, recipients, headers.signer(unit, notice.announcedOn()));
        return new FormDocument("thong-bao-cong-khai", "thong-bao-cong-khai-don-vi-" + unitId + "-quy-" + quarter
                + "-" + year, form);
    }
}
