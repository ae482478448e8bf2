package vn.danhgia.scheme.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.rules.emulation.EmulationThresholds;
import vn.danhgia.scheme.AnnualCalendarView;
import vn.danhgia.scheme.AnnualCalendars;
import vn.danhgia.scheme.EmulationSettings;
import vn.danhgia.scheme.EmulationSettingsView;
import vn.danhgia.scheme.SchemeRuleViolation;

/**
 * The emulation thresholds stored per annual calendar: a unit follows the settings of the calendar that
 * {@link AnnualCalendars#forUnitCodes} chooses for it, and the law's values when that calendar has none stored or
 * the unit has no calendar. {@link vn.danhgia.scheme.EmulationSettingsAdministration} wraps the changes.
 */
@Service
@Transactional
public class JpaEmulationSettings implements EmulationSettings {

    private final AnnualCalendars calendars;
    private final CalendarEmulationSettingsRepository settings;

    JpaEmulationSettings(AnnualCalendars calendars, CalendarEmulationSettingsRepository settings) {
        this.calendars = calendars;
        this.settings = settings;
    }

    @Override
    @Transactional(readOnly = true)
    public EmulationThresholds forUnitCodes(List<String> unitAndParents) {
        return calendars.forUnitCodes(unitAndParents).flatMap(calendar -> settings.findById(calendar.id()))
                .map(CalendarEmulationSettings::thresholds).orElseGet(EmulationThresholds::defaults);
    }

    @Override
    @Transactional(readOnly = true)
    public Function<List<String>, EmulationThresholds> readAll() {
        List<AnnualCalendarView> all = calendars.all();
        Map<Long, EmulationThresholds> stored = settings.findAll().stream().collect(
                Collectors.toMap(CalendarEmulationSettings::calendarId, CalendarEmulationSettings::thresholds));
        return unitAndParents -> AnnualCalendars.chosen(all, unitAndParents)
                .map(calendar -> stored.get(calendar.id())).orElseGet(EmulationThresholds::defaults);
    }

    @Transactional(readOnly = true)
    public Optional<EmulationSettingsView> byCalendarCode(String code) {
        return calendars.byCode(code).map(calendar -> view(calendar, settings.findById(calendar.id())));
    }

    /**
     * Stores the calendar's thresholds; refuses a form read at another version (null: read while none were stored),
     * changing nothing.
     */
    public EmulationSettingsView store(String code, Long version, EmulationThresholds thresholds) {
        AnnualCalendarView calendar = calendars.byCode(code)
                .orElseThrow(() -> new SchemeRuleViolation("scheme.violation.unknown-scheme", code));
        Optional<CalendarEmulationSettings> stored = settings.findById(calendar.id());
        Long storedVersion = stored.map(CalendarEmulationSettings::version).orElse(null);
        if (!Objects.equals(storedVersion, version)) {
            throw new ObjectOptimisticLockingFailureException(CalendarEmulationSettings.class, code);
        }
        CalendarEmulationSettings saved = stored.map(existing -> {
            existing.change(thresholds);
            return existing;
        }).orElseGet(() -> settings.save(new CalendarEmulationSettings(calendar.id(), thresholds)));
        try {
            settings.flush();
        } catch (DataIntegrityViolationException firstSavedTwice) {
            // Two administrators stored the calendar's first settings at once: the later one read a stale page.
            throw new ObjectOptimisticLockingFailureException(CalendarEmulationSettings.class, code, firstSavedTwice);
        }
        return view(calendar, Optional.of(saved));
    }

    private static EmulationSettingsView view(AnnualCalendarView calendar,
            Optional<CalendarEmulationSettings> stored) {
        return new EmulationSettingsView(calendar, stored.map(CalendarEmulationSettings::thresholds)
                .orElseGet(EmulationThresholds::defaults), stored.map(CalendarEmulationSettings::version).orElse(null));
    }
}
