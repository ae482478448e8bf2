package vn.danhgia.scheme.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.danhgia.rules.DisciplineForm;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.emulation.EmulationThresholds;
import vn.danhgia.rules.emulation.MinimumShare;

/**
 * The emulation thresholds an administrator stored for an annual calendar (issue 14 §3), one row per calendar. The
 * share of Chiến sĩ thi đua cơ sở is kept as a percentage, as people write it; the rules take it as a fraction.
 */
@Entity
@Table(name = "emulation_settings")
class CalendarEmulationSettings {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Id
    private Long calendarId;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    private RatingLevel advancedWorkerMinLevel;
    private int minMonthsWorked;
    private int maxWorkingDaysOff;
    private BigDecimal fighterSharePercent;
    @Enumerated(EnumType.STRING)
    private RoundingMode fighterShareRounding;
    private int provincialFighterChain;
    private int nationalFighterChain;
    private int certificateGoodYears;
    private int provincialMeritExcellentYears;
    private int provincialMeritInitiatives;
    private int primeMinisterMeritExcellentYears;
    private int primeMinisterMeritInitiatives;
    private int advancedCollectivePercent;
    private boolean advancedCollectiveMoreThan;
    private int excellentCollectivePercent;
    private boolean excellentCollectiveMoreThan;
    @Enumerated(EnumType.STRING)
    private DisciplineForm collectiveDisciplineBar;
    private boolean lateRegistrationBlocks;
    private int titleVotePercent;
    private boolean titleVoteMoreThan;
    private int fighterVotePercent;
    private boolean fighterVoteMoreThan;
    private int highFighterVotePercent;
    private boolean highFighterVoteMoreThan;

    protected CalendarEmulationSettings() {
    }

    CalendarEmulationSettings(long calendarId, EmulationThresholds thresholds) {
        this.calendarId = calendarId;
        change(thresholds);
    }

    long calendarId() {
        return calendarId;
    }

    long version() {
        return version;
    }

    void change(EmulationThresholds thresholds) {
        advancedWorkerMinLevel = thresholds.advancedWorkerMinLevel();
        minMonthsWorked = thresholds.minMonthsWorked();
        maxWorkingDaysOff = thresholds.maxWorkingDaysOff();
        fighterSharePercent = thresholds.fighterShareOfAdvanced().multiply(HUNDRED).stripTrailingZeros();
        fighterShareRounding = thresholds.fighterShareRounding();
        provincialFighterChain = thresholds.provincialFighterChain();
        nationalFighterChain = thresholds.nationalFighterChain();
        certificateGoodYears = thresholds.certificateGoodYears();
        provincialMeritExcellentYears = thresholds.provincialMeritExcellentYears();
        provincialMeritInitiatives = thresholds.provincialMeritInitiatives();
        primeMinisterMeritExcellentYears = thresholds.primeMinisterMeritExcellentYears();
        primeMinisterMeritInitiatives = thresholds.primeMinisterMeritInitiatives();
        advancedCollectivePercent = thresholds.advancedCollectiveShare().percent();
        advancedCollectiveMoreThan = thresholds.advancedCollectiveShare().moreThan();
        excellentCollectivePercent = thresholds.excellentCollectiveShare().percent();
        excellentCollectiveMoreThan = thresholds.excellentCollectiveShare().moreThan();
        collectiveDisciplineBar = thresholds.collectiveDisciplineBar();
        lateRegistrationBlocks = thresholds.lateRegistrationBlocks();
        titleVotePercent = thresholds.titleVote().percent();
        titleVoteMoreThan = thresholds.titleVote().moreThan();
        fighterVotePercent = thresholds.fighterVote().percent();
        fighterVoteMoreThan = thresholds.fighterVote().moreThan();
        highFighterVotePercent = thresholds.highFighterVote().percent();
        highFighterVoteMoreThan = thresholds.highFighterVote().moreThan();
    }

    EmulationThresholds thresholds() {
        return new EmulationThresholds(advancedWorkerMinLevel, minMonthsWorked, maxWorkingDaysOff,
                fighterSharePercent.divide(HUNDRED).stripTrailingZeros(), fighterShareRounding, provincialFighterChain,
                nationalFighterChain, certificateGoodYears, provincialMeritExcellentYears, provincialMeritInitiatives,
                primeMinisterMeritExcellentYears, primeMinisterMeritInitiatives,
                new MinimumShare(advancedCollectivePercent, advancedCollectiveMoreThan),
                new MinimumShare(excellentCollectivePercent, excellentCollectiveMoreThan), collectiveDisciplineBar,
                lateRegistrationBlocks, new MinimumShare(titleVotePercent, titleVoteMoreThan),
                new MinimumShare(fighterVotePercent, fighterVoteMoreThan),
                new MinimumShare(highFighterVotePercent, highFighterVoteMoreThan));
    }
}
