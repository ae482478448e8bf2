package vn.danhgia.emulation.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.danhgia.emulation.EmulationYears;
import vn.danhgia.organization.AccessScope;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitKind;
import vn.danhgia.organization.UnitView;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;

/**
 * Who may do what with the proposal dossiers, by the management scope on the year's date (seed 003 §IV: "các phòng,
 * ban, đơn vị … gửi về Phòng Hành chính tổ chức"): the unit's leaders, the personnel office serving it and
 * administrators keep a unit's dossier; the unit's leaders send it; the personnel office serving it returns it,
 * consolidates the office's dossiers and records the recognition decisions.
 */
@Component
class DossierAccess {

    /** The units that hold a review meeting of their own and send a dossier: phòng, ban, trung tâm. */
    private static final Set<UnitKind> SENDING_KINDS = EnumSet.of(UnitKind.DEPARTMENT, UnitKind.CENTER);

    private final AccessScopes scopes;
    private final OrganizationQueries organization;
    private final Clock clock;

    DossierAccess(AccessScopes scopes, OrganizationQueries organization, Clock clock) {
        this.scopes = scopes;
        this.organization = organization;
        this.clock = clock;
    }

    /** The year's date for scopes: today in the current year, the year's last day for a past year. */
    LocalDate scopeDate(int year) {
        EmulationYears.check(year);
        LocalDate today = LocalDate.now(clock);
        LocalDate last = LocalDate.of(year, 12, 31);
        return today.isAfter(last) ? last : today;
    }

    boolean keeps(Actor actor, long unitId, int year) {
        return actor.has(Role.ADMIN) || scopes.of(actor, scopeDate(year)).visibleUnits().contains(new UnitId(unitId));
    }

    /** The unit's head or deputy (or an administrator) sends its dossier. */
    boolean sends(Actor actor, long unitId, int year) {
        return actor.has(Role.ADMIN) || actor.has(Role.UNIT_HEAD)
                && scopes.of(actor, scopeDate(year)).leads().containsKey(new UnitId(unitId));
    }

    /** The personnel office serving the unit (or an administrator) receives, returns and decides its dossier. */
    boolean receives(Actor actor, long unitId, int year) {
        return actor.has(Role.ADMIN) || actor.has(Role.PERSONNEL_OFFICER)
                && scopes.of(actor, scopeDate(year)).served().contains(new UnitId(unitId));
    }

    boolean isOffice(Actor actor) {
        return actor.has(Role.ADMIN) || actor.has(Role.PERSONNEL_OFFICER);
    }

    /** The units whose dossiers the person's office receives, in the organisation's order: every one for an admin. */
    List<UnitView> receivedUnits(Actor actor, int year) {
        if (!isOffice(actor)) {
            return List.of();
        }
        AccessScope scope = actor.has(Role.ADMIN) ? null : scopes.of(actor, scopeDate(year));
        return organization.units().stream()
                .filter(unit -> scope == null || scope.served().contains(unit.id()))
                .filter(unit -> SENDING_KINDS.contains(unit.kind()))
                .toList();
    }

    /** The units whose dossiers the person keeps as one of their leaders, for a unit head outside the office. */
    List<UnitView> ledUnits(Actor actor, int year) {
        if (!actor.has(Role.UNIT_HEAD)) {
            return List.of();
        }
        AccessScope scope = scopes.of(actor, scopeDate(year));
        return organization.units().stream().filter(unit -> scope.leads().containsKey(unit.id()))
                .filter(unit -> SENDING_KINDS.contains(unit.kind())).toList();
    }

    /**
     * The codes of the body the office serves, itself and above: the highest unit among those received, whose
     * emulation settings apply to the office's consolidation.
     */
    List<String> officeCodes(List<UnitView> received) {
        return received.stream()
                .map(unit -> organization.unitWithParents(unit.id()))
                .filter(chain -> chain.size() > 1)
                .map(chain -> chain.subList(1, chain.size()))
                .min(Comparator.comparingInt(List::size))
                .map(chain -> chain.stream().map(UnitView::code).toList())
                .orElse(List.of());
    }
}
