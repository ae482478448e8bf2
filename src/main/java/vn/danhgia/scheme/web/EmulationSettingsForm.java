package vn.danhgia.scheme.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.springframework.validation.BindingResult;
import vn.danhgia.rules.DisciplineForm;
import vn.danhgia.rules.RatingLevel;
import vn.danhgia.rules.emulation.EmulationThresholds;
import vn.danhgia.rules.emulation.MinimumShare;
import vn.danhgia.scheme.EmulationSettingsAdministration;
import vn.danhgia.scheme.EmulationSettingsView;

/**
 * The emulation thresholds' form: one field per threshold, the shares as a percentage with "more than" beside it. A
 * value out of its range is refused beside its field with the range in words; nothing is stored then.
 */
public class EmulationSettingsForm {

    /** The levels Lao động tiên tiến may ask for: "không hoàn thành" would make the title meaningless. */
    static final List<RatingLevel> WORKER_LEVELS = List.of(RatingLevel.EXCELLENT, RatingLevel.GOOD,
            RatingLevel.COMPLETED);
    /** The ways a share of people becomes a whole number. */
    static final List<RoundingMode> ROUNDINGS = List.of(RoundingMode.DOWN, RoundingMode.HALF_UP, RoundingMode.UP);

    private static final int MAX_YEARS = 20;
    private static final int MAX_INITIATIVES = 50;
    private static final String RANGE = "emulation.settings.violation.range";
    private static final String REQUIRED = "emulation.settings.violation.required";

    private Long version;
    private RatingLevel advancedWorkerMinLevel;
    private Integer minMonthsWorked;
    private Integer maxWorkingDaysOff;
    private BigDecimal fighterSharePercent;
    private RoundingMode fighterShareRounding;
    private Integer provincialFighterChain;
    private Integer nationalFighterChain;
    private Integer certificateGoodYears;
    private Integer provincialMeritExcellentYears;
    private Integer provincialMeritInitiatives;
    private Integer primeMinisterMeritExcellentYears;
    private Integer primeMinisterMeritInitiatives;
    private Integer advancedCollectivePercent;
    private boolean advancedCollectiveMoreThan;
    private Integer excellentCollectivePercent;
    private boolean excellentCollectiveMoreThan;
    private DisciplineForm collectiveDisciplineBar;
    private boolean lateRegistrationBlocks;
    private Integer titleVotePercent;
    private boolean titleVoteMoreThan;
    private Integer fighterVotePercent;
    private boolean fighterVoteMoreThan;
    private Integer highFighterVotePercent;
    private boolean highFighterVoteMoreThan;

    static EmulationSettingsForm of(EmulationSettingsView view) {
        EmulationThresholds t = view.thresholds();
        EmulationSettingsForm form = new EmulationSettingsForm();
        form.version = view.version();
        form.advancedWorkerMinLevel = t.advancedWorkerMinLevel();
        form.minMonthsWorked = t.minMonthsWorked();
        form.maxWorkingDaysOff = t.maxWorkingDaysOff();
        form.fighterSharePercent = EmulationSettingsAdministration.Snapshot.percent(t.fighterShareOfAdvanced());
        form.fighterShareRounding = t.fighterShareRounding();
        form.provincialFighterChain = t.provincialFighterChain();
        form.nationalFighterChain = t.nationalFighterChain();
        form.certificateGoodYears = t.certificateGoodYears();
        form.provincialMeritExcellentYears = t.provincialMeritExcellentYears();
        form.provincialMeritInitiatives = t.provincialMeritInitiatives();
        form.primeMinisterMeritExcellentYears = t.primeMinisterMeritExcellentYears();
        form.primeMinisterMeritInitiatives = t.primeMinisterMeritInitiatives();
        form.advancedCollectivePercent = t.advancedCollectiveShare().percent();
        form.advancedCollectiveMoreThan = t.advancedCollectiveShare().moreThan();
        form.excellentCollectivePercent = t.excellentCollectiveShare().percent();
        form.excellentCollectiveMoreThan = t.excellentCollectiveShare().moreThan();
        form.collectiveDisciplineBar = t.collectiveDisciplineBar();
        form.lateRegistrationBlocks = t.lateRegistrationBlocks();
        form.titleVotePercent = t.titleVote().percent();
        form.titleVoteMoreThan = t.titleVote().moreThan();
        form.fighterVotePercent = t.fighterVote().percent();
        form.fighterVoteMoreThan = t.fighterVote().moreThan();
        form.highFighterVotePercent = t.highFighterVote().percent();
        form.highFighterVoteMoreThan = t.highFighterVote().moreThan();
        return form;
    }

