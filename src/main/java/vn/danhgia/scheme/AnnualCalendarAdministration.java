package vn.danhgia.scheme;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.AuditRecord;
import vn.danhgia.platform.AuditTrail;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.Role;
import vn.danhgia.scheme.internal.JpaAnnualCalendars;

/**
 * The annual calendars on the scheme settings pages: administrators only, every change audited with the calendar
 * before and after. A change moves the deadlines of every year not yet closed: the reminders and the progress board
 * read the calendar as it is.
 */
@Service
@Transactional
public class AnnualCalendarAdministration {

    public static final String RECORD_TYPE = "ANNUAL_CALENDAR";

    private final JpaAnnualCalendars calendars;
    private final AuditTrail audit;
    private final CurrentActor currentActor;

    AnnualCalendarAdministration(JpaAnnualCalendars calendars, AuditTrail audit, CurrentActor currentActor) {
        this.calendars = calendars;
        this.audit = audit;
        this.currentActor = currentActor;
    }

    @Transactional(readOnly = true)
    public List<AnnualCalendarView> list() {
        checkMayAdminister();
        return calendars.all();
    }

    @Transactional(readOnly = true)
    public AnnualCalendarView get(String code) {
        checkMayAdminister();
        return calendars.byCode(code).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, code));
    }

    /** Changes the steps and units; refuses a stale version or a rule's breach, changing nothing. */
    public AnnualCalendarView update(String code, AnnualCalendarSettings settings) {
        AnnualCalendarView before = get(code);
        AnnualCalendarView after = calendars.reconfigure(code, settings);
        audit.record(new AuditRecord("ANNUAL_CALENDAR_CHANGED", RECORD_TYPE, after.id(), null,
                AnnualCalendarSettings.of(before), AnnualCalendarSettings.of(after)));
        return after;
    }

    private void checkMayAdminister() {
        if (!currentActor.get().has(Role.ADMIN)) {
            throw new AccessRefusedException("scheme.admin.refused");
        }
    }
}
