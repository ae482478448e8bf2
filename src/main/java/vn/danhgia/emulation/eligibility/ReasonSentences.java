package vn.danhgia.emulation.eligibility;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import vn.danhgia.rules.DisciplineForm;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.emulation.EmulationReason;
import vn.danhgia.rules.emulation.EmulationTitle;
import vn.danhgia.rules.emulation.RecognitionLevel;

/**
 * Each reason of the emulation engine as a sentence in the reader's language (keys emulation.reason.CODE.met and
 * .unmet of the emulationreview bundle), its figures filled in: levels, titles and forms of discipline by their
 * names, numbers and years as written (no thousands separator in "2140").
 */
@Component
public class ReasonSentences {

    private final MessageSource messages;

    ReasonSentences(MessageSource messages) {
        this.messages = messages;
    }

    public String sentence(EmulationReason reason, Locale locale) {
        Object[] arguments = reason.arguments().stream().map(value -> argument(reason, value)).toArray();
        return messages.getMessage(reason.messageKey(), arguments, locale);
    }

    /** The sentences joined for a refusal: "…; …". */
    public String joined(List<EmulationReason> reasons, Locale locale) {
        return String.join("; ", reasons.stream().map(reason -> sentence(reason, locale)).toList());
    }

    private static Object argument(EmulationReason reason, Object value) {
        if (value instanceof RatingLevel level) {
            return new DefaultMessageSourceResolvable(level.messageKey());
        }
        if (value instanceof EmulationTitle title) {
            return new DefaultMessageSourceResolvable(title.messageKey());
        }
        if (value instanceof RecognitionLevel level) {
            return new DefaultMessageSourceResolvable(level.messageKey());
        }
        if (value instanceof DisciplineForm form) {
            return new DefaultMessageSourceResolvable("rule.discipline-form." + form.name());
        }
        if (value instanceof Boolean flag) {
            // A flag reads by what it says of its reason: "trên" or "từ" a share, HTXS or not.
            return new DefaultMessageSourceResolvable("emulation.reason." + reason.code().name() + ".flag." + flag);
        }
        return value instanceof Number number ? number.toString() : value;
    }
}
