package vn.danhgia.annual.dossier;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitView;
import vn.danhgia.scheme.AnnualCalendarView;
import vn.danhgia.scheme.AnnualCalendars;

/** The annual calendar a unit's year runs by: the one naming the unit or the nearest unit above it. */
@Component
public class AnnualUnitCalendars {

    private final AnnualCalendars calendars;
    private final OrganizationQueries organization;

    AnnualUnitCalendars(AnnualCalendars calendars, OrganizationQueries organization) {
        this.calendars = calendars;
        this.organization = organization;
    }

    public Optional<AnnualCalendarView> forUnit(long unitId) {
        return calendars.forUnitCodes(organization.unitWithParents(new UnitId(unitId)).stream()
                .map(UnitView::code).toList());
    }
}
