package vn.danhgia.emulation.eligibility;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;
import org.springframework.stereotype.Component;
import vn.danhgia.organization.AccessScope;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.CadrePost;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitView;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.Role;

/**
 * Whose emulation review a person may read and conduct, following the management scope (issue 14 §4): the unit head
 * the units they lead and those below, the personnel office the units it serves, the authority the units of the people
 * it manages, an administrator every unit (reading only). Conducting the meeting (opening it, nominating, recording
 * votes and minutes, closing it) is the unit head's or the personnel office's.
 */
@Component
public class EmulationScope {

    private final AccessScopes access;
    private final OrganizationQueries organization;
    private final Clock clock;

    EmulationScope(AccessScopes access, OrganizationQueries organization, Clock clock) {
        this.access = access;
        this.organization = organization;
        this.clock = clock;
    }

    /** The unit when the person may read its review; not found (alike for a unit that does not exist) otherwise. */
    public UnitView visibleUnit(Actor actor, long unitId) {
        UnitView unit = unit(unitId);
        if (!sees(actor, unit)) {
            throw new RecordNotFoundException("UNIT", unitId);
        }
        return unit;
    }

    /** The unit, whoever reads it; not found when it does not exist. */
    public UnitView unit(long unitId) {
        return organization.unit(new UnitId(unitId)).orElseThrow(() -> new RecordNotFoundException("UNIT", unitId));
    }

    /** Whether the person reads the unit's whole review (beyond their own row as one of its people). */
    public boolean sees(Actor actor, UnitView unit) {
        return actor.has(Role.ADMIN) || visibleUnits(actor).contains(unit.id());
    }

    /** Whether the person conducts the unit's review meeting: its unit head or its personnel office. */
    public boolean conducts(Actor actor, long unitId) {
        return conductor(actor).test(unitId);
    }

    /** The same question for many units, the person's scope worked out once. */
    public LongPredicate conductor(Actor actor) {
        AccessScope scope = access.of(actor, LocalDate.now(clock));
        return unitId -> {
            UnitId unit = new UnitId(unitId);
            return actor.has(Role.UNIT_HEAD) && (scope.leads().containsKey(unit) || scope.belowLed().contains(unit))
                    || actor.has(Role.PERSONNEL_OFFICER) && scope.served().contains(unit);
        };
    }

    /** The units whose review the person may read, by code. */
    public List<UnitView> unitsInScope(Actor actor) {
        if (actor.has(Role.ADMIN)) {
            return organization.units().stream().sorted(Comparator.comparing(UnitView::code)).toList();
        }
        Set<UnitId> visible = visibleUnits(actor);
        return organization.units().stream().filter(unit -> visible.contains(unit.id()))
                .sorted(Comparator.comparing(UnitView::code)).toList();
    }

    private Set<UnitId> visibleUnits(Actor actor) {
        LocalDate today = LocalDate.now(clock);
        AccessScope scope = access.of(actor, today);
        Set<UnitId> units = new HashSet<>(scope.visibleUnits());
        if (actor.has(Role.AUTHORITY) && !scope.managed().isEmpty()) {
            access.postsOf(scope.managed(), today).values().forEach(posts -> posts.stream().map(CadrePost::unit)
                    .forEach(units::add));
        }
        return units;
    }
}
