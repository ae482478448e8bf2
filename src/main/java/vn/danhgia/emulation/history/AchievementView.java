package vn.danhgia.emulation.history;

import java.time.Instant;
import java.util.List;
import vn.danhgia.emulation.EmulationHolder;
import vn.danhgia.rules.emulation.AchievementKind;
import vn.danhgia.rules.emulation.RecognitionLevel;

/**
 * An achievement on record with its evidence, as pages and the API show it.
 *
 * @param holderName the cadre's full name or the unit's name
 * @param version    to send back with a correction or a removal
 */
public record AchievementView(long id, long version, EmulationHolder holder, long subjectId, String holderCode,
                              String holderName, long unitId, AchievementKind kind, String name,
                              RecognitionLevel level, int year, String recognisedBy, String recognitionRef,
                              String recordedBy, Instant recordedAt, List<EvidenceView> files) {

    public AchievementView {
        files = List.copyOf(files);
    }
}
