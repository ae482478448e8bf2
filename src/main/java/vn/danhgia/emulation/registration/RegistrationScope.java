package vn.danhgia.emulation.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.danhgia.emulation.EmulationHolder;
import vn.danhgia.emulation.Nominee;
import vn.danhgia.emulation.Workplaces;
import vn.danhgia.membership.ReviewSubjects;
import vn.danhgia.membership.Reviewee;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitView;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.Role;

/**
 * Who may register whom, on the year's date of the management scope: a cadre registers themself; the leaders of a
 * unit (head or deputy, and of the units above it) register the unit as a collective and the people reviewed in it;
 * the personnel office registers anyone in the units it serves and alone records a paper registration of an earlier
 * day; administrators everything. Outside the person's sight a holder is not found (404); seen but not theirs to
 * register, refused (403).
 */
@Component
class RegistrationScope {

    static final String RECORD_TYPE = "EMULATION_REGISTRATION";

    private final AccessScopes scopes;
    private final OrganizationQueries organization;
    private final ReviewSubjects reviewSubjects;
    private final Clock clock;

    RegistrationScope(AccessScopes scopes, OrganizationQueries organization, ReviewSubjects reviewSubjects,
                      Clock clock) {
        this.scopes = scopes;
        this.organization = organization;
        this.reviewSubjects = reviewSubjects;
        this.clock = clock;
    }

    /** The year's date for scopes and posts: today in the current year, the year's last day for a past year. */
    LocalDate date(int year) {
        LocalDate today = LocalDate.now(clock);
        LocalDate last = LocalDate.of(year, 12, 31);
        return today.isAfter(last) ? last : today;
    }

    /** Whether the person keeps the unit's registrations: its leaders, the office serving it, administrators. */
    boolean keeps(Actor actor, long unitId, int year) {
        return actor.has(Role.ADMIN) || scopes.of(actor, date(year)).visibleUnits().contains(new UnitId(unitId));
    }

    /** The unit the person keeps, or 404 for an unknown unit or one outside their scope. */
    UnitView keptUnit(Actor actor, long unitId, int year) {
        UnitView unit = organization.unit(new UnitId(unitId))
                .orElseThrow(() -> new RecordNotFoundException("UNIT", unitId));
        if (!keeps(actor, unitId, year)) {
            throw new RecordNotFoundException("UNIT", unitId);
        }
        return unit;
    }

    /** The units whose registrations the person keeps, in the organisation's order. */
    List<UnitView> keptUnits(Actor actor, int year) {
        Set<UnitId> visible = actor.has(Role.ADMIN) ? null : scopes.of(actor, date(year)).visibleUnits();
        return organization.units().stream().filter(unit -> visible == null || visible.contains(unit.id())).toList();
    }

    /** Whether the person may record a registration made on an earlier day (a paper one brought to the office). */
    boolean recordsPaper(Actor actor, long unitId, int year) {
        return actor.has(Role.ADMIN) || scopes.of(actor, date(year)).served().contains(new UnitId(unitId));
    }

    void checkMayRegister(Actor actor, Nominee nominee, long unitId, int year) {
        boolean self = nominee.holder() == EmulationHolder.INDIVIDUAL && actor.isCadre(nominee.subjectId());
        if (self || keeps(actor, unitId, year)) {
            return;
        }
        if (nominee.holder() == EmulationHolder.COLLECTIVE) {
            throw new AccessRefusedException("emulation.registration.refused.collective");
        }
        if (scopes.canSee(actor, new CadreId(nominee.subjectId()), date(year))) {
            throw new AccessRefusedException("emulation.registration.refused.person");
        }
        throw new RecordNotFoundException(RECORD_TYPE, nominee.key());
    }

    /**
     * The unit whose review the holder belongs to: a collective its own unit; a person the unit of their first post
     * on the year's date outside the party's units (else their first post), or, holding none, the party cell they
     * are active in.
     */
    long unitOf(Nominee nominee, int year) {
        if (nominee.holder() == EmulationHolder.COLLECTIVE) {
            return organization.unit(new UnitId(nominee.subjectId())).map(unit -> unit.id().value())
                    .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, nominee.key()));
        }
        CadreId cadre = new CadreId(nominee.subjectId());
        List<UnitView> posts = scopes.postsOf(cadre, date(year)).stream()
                .map(post -> organization.unit(post.unit())).flatMap(Optional::stream).toList();
        Optional<UnitView> workplace = Workplaces.of(posts);
        if (workplace.isPresent()) {
            return workplace.get().id().value();
        }
        Reviewee person = reviewSubjects.reviewee(cadre, date(year));
        if (person.cell() == null) {
            throw new RecordNotFoundException(RECORD_TYPE, nominee.key());
        }
        return person.cell().value();
    }
}
