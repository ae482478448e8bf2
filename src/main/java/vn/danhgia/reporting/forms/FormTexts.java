package vn.danhgia.reporting.forms;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.danhgia.scheme.Quarter;

/**
 * The words forms print besides their data. The forms are Vietnamese documents sent up the hierarchy, so their text is
 * always taken from the Vietnamese bundles, whatever language the person's screen uses; days are days in Vietnam.
 */
@Component
public class FormTexts {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource messages;
    private final Clock clock;

    FormTexts(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    public String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, VIETNAMESE);
    }

    /** "Quý I năm 2027". */
    public String quarter(Quarter quarter) {
        return text("forms.quarter", quarter.number(), quarter.year());
    }

    /** "Đã phê duyệt ngày 20/12/2026" once approved, else the record's state named by its message key. */
    public String approval(boolean approved, Instant decidedAt, String statusKey) {
        return approved && decidedAt != null ? text("forms.approved", FormFigures.date(day(decidedAt)))
                : text(statusKey);
    }

    /** The day of the moment in Vietnam; today when there is none yet. */
    public LocalDate day(Instant moment) {
        return moment == null ? LocalDate.now(clock) : LocalDate.ofInstant(moment, clock.getZone());
    }
}
