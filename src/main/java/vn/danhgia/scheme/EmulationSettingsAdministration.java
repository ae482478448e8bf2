package vn.danhgia.scheme;

import java.math.BigDecimal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.AuditRecord;
import vn.danhgia.platform.AuditTrail;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.Role;
import vn.danhgia.rules.emulation.EmulationThresholds;
import vn.danhgia.scheme.internal.JpaEmulationSettings;

/**
 * The emulation thresholds of an annual calendar on the administrators' pages (issue 14 §3): administrators only,
 * every change audited with the values before and after (the law's values before the first change).
 */
@Service
@Transactional
public class EmulationSettingsAdministration {

    public static final String RECORD_TYPE = "EMULATION_SETTINGS";

    private final JpaEmulationSettings settings;
    private final AuditTrail audit;
    private final CurrentActor currentActor;

    EmulationSettingsAdministration(JpaEmulationSettings settings, AuditTrail audit, CurrentActor currentActor) {
        this.settings = settings;
        this.audit = audit;
        this.currentActor = currentActor;
    }

    @Transactional(readOnly = true)
    public EmulationSettingsView get(String calendarCode) {
        checkMayAdminister();
        return settings.byCalendarCode(calendarCode)
                .orElseThrow(() -> new RecordNotFoundException(AnnualCalendarAdministration.RECORD_TYPE, calendarCode));
    }

    /** Stores the thresholds; refuses a stale version (another administrator saved since), changing nothing. */
    public EmulationSettingsView update(String calendarCode, Long version, EmulationThresholds thresholds) {
        EmulationSettingsView before = get(calendarCode);
        EmulationSettingsView after = settings.store(calendarCode, version, thresholds);
        audit.record(new AuditRecord("EMULATION_SETTINGS_CHANGED", RECORD_TYPE, after.calendar().id(), null,
                Snapshot.of(before.thresholds()), Snapshot.of(after.thresholds())));
        return after;
    }

    private void checkMayAdminister() {
        if (!currentActor.get().has(Role.ADMIN)) {
            throw new AccessRefusedException("scheme.admin.refused");
        }
    }

    /** The thresholds flat, one audited field each, the shares as percentages with "more than" beside them. */
    public record Snapshot(String advancedWorkerMinLevel, int minMonthsWorked, int maxWorkingDaysOff,
            BigDecimal fighterSharePercent, String fighterShareRounding, int provincialFighterChain,
            int nationalFighterChain, int certificateGoodYears, int provincialMeritExcellentYears,
            int provincialMeritInitiatives, int primeMinisterMeritExcellentYears, int primeMinisterMeritInitiatives,
            int advancedCollectivePercent, boolean advancedCollectiveMoreThan, int excellentCollectivePercent,
            boolean excellentCollectiveMoreThan, String collectiveDisciplineBar, boolean lateRegistrationBlocks,
            int titleVotePercent, boolean titleVoteMoreThan, int fighterVotePercent, boolean fighterVoteMoreThan,
            int highFighterVotePercent, boolean highFighterVoteMoreThan) {

        static Snapshot of(EmulationThresholds t) {
            return new Snapshot(t.advancedWorkerMinLevel().name(), t.minMonthsWorked(), t.maxWorkingDaysOff(),
                    percent(t.fighterShareOfAdvanced()), t.fighterShareRounding().name(),
                    t.provincialFighterChain(), t.nationalFighterChain(), t.certificateGoodYears(),
                    t.provincialMeritExcellentYears(), t.provincialMeritInitiatives(),
                    t.primeMinisterMeritExcellentYears(), t.primeMinisterMeritInitiatives(),
                    t.advancedCollectiveShare().percent(), t.advancedCollectiveShare().moreThan(),
                    t.excellentCollectiveShare().percent(), t.excellentCollectiveShare().moreThan(),
                    t.collectiveDisciplineBar().name(), t.lateRegistrationBlocks(), t.titleVote().percent(),
                    t.titleVote().moreThan(), t.fighterVote().percent(), t.fighterVote().moreThan(),
                    t.highFighterVote().percent(), t.highFighterVote().moreThan());
        }

        /** 0.15 as 15, 0.125 as 12.5. */
        public static BigDecimal percent(BigDecimal fraction) {
            BigDecimal percent = fraction.movePointRight(2).stripTrailingZeros();
            return percent.scale() < 0 ? percent.setScale(0) : percent;
        }
    }
}
