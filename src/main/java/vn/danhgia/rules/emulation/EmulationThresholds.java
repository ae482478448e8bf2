package vn.danhgia.rules.emulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import vn.danhgia.rules.DisciplineForm;
import vn.danhgia.rules.RatingLevel;

/**
 * The figures of the emulation rules, each a setting of the evaluation scheme with the law's value, or where no
 * source could be found the common practice, as its default (DOMAIN-annual.md §4, §5.5–5.6).
 *
 * @param advancedWorkerMinLevel Lao động tiên tiến: rated "hoàn thành tốt" or above (Luật TĐKT 2022 Điều 24)
 * @param minMonthsWorked Lao động tiên tiến: recruited less than this many months in the year excludes (practice of
 *     the old NĐ 91/2017, not found in NĐ 98/2023)
 * @param maxWorkingDaysOff Lao động tiên tiến: this many working days off or more excludes (same source)
 * @param fighterShareOfAdvanced Chiến sĩ thi đua cơ sở: at most this share of those who are Lao động tiên tiến
 *     (NĐ 98/2023, 15 %, not confirmed in a source)
 * @param fighterShareRounding how a share of people becomes a number (DOWN: "không quá")
 * @param provincialFighterChain Chiến sĩ thi đua cấp tỉnh: this many consecutive Chiến sĩ thi đua cơ sở (Điều 22)
 * @param nationalFighterChain Chiến sĩ thi đua toàn quốc: this many consecutive Chiến sĩ thi đua cấp tỉnh (Điều 21)
 * @param certificateGoodYears Giấy khen: this many consecutive years "hoàn thành tốt" or above (provincial practice)
 * @param provincialMeritExcellentYears Bằng khen Chủ tịch UBND tỉnh: consecutive years HTXS (Điều 74)
 * @param provincialMeritInitiatives Bằng khen Chủ tịch UBND tỉnh: initiatives applied at grassroots level (Điều 74)
 * @param primeMinisterMeritExcellentYears Bằng khen Thủ tướng: consecutive HTXS years after a Bằng khen tỉnh (Điều 71)
 * @param primeMinisterMeritInitiatives Bằng khen Thủ tướng: initiatives in those years (Điều 71)
 * @param advancedCollectiveShare Tập thể lao động tiên tiến: members who are Lao động tiên tiến (Điều 28: "trên 50 %")
 * @param excellentCollectiveShare Tập thể lao động xuất sắc: members who are Lao động tiên tiến (Điều 27: "từ 70 %")
 * @param collectiveDisciplineBar no member disciplined at this form or heavier (Điều 27, 28: "từ cảnh cáo trở lên")
 * @param lateRegistrationBlocks a registration after the plan's deadline counts as none (seed 003 §III.1: "từ đầu năm")
 * @param titleVote council votes in favour for a title or reward not named below (majority)
 * @param fighterVote council votes for Chiến sĩ thi đua cơ sở (common practice, 70 %)
 * @param highFighterVote council votes for Chiến sĩ thi đua cấp tỉnh and toàn quốc, of all members (NĐ 91/2017 Điều
 *     45.8: 90 %)
 */
public record EmulationThresholds(RatingLevel advancedWorkerMinLevel, int minMonthsWorked, int maxWorkingDaysOff,
        BigDecimal fighterShareOfAdvanced, RoundingMode fighterShareRounding, int provincialFighterChain,
        int nationalFighterChain, int certificateGoodYears, int provincialMeritExcellentYears,
        int provincialMeritInitiatives, int primeMinisterMeritExcellentYears, int primeMinisterMeritInitiatives,
        MinimumShare advancedCollectiveShare, MinimumShare excellentCollectiveShare,
        DisciplineForm collectiveDisciplineBar, boolean lateRegistrationBlocks, MinimumShare titleVote,
        MinimumShare fighterVote, MinimumShare highFighterVote) {

    public EmulationThresholds {
        Objects.requireNonNull(advancedWorkerMinLevel, "advancedWorkerMinLevel");
        Objects.requireNonNull(fighterShareOfAdvanced, "fighterShareOfAdvanced");
        Objects.requireNonNull(fighterShareRounding, "fighterShareRounding");
        Objects.requireNonNull(advancedCollectiveShare, "advancedCollectiveShare");
        Objects.requireNonNull(excellentCollectiveShare, "excellentCollectiveShare");
        Objects.requireNonNull(collectiveDisciplineBar, "collectiveDisciplineBar");
        Objects.requireNonNull(titleVote, "titleVote");
        Objects.requireNonNull(fighterVote, "fighterVote");
        Objects.requireNonNull(highFighterVote, "highFighterVote");
        if (fighterShareOfAdvanced.signum() < 0 || fighterShareOfAdvanced.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("The share of Chiến sĩ thi đua cơ sở is from 0 to 1");
        }
        requirePositive(provincialFighterChain, nationalFighterChain, certificateGoodYears,
                provincialMeritExcellentYears, primeMinisterMeritExcellentYears);
        if (minMonthsWorked < 0 || minMonthsWorked > 12 || maxWorkingDaysOff < 1 || provincialMeritInitiatives < 0
                || primeMinisterMeritInitiatives < 0) {
            throw new IllegalArgumentException("Months worked are 0–12, days off at least 1, initiatives not negative");
        }
    }

    /** The law's values (DOMAIN-annual.md §4). */
    public static EmulationThresholds defaults() {
        return new EmulationThresholds(RatingLevel.GOOD, 10, 40, new BigDecimal("0.15"), RoundingMode.DOWN, 3, 2, 2,
                2, 2, 5, 5, MinimumShare.moreThan(50), MinimumShare.atLeast(70), DisciplineForm.WARNING, true,
                MinimumShare.moreThan(50), MinimumShare.atLeast(70), MinimumShare.atLeast(90));
    }

    /** The council's vote a title or reward needs. */
    public MinimumShare voteFor(EmulationTitle title) {
        return switch (title) {
            case GRASSROOTS_EMULATION_FIGHTER -> fighterVote;
            case PROVINCIAL_EMULATION_FIGHTER, NATIONAL_EMULATION_FIGHTER -> highFighterVote;
            default -> titleVote;
        };
    }

    private static void requirePositive(int... values) {
        for (int value : values) {
            if (value < 1) {
                throw new IllegalArgumentException("A run of years is at least one year: " + value);
            }
        }
    }
}
