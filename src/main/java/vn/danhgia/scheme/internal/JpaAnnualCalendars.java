package vn.danhgia.scheme.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.scheme.AnnualCalendarSettings;
import vn.danhgia.scheme.AnnualCalendarView;
import vn.danhgia.scheme.AnnualCalendars;
import vn.danhgia.scheme.AnnualDeadline;
import vn.danhgia.scheme.AnnualStep;
import vn.danhgia.scheme.SchemeRuleViolation;

/** The annual calendars read and changed with JPA; {@link vn.danhgia.scheme.AnnualCalendarAdministration} wraps it. */
@Service
@Transactional
public class JpaAnnualCalendars implements AnnualCalendars {

    private final AnnualCalendarRepository calendars;

    JpaAnnualCalendars(AnnualCalendarRepository calendars) {
        this.calendars = calendars;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AnnualCalendarView> all() {
        return calendars.findAllByOrderByCodeAsc().stream().map(AnnualCalendar::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AnnualCalendarView> byCode(String code) {
        return calendars.findByCode(code).map(AnnualCalendar::view);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AnnualCalendarView> forUnitCodes(List<String> unitAndParents) {
        return AnnualCalendars.chosen(all(), unitAndParents);
    }

    /**
     * Changes the steps and units; refuses a stale version, a step given twice, and a unit code another calendar
     * already names (a unit's year follows one calendar).
     */
    public AnnualCalendarView reconfigure(String code, AnnualCalendarSettings settings) {
        AnnualCalendar calendar = calendars.findByCode(code)
                .orElseThrow(() -> new SchemeRuleViolation("scheme.violation.unknown-scheme", code));
        if (calendar.version() != settings.version()) {
            throw new ObjectOptimisticLockingFailureException(AnnualCalendar.class, code);
        }
        Set<AnnualStep> seen = new HashSet<>();
        for (AnnualDeadline step : settings.steps()) {
            if (!seen.add(step.step())) {
                throw new SchemeRuleViolation("annual.calendar.violation.step-repeated",
                        new org.springframework.context.support.DefaultMessageSourceResolvable(step.step().messageKey()));
            }
        }
        for (AnnualCalendar other : calendars.findAll()) {
            if (!other.code().equals(code)) {
                for (String unitCode : settings.unitCodes()) {
                    if (other.view().unitCodes().contains(unitCode)) {
                        throw new SchemeRuleViolation("annual.calendar.violation.unit-taken", unitCode, other.code());
                    }
                }
            }
        }
        calendar.reconfigure(settings.steps(), settings.unitCodes());
        calendars.flush();
        return calendar.view();
    }
}
