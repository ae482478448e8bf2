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

    /** Every annual calendar. */
    public List<AnnualCalendarView> all() {
        return calendars.all();
    }

    /**
     * The calendars of many units, chosen among {@code all} calendars by walking the unit {@code tree} (every unit, as
     * {@link OrganizationQueries#units()} reads it) upward in memory: no read per unit.
     */
    public static Map<Long, Optional<AnnualCalendarView>> forUnits(Collection<Long> unitIds,
                                                                   List<AnnualCalendarView> all, List<UnitView> tree) {
        Map<UnitId, UnitView> byId = new HashMap<>();
        tree.forEach(unit -> byId.put(unit.id(), unit));
        Map<Long, Optional<AnnualCalendarView>> chosen = new HashMap<>();
        for (long unitId : unitIds) {
            List<String> unitAndParents = new ArrayList<>();
            for (UnitView unit = byId.get(new UnitId(unitId)); unit != null && unitAndParents.size() <= byId.size();
                 unit = unit.parent() == null ? null : byId.get(unit.parent())) {
                unitAndParents.add(unit.code());
            }
            chosen.put(unitId, AnnualCalendars.chosen(all, unitAndParents));
        }
        return chosen;
    }
}
