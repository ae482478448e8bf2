package vn.danhgia.annual.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitView;
import vn.danhgia.scheme.AnnualCalendarView;
import vn.danhgia.support.DemoDataTest;

/**
 * The calendars of many units worked out from one read of their chains (the to-do list's year-end packages) are those
 * worked out unit by unit: a unit named by a calendar, a unit that runs by its parent's (seed 003's office
 * departments), the ward's own calendar, and a unit that does not exist.
 */
@DemoDataTest
class AnnualUnitCalendarsTests {

    @Autowired
    AnnualUnitCalendars calendars;

    @Autowired
    OrganizationQueries organization;

    @Test
    void readForManyAtOnceTheyAreThoseReadOneByOne() {
        List<UnitId> ids = new java.util.ArrayList<>(organization.units().stream().map(UnitView::id).toList());
        ids.add(new UnitId(-1L));
        List<AnnualCalendarView> all = calendars.all();

        Map<UnitId, Optional<AnnualCalendarView>> atOnce = new java.util.HashMap<>();
        organization.unitsWithParents(ids).forEach((unit, unitAndParents) ->
                atOnce.put(unit, AnnualUnitCalendars.chosen(all, unitAndParents)));

        assertThat(atOnce).hasSize(ids.size());
        for (UnitId id : ids) {
            assertThat(atOnce.get(id)).as("the calendar of unit %s", id).isEqualTo(calendars.forUnit(id.value()));
        }
        assertThat(atOnce.values()).as("units with a calendar of their own or their parents'")
                .filteredOn(Optional::isPresent).hasSizeGreaterThan(1);
        assertThat(atOnce.get(new UnitId(-1L))).isEmpty();
    }
}
