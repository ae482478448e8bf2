package vn.danhgia.rules.emulation;

/** What was recognised: an initiative (sáng kiến), a research project (đề tài khoa học), a work (công trình). */
public enum AchievementKind {
    INITIATIVE,
    RESEARCH,
    WORK;

    public String messageKey() {
        return "emulation.achievement." + name();
    }
}
