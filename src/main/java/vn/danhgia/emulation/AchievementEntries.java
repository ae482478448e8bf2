package vn.danhgia.emulation;

/**
 * Achievements recorded by the people who keep the holder's history, for the Excel import: the same checks, scope
 * and audit as the achievements page.
 */
public interface AchievementEntries {

    /**
     * Whether the holder has an achievement of the name (letter case and spaces aside) recognised in the year; false
     * for a holder outside the caller's keeping, whose records are not compared.
     */
    boolean onRecord(Nominee nominee, String name, int year);

    /**
     * Records the achievement.
     *
     * @throws vn.danhgia.platform.InvalidInputException naming every field that breaks a rule
     * @throws vn.danhgia.platform.RecordNotFoundException for a holder outside the caller's scope
     * @throws vn.danhgia.platform.AccessRefusedException for a caller who sees the holder but does not keep it
     */
    void record(AchievementEntry entry);
}
