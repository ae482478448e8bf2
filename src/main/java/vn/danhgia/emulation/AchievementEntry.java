package vn.danhgia.emulation;

import vn.danhgia.rules.emulation.AchievementKind;
import vn.danhgia.rules.emulation.RecognitionLevel;

/**
 * An initiative, research project or work to record for a holder (sáng kiến, đề tài, công trình; issue 14 §2), as an
 * import reads it: any value may be missing, which the recording refuses naming the field.
 */
public record AchievementEntry(Nominee nominee, AchievementKind kind, String name, RecognitionLevel level,
                               Integer year, String recognisedBy, String recognitionRef) {
}
