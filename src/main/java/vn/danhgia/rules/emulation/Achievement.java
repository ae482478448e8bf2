package vn.danhgia.rules.emulation;

import java.util.Objects;

/** An initiative, research project or work recognised at a level in a year (Luật TĐKT 2022 Điều 21–23, 71, 74). */
public record Achievement(AchievementKind kind, RecognitionLevel level, int year) {

    public Achievement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(level, "level");
    }
}