    /** The thresholds, or empty with each wrong value rejected beside its field. */
    Optional<EmulationThresholds> toThresholds(BindingResult errors) {
        if (advancedWorkerMinLevel == null || !WORKER_LEVELS.contains(advancedWorkerMinLevel)) {
            errors.rejectValue("advancedWorkerMinLevel", REQUIRED);
        }
        if (fighterShareRounding == null || !ROUNDINGS.contains(fighterShareRounding)) {
            errors.rejectValue("fighterShareRounding", REQUIRED);
        }
        if (collectiveDisciplineBar == null) {
            errors.rejectValue("collectiveDisciplineBar", REQUIRED);
        }
        checkRange(errors, "minMonthsWorked", minMonthsWorked, 0, 12);
        checkRange(errors, "maxWorkingDaysOff", maxWorkingDaysOff, 1, 366);
        checkShare(errors);
        checkRange(errors, "provincialFighterChain", provincialFighterChain, 1, MAX_YEARS);
        checkRange(errors, "nationalFighterChain", nationalFighterChain, 1, MAX_YEARS);
        checkRange(errors, "certificateGoodYears", certificateGoodYears, 1, MAX_YEARS);
        checkRange(errors, "provincialMeritExcellentYears", provincialMeritExcellentYears, 1, MAX_YEARS);
        checkRange(errors, "provincialMeritInitiatives", provincialMeritInitiatives, 0, MAX_INITIATIVES);
        checkRange(errors, "primeMinisterMeritExcellentYears", primeMinisterMeritExcellentYears, 1, MAX_YEARS);
        checkRange(errors, "primeMinisterMeritInitiatives", primeMinisterMeritInitiatives, 0, MAX_INITIATIVES);
        checkRange(errors, "advancedCollectivePercent", advancedCollectivePercent, 0, 100);
        checkRange(errors, "excellentCollectivePercent", excellentCollectivePercent, 0, 100);
        checkRange(errors, "titleVotePercent", titleVotePercent, 0, 100);
        checkRange(errors, "fighterVotePercent", fighterVotePercent, 0, 100);
        checkRange(errors, "highFighterVotePercent", highFighterVotePercent, 0, 100);
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new EmulationThresholds(advancedWorkerMinLevel, minMonthsWorked, maxWorkingDaysOff,
                fighterSharePercent.movePointLeft(2).stripTrailingZeros(), fighterShareRounding,
                provincialFighterChain, nationalFighterChain, certificateGoodYears, provincialMeritExcellentYears,
                provincialMeritInitiatives, primeMinisterMeritExcellentYears, primeMinisterMeritInitiatives,
                new MinimumShare(advancedCollectivePercent, advancedCollectiveMoreThan),
                new MinimumShare(excellentCollectivePercent, excellentCollectiveMoreThan), collectiveDisciplineBar,
                lateRegistrationBlocks, new MinimumShare(titleVotePercent, titleVoteMoreThan),
                new MinimumShare(fighterVotePercent, fighterVoteMoreThan),
                new MinimumShare(highFighterVotePercent, highFighterVoteMoreThan)));
    }

    private void checkShare(BindingResult errors) {
        if (errors.hasFieldErrors("fighterSharePercent")) {
            return;
        }
        if (fighterSharePercent == null || fighterSharePercent.signum() < 0
                || fighterSharePercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            errors.rejectValue("fighterSharePercent", RANGE, new Object[] {0, 100}, null);
        } else if (fighterSharePercent.stripTrailingZeros().scale() > 2) {
            errors.rejectValue("fighterSharePercent", "emulation.settings.violation.decimals");
        }
    }

    private static void checkRange(BindingResult errors, String field, Integer value, int min, int max) {
        if (errors.hasFieldErrors(field)) {
            return;
        }
        if (value == null || value < min || value > max) {
            errors.rejectValue(field, RANGE, new Object[] {min, max}, null);
        }
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public RatingLevel getAdvancedWorkerMinLevel() {
        return advancedWorkerMinLevel;
    }

    public void setAdvancedWorkerMinLevel(RatingLevel advancedWorkerMinLevel) {
        this.advancedWorkerMinLevel = advancedWorkerMinLevel;
    }

    public Integer getMinMonthsWorked() {
        return minMonthsWorked;
    }

    public void setMinMonthsWorked(Integer minMonthsWorked) {
        this.minMonthsWorked = minMonthsWorked;
    }

    public Integer getMaxWorkingDaysOff() {
        return maxWorkingDaysOff;
    }

    public void setMaxWorkingDaysOff(Integer maxWorkingDaysOff) {
        this.maxWorkingDaysOff = maxWorkingDaysOff;
    }

    public BigDecimal getFighterSharePercent() {
        return fighterSharePercent;
    }

    public void setFighterSharePercent(BigDecimal fighterSharePercent) {
        this.fighterSharePercent = fighterSharePercent;
    }

    public RoundingMode getFighterShareRounding() {
        return fighterShareRounding;
    }

    public void setFighterShareRounding(RoundingMode fighterShareRounding) {
        this.fighterShareRounding = fighterShareRounding;
    }

    public Integer getProvincialFighterChain() {
        return provincialFighterChain;
    }

    public void setProvincialFighterChain(Integer provincialFighterChain) {
        this.provincialFighterChain = provincialFighterChain;
    }

    public Integer getNationalFighterChain() {
        return nationalFighterChain;
    }

    public void setNationalFighterChain(Integer nationalFighterChain) {
        this.nationalFighterChain = nationalFighterChain;
    }

    public Integer getCertificateGoodYears() {
        return certificateGoodYears;
    }

    public void setCertificateGoodYears(Integer certificateGoodYears) {
        this.certificateGoodYears = certificateGoodYears;
    }

    public Integer getProvincialMeritExcellentYears() {
        return provincialMeritExcellentYears;
    }

    public void setProvincialMeritExcellentYears(Integer provincialMeritExcellentYears) {
        this.provincialMeritExcellentYears = provincialMeritExcellentYears;
    }

    public Integer getProvincialMeritInitiatives() {
        return provincialMeritInitiatives;
    }

    public void setProvincialMeritInitiatives(Integer provincialMeritInitiatives) {
        this.provincialMeritInitiatives = provincialMeritInitiatives;
    }

    public Integer getPrimeMinisterMeritExcellentYears() {
        return primeMinisterMeritExcellentYears;
    }

    public void setPrimeMinisterMeritExcellentYears(Integer primeMinisterMeritExcellentYears) {
        this.primeMinisterMeritExcellentYears = primeMinisterMeritExcellentYears;
    }

    public Integer getPrimeMinisterMeritInitiatives() {
        return primeMinisterMeritInitiatives;
    }

    public void setPrimeMinisterMeritInitiatives(Integer primeMinisterMeritInitiatives) {
        this.primeMinisterMeritInitiatives = primeMinisterMeritInitiatives;
    }

    public Integer getAdvancedCollectivePercent() {
        return advancedCollectivePercent;
    }

    public void setAdvancedCollectivePercent(Integer advancedCollectivePercent) {
        this.advancedCollectivePercent = advancedCollectivePercent;
    }

    public boolean isAdvancedCollectiveMoreThan() {
        return advancedCollectiveMoreThan;
    }

    public void setAdvancedCollectiveMoreThan(boolean advancedCollectiveMoreThan) {
        this.advancedCollectiveMoreThan = advancedCollectiveMoreThan;
    }

    public Integer getExcellentCollectivePercent() {
        return excellentCollectivePercent;
    }

    public void setExcellentCollectivePercent(Integer excellentCollectivePercent) {
        this.excellentCollectivePercent = excellentCollectivePercent;
    }

    public boolean isExcellentCollectiveMoreThan() {
        return excellentCollectiveMoreThan;
    }

    public void setExcellentCollectiveMoreThan(boolean excellentCollectiveMoreThan) {
        this.excellentCollectiveMoreThan = excellentCollectiveMoreThan;
    }

    public DisciplineForm getCollectiveDisciplineBar() {
        return collectiveDisciplineBar;
    }

    public void setCollectiveDisciplineBar(DisciplineForm collectiveDisciplineBar) {
        this.collectiveDisciplineBar = collectiveDisciplineBar;
    }

    public boolean isLateRegistrationBlocks() {
        return lateRegistrationBlocks;
    }

    public void setLateRegistrationBlocks(boolean lateRegistrationBlocks) {
        this.lateRegistrationBlocks = lateRegistrationBlocks;
    }

    public Integer getTitleVotePercent() {
        return titleVotePercent;
    }

    public void setTitleVotePercent(Integer titleVotePercent) {
        this.titleVotePercent = titleVotePercent;
    }

    public boolean isTitleVoteMoreThan() {
        return titleVoteMoreThan;
    }

    public void setTitleVoteMoreThan(boolean titleVoteMoreThan) {
        this.titleVoteMoreThan = titleVoteMoreThan;
    }

    public Integer getFighterVotePercent() {
        return fighterVotePercent;
    }

    public void setFighterVotePercent(Integer fighterVotePercent) {
        this.fighterVotePercent = fighterVotePercent;
    }

    public boolean isFighterVoteMoreThan() {
        return fighterVoteMoreThan;
    }

    public void setFighterVoteMoreThan(boolean fighterVoteMoreThan) {
        this.fighterVoteMoreThan = fighterVoteMoreThan;
    }

    public Integer getHighFighterVotePercent() {
        return highFighterVotePercent;
    }

    public void setHighFighterVotePercent(Integer highFighterVotePercent) {
        this.highFighterVotePercent = highFighterVotePercent;
    }

    public boolean isHighFighterVoteMoreThan() {
        return highFighterVoteMoreThan;
    }

    public void setHighFighterVoteMoreThan(boolean highFighterVoteMoreThan) {
        this.highFighterVoteMoreThan = highFighterVoteMoreThan;
    }
}
