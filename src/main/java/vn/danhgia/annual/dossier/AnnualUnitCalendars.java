package vn.danhgia.annual.dossier;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** The calendars of many units from one read of the calendars and one of the unit tree, whatever their number. */
    public Map<Long, Optional<AnnualCalendarView>> forUnits(Collection<Long> unitIds) {
        List<AnnualCalendarView> all = calendars.all();
        Map<UnitId, UnitView> tree = new HashMap<>();
        organization.units().forEach(unit -> tree.put(unit.id(), unit));
        Map<Long, Optional<AnnualCalendarView>> chosen = new HashMap<>();
        for (long unitId : unitIds) {
            List<String> unitAndParents = new ArrayList<>();
            for (UnitView unit = tree.get(new UnitId(unitId)); unit != null && unitAndParents.size() <= tree.size();
                 unit = unit.parent() == null ? null : tree.get(unit.parent())) {
                unitAndParents.add(unit.code());
            }
            chosen.put(unitId, AnnualCalendars.chosen(all, unitAndParents));
        }
        return chosen;
    }
}
