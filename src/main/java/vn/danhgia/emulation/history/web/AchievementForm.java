package vn.danhgia.emulation.history.web;

import vn.danhgia.emulation.history.AchievementDraft;
import vn.danhgia.rules.emulation.AchievementKind;
import vn.danhgia.rules.emulation.RecognitionLevel;

/** The form recording an achievement on a unit's achievements page; {@code holder} is a holder's key. */
class AchievementForm {

    private String holder;
    private AchievementKind kind;
    private String name;
    private RecognitionLevel level;
    private Integer year;
    private String recognisedBy;
    private String recognitionRef;

    AchievementDraft toDraft() {
        return new AchievementDraft(kind, name, level, year, recognisedBy, recognitionRef);
    }

    public String getHolder() {
        return holder;
    }

    public void setHolder(String holder) {
        this.holder = holder;
    }

    public AchievementKind getKind() {
        return kind;
    }

    public void setKind(AchievementKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public RecognitionLevel getLevel() {
        return level;
    }

    public void setLevel(RecognitionLevel level) {
        this.level = level;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getRecognisedBy() {
        return recognisedBy;
    }

    public void setRecognisedBy(String recognisedBy) {
        this.recognisedBy = recognisedBy;
    }

    public String getRecognitionRef() {
        return recognitionRef;
    }

    public void setRecognitionRef(String recognitionRef) {
        this.recognitionRef = recognitionRef;
    }
}
