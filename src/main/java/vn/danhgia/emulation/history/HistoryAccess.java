package vn.danhgia.emulation.history;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.danhgia.emulation.EmulationHolder;
import vn.danhgia.emulation.Nominee;
import vn.danhgia.emulation.Workplaces;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitId;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.Role;
import vn.danhgia.platform.RuleRefusedException;

/**
 * Who may read and keep an emulation history, on today's management scope (a history spans years; who keeps it is
 * who manages the holder now): a person reads their own; the unit's leaders and the personnel office serving it read
 * and keep its people's and its own; administrators all. Nobody keeps their own history. Outside the scope a holder
 * is not found (404), as everywhere else.
 */
@Component
class HistoryAccess {

    static final String CADRE = "CADRE";
    static final String UNIT = "UNIT";

    private final AccessScopes scopes;
    private final OrganizationQueries organization;
    private final Clock clock;

    HistoryAccess(AccessScopes scopes, OrganizationQueries organization, Clock clock) {
        this.scopes = scopes;
        this.organization = organization;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The unit whose review the holder belongs to: the cadre's workplace today ({@link Workplaces}; else the unit of
     * the latest post they held), or the collective itself; empty for a cadre who never held a post.
     */
    Optional<Long> keepingUnit(Nominee nominee) {
        if (nominee.holder() == EmulationHolder.COLLECTIVE) {
            return Optional.of(organization.unit(new UnitId(nominee.subjectId()))
                    .orElseThrow(() -> new RecordNotFoundException(UNIT, nominee.subjectId())).id().value());
        }
        CadreId cadre = new CadreId(nominee.subjectId());
        if (organization.cadre(cadre).isEmpty()) {
            throw new RecordNotFoundException(CADRE, nominee.subjectId());
        }
        return Workplaces.of(scopes.postsOf(cadre, today()).stream().map(post -> organization.unit(post.unit()))
                        .flatMap(Optional::stream).toList()).map(unit -> unit.id().value())
                .or(() -> organization.appointmentHistory(cadre).stream().reduce((first, second) -> second)
                        .map(appointment -> appointment.unit().value()));
    }

    /** The keeping unit, which a record needs: refused for a cadre who never held a post. */
    long unitOf(Nominee nominee) {
        return keepingUnit(nominee).orElseThrow(() -> new RuleRefusedException("emulationhistory.refused.noPost"));
    }

    /** Whether the person reads the holder's history; {@code unitId} null when no unit keeps it. */
    boolean sees(Actor actor, Nominee nominee, Long unitId) {
        if (actor.has(Role.ADMIN) || keepsUnit(actor, unitId)) {
            return true;
        }
        if (nominee.holder() == EmulationHolder.INDIVIDUAL) {
            CadreId cadre = new CadreId(nominee.subjectId());
            return scopes.canSee(actor, cadre, today());
        }
        return false;
    }

    void checkSees(Actor actor, Nominee nominee, Long unitId) {
        if (!sees(actor, nominee, unitId)) {
            throw notFound(nominee);
        }
    }

    /** Whether the person keeps the history of the unit's holders: its leaders, its personnel office, admins. */
    boolean keepsUnit(Actor actor, Long unitId) {
        if (actor.has(Role.ADMIN)) {
            return true;
        }
        return unitId != null && (actor.has(Role.UNIT_HEAD) || actor.has(Role.PERSONNEL_OFFICER))
                && scopes.of(actor, today()).visibleUnits().contains(new UnitId(unitId));
    }

    boolean keeps(Actor actor, Nominee nominee, Long unitId) {
        boolean own = nominee.holder() == EmulationHolder.INDIVIDUAL && actor.isCadre(nominee.subjectId());
        return !own && keepsUnit(actor, unitId);
    }

    /** 404 outside the scope; 403 for one who sees the holder but does not keep its history. */
    void checkKeeps(Actor actor, Nominee nominee, Long unitId) {
        checkSees(actor, nominee, unitId);
        if (!keeps(actor, nominee, unitId)) {
            throw new AccessRefusedException("emulationhistory.refused.notKeeper");
        }
    }

    void checkKeepsUnit(Actor actor, long unitId) {
        if (organization.unit(new UnitId(unitId)).isEmpty() || !keepsUnit(actor, unitId)) {
            throw new RecordNotFoundException(UNIT, unitId);
        }
    }

    static RecordNotFoundException notFound(Nominee nominee) {
        return new RecordNotFoundException(nominee.holder() == EmulationHolder.INDIVIDUAL ? CADRE : UNIT,
                nominee.subjectId());
    }
}
