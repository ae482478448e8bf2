package vn.danhgia.emulation.history;

import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.emulation.AchievementEntries;
import vn.danhgia.emulation.AchievementEntry;
import vn.danhgia.emulation.Nominee;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.platform.RuleRefusedException;

/** The achievements the Excel import records, through {@link AchievementService} so its rules and audit apply. */
@Service
class ImportedAchievements implements AchievementEntries {

    private final AchievementService achievements;
    private final RecordedAchievementRepository recorded;
    private final HistoryAccess access;
    private final CurrentActor currentActor;

    ImportedAchievements(AchievementService achievements, RecordedAchievementRepository recorded,
                         HistoryAccess access, CurrentActor currentActor) {
        this.achievements = achievements;
        this.recorded = recorded;
        this.access = access;
        this.currentActor = currentActor;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean onRecord(Nominee nominee, String name, int year) {
        if (name == null) {
            return false;
        }
        try {
            if (!access.keeps(currentActor.get(), nominee, access.unitOf(nominee))) {
                return false;
            }
        } catch (RuleRefusedException noUnitKeepsIt) {
            // Recording it is refused with the reason; nothing to compare.
            return false;
        }
        String wanted = normal(name);
        return recorded.findByHolderAndSubjectIdOrderByRecognisedYearAscIdAsc(nominee.holder(), nominee.subjectId())
                .stream().anyMatch(achievement -> achievement.year() == year
                        && normal(achievement.name()).equals(wanted));
    }

    @Override
    public void record(AchievementEntry entry) {
        achievements.record(entry.nominee(), new AchievementDraft(entry.kind(), entry.name(), entry.level(),
                entry.year(), entry.recognisedBy(), entry.recognitionRef()));
    }

    private static String normal(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
