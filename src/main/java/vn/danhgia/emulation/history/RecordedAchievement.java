package vn.danhgia.emulation.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.danhgia.emulation.EmulationHolder;
import vn.danhgia.emulation.Nominee;
import vn.danhgia.rules.emulation.AchievementKind;
import vn.danhgia.rules.emulation.RecognitionLevel;

/**
 * An initiative, research project or work on record (sáng kiến, đề tài, công trình) with the level, year and body
 * that recognised it. Its holder never changes; what was recognised may be corrected.
 */
@Entity
@Table(name = "emulation_achievement")
class RecordedAchievement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private EmulationHolder holder;

    private long subjectId;

    private long unitId;

    @Enumerated(EnumType.STRING)
    private AchievementKind kind;

    private String name;

    @Enumerated(EnumType.STRING)
    private RecognitionLevel recognitionLevel;

    private int recognisedYear;

    private String recognisedBy;

    @Column(name = "recognition_ref")
    private String recognitionRef;

    private String recordedBy;

    private Instant recordedAt;

    @Version
    private long version;

    protected RecordedAchievement() {
    }

    RecordedAchievement(Nominee nominee, long unitId, AchievementDraft.Checked what, String by, Instant at) {
        this.holder = nominee.holder();
        this.subjectId = nominee.subjectId();
        this.unitId = unitId;
        this.recordedBy = by;
        this.recordedAt = at;
        correct(what);
    }

    void correct(AchievementDraft.Checked what) {
        this.kind = what.kind();
        this.name = what.name();
        this.recognitionLevel = what.level();
        this.recognisedYear = what.year();
        this.recognisedBy = what.recognisedBy();
        this.recognitionRef = what.recognitionRef();
    }

    /** What the audit trail keeps of it. */
    Map<String, Object> audited() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("emulationHolder", holder.name());
        values.put("holderId", subjectId);
        values.put("achievementKind", kind.name());
        values.put("achievementName", name);
        values.put("recognitionLevel", recognitionLevel.name());
        values.put("recognisedYear", recognisedYear);
        values.put("recognisedBy", recognisedBy);
        values.put("recognitionRef", recognitionRef);
        return values;
    }

    Long getId() {
        return id;
    }

    Nominee nominee() {
        return new Nominee(holder, subjectId);
    }

    long unitId() {
        return unitId;
    }

    AchievementKind kind() {
        return kind;
    }

    String name() {
        return name;
    }

    RecognitionLevel level() {
        return recognitionLevel;
    }

    int year() {
        return recognisedYear;
    }

    String recognisedBy() {
        return recognisedBy;
    }

    String recognitionRef() {
        return recognitionRef;
    }

    String recordedBy() {
        return recordedBy;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    long version() {
        return version;
    }
}
