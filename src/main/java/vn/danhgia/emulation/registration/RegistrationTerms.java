package vn.danhgia.emulation.registration;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitView;
import vn.danhgia.scheme.AnnualCalendars;
import vn.danhgia.scheme.AnnualDeadline;
import vn.danhgia.scheme.AnnualStep;
import vn.danhgia.scheme.EmulationSettings;

/**
 * The terms a unit's registrations run by, chosen like its annual calendar (the unit's code or the nearest above it):
 * the last day in time ({@link AnnualStep#EMULATION_REGISTRATION}) and whether a late registration blocks a title.
 */
@Component
class RegistrationTerms {

    /**
     * Seed 003 §III.1 asks for the registration "từ đầu năm" without a day: where a calendar sets none (one made before
     * the step existed, or a unit under no calendar) the registration is in time up to 31/01, the shipped default.
     */
    static final AnnualDeadline DEFAULT = new AnnualDeadline(AnnualStep.EMULATION_REGISTRATION, 1, 31, true, null);

    private final AnnualCalendars calendars;
    private final EmulationSettings settings;
    private final OrganizationQueries organization;

    RegistrationTerms(AnnualCalendars calendars, EmulationSettings settings, OrganizationQueries organization) {
        this.calendars = calendars;
        this.settings = settings;
        this.organization = organization;
    }

    record Terms(LocalDate lastDayInTime, boolean lateBlocks) {
    }

    Terms of(long unitId, int year) {
        List<String> codes = organization.unitWithParents(new UnitId(unitId)).stream().map(UnitView::code).toList();
        AnnualDeadline deadline = calendars.forUnitCodes(codes)
                .flatMap(calendar -> calendar.step(AnnualStep.EMULATION_REGISTRATION)).orElse(DEFAULT);
        return new Terms(deadline.lastDayInTime(year), settings.forUnitCodes(codes).lateRegistrationBlocks());
    }
}
