package vn.danhgia.emulation.dossier;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitView;
import vn.danhgia.scheme.AnnualCalendars;
import vn.danhgia.scheme.AnnualStep;

/**
 * The last day a unit's dossier is in time (seed 003 §IV: "gửi về Phòng Hành chính tổ chức - Quản trị tài vụ trong
 * ngày 15/12"): the EMULATION_DOSSIERS step of the annual calendar the unit's year runs by.
 */
@Component
class DossierDeadlines {

    private final AnnualCalendars calendars;
    private final OrganizationQueries organization;

    DossierDeadlines(AnnualCalendars calendars, OrganizationQueries organization) {
        this.calendars = calendars;
        this.organization = organization;
    }

    /** Empty when the unit's calendar sets no day for the dossiers: then no dossier is late. */
    Optional<LocalDate> lastDayInTime(long unitId, int year) {
        return calendars.forUnitCodes(organization.unitWithParents(new UnitId(unitId)).stream()
                        .map(UnitView::code).toList())
                .flatMap(calendar -> calendar.lastDayInTime(AnnualStep.EMULATION_DOSSIERS, year));
    }
}
