package vn.danhgia.reporting.emulation;

import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.danhgia.rules.emulation.EmulationReason;
import vn.danhgia.rules.emulation.EmulationReasonCode;
import vn.danhgia.rules.emulation.EmulationTitle;
import vn.danhgia.rules.emulation.RecognitionLevel;

/**
 * The chains about to qualify (issue 14 §6): for the people posted in the reader's scope, each title or reward resting
 * on consecutive years that {@code nextYear} would complete, as the emulation rules count the runs from the titles and
 * yearly levels on record up to {@code year}, with what would still be missing after a best next year.
 */
public record EmulationChains(int year, int nextYear, String bodyName, List<Prospect> prospects) {

    public EmulationChains {
        prospects = List.copyOf(prospects);
    }

    /** One person one year away from one title: the run held, the run needed, the conditions still unmet. */
    public record Prospect(long cadreId, String code, String fullName, String unitName, EmulationTitle title,
                           int yearsHeld, int yearsNeeded, List<EmulationReason> stillMissing) {

        public Prospect {
            stillMissing = List.copyOf(stillMissing);
        }

        /** Each condition still missing as a text to resolve in the reader's language. */
        public List<MessageSourceResolvable> missingTexts() {
            return stillMissing.stream().map(Prospect::text).toList();
        }

        private static MessageSourceResolvable text(EmulationReason reason) {
            if (reason.code() == EmulationReasonCode.ACHIEVEMENTS_AT_LEVEL) {
                // The rules' arguments: the level, how many, how many needed, the first and last year counted.
                List<Object> arguments = reason.arguments();
                RecognitionLevel level = (RecognitionLevel) arguments.get(0);
                return new DefaultMessageSourceResolvable(new String[] {"emulationreports.missing.achievements"},
                        new Object[] {new DefaultMessageSourceResolvable(level.messageKey()),
                                String.valueOf(arguments.get(1)), String.valueOf(arguments.get(2)),
                                String.valueOf(arguments.get(3)), String.valueOf(arguments.get(4))});
            }
            return new DefaultMessageSourceResolvable(new String[] {"emulationreports.missing.other"},
                    new Object[] {reason.code().name(), reason.source()});
        }
    }
}
