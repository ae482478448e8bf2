package vn.danhgia.annual.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitView;
import vn.danhgia.scheme.AnnualCalendarView;
import vn.danhgia.support.DemoDataTest;

/**
 * The calendars of many units worked out at once (the to-do list's year-end packages) are those worked out unit by
 * unit: a unit named by a calendar, a unit that runs by its parent's (seed 003's office departments), the ward's own
 * calendar, and a unit that does not exist.
 */
@DemoDataTest
class AnnualUnitCalendarsTests {

    @Autowired
    AnnualUnitCalendars calendars;

    @Autowired
    OrganizationQueries organization;

    @Test
    void readForManyAtOnceTheyAreThoseReadOneByOne() {
        List<UnitView> tree = organization.units();
        List<Long> ids = new java.util.ArrayList<>(tree.stream().map(unit -> unit.id().value()).toList());
        ids.add(-1L);

        Map<Long, Optional<AnnualCalendarView>> atOnce = AnnualUnitCalendars.forUnits(ids, calendars.all(), tree);

        assertThat(atOnce).hasSize(ids.size());
        for (long id : ids) {
            assertThat(atOnce.get(id)).as("the calendar of unit %d", id).isEqualTo(calendars.forUnit(id));
        }
        assertThat(atOnce.values()).as("units with a calendar of their own or their parents'")
                .filteredOn(Optional::isPresent).hasSizeGreaterThan(1);
        assertThat(atOnce.get(-1L)).isEmpty();
    }
}
