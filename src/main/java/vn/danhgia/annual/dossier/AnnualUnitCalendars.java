package vn.danhgia.annual.dossier;

import java.util.List;
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
        return chosen(calendars.all(), organization.unitWithParents(new UnitId(unitId)));
    }

    /** Every annual calendar. */
    public List<AnnualCalendarView> all() {
        return calendars.all();
    }

    /**
     * Of {@code all} calendars, the one a unit's year runs by, given the unit and the units above it as
     * {@link OrganizationQueries#unitWithParents} or {@link OrganizationQueries#unitsWithParents} read them.
     */
    public static Optional<AnnualCalendarView> chosen(List<AnnualCalendarView> all, List<UnitView> unitAndParents) {
        return AnnualCalendars.chosen(all, unitAndParents.stream().map(UnitView::code).toList());
    }
}
