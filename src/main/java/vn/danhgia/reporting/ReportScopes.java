package vn.danhgia.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.danhgia.organization.AccessScope;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.platform.AccessRefusedException;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.CurrentActor;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.Role;

/**
 * Who may have which reports: the personnel office the units it serves, a unit head the units they lead and those
 * below, an authority the cadres it manages, the administrator the whole province; anyone else is refused. Shared by
 * the quarterly summary tables and the consolidated reports so both answer the same person the same way.
 */
@Component
public class ReportScopes {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Set<Role> REPORT_ROLES = Set.of(Role.ADMIN, Role.UNIT_HEAD, Role.PERSONNEL_OFFICER,
            Role.AUTHORITY);

    private final AccessScopes scopes;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final UnitTrees units;
    private final MessageSource messages;

    ReportScopes(AccessScopes scopes, CurrentActor currentActor, Clock clock, UnitTrees units,
                 MessageSource messages) {
        this.scopes = scopes;
        this.currentActor = currentActor;
        this.clock = clock;
        this.units = units;
        this.messages = messages;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public UnitTree tree() {
        return units.read();
    }

    /** A violation when {@code unit} is given and is no unit at all, for the caller to report with the others. */
    public static List<FieldViolation> checkUnit(Long unit, UnitTree tree) {
        return unit == null || tree.contains(unit) ? List.of()
                : List.of(FieldViolation.of("unit", "reporting.validation.unit", String.valueOf(unit)));
    }

    /** Refuses people without a reporting role (403). */
    public Actor requireReporter() {
        Actor actor = currentActor.get();
        if (actor.roles().stream().noneMatch(REPORT_ROLES::contains)) {
            throw new AccessRefusedException("reporting.quarterly.refused");
        }
        return actor;
    }

    /** The signed-in person's scope, narrowed to {@code unit}'s subtree when given (a checked unit of the tree). */
    public ReportScope of(Long unit, UnitTree tree) {
        Actor actor = requireReporter();
        boolean wholeProvince = actor.roles().contains(Role.ADMIN);
        Set<Long> visible = visibleUnits(actor);
        Set<Long> managed = new HashSet<>();
        scopes.of(actor, today()).managed().forEach(id -> managed.add(id.value()));
        Set<Long> filterUnits = unit == null ? Set.of() : tree.subtree(unit);
        return new ReportScope(wholeProvince, visible, managed, unit == null, filterUnits,
                bodyName(unit, wholeProvince, visible, tree));
    }

    /** The units a person may narrow a report to: every unit for the administrator, else the units they see. */
    public List<UnitOption> unitOptions(UnitTree tree) {
        Actor actor = requireReporter();
        Set<Long> visible = actor.roles().contains(Role.ADMIN) ? tree.allUnits() : visibleUnits(actor);
        return tree.options(visible);
    }

    private Set<Long> visibleUnits(Actor actor) {
        AccessScope scope = scopes.of(actor, today());
        Set<Long> visible = new HashSet<>();
        scope.visibleUnits().forEach(id -> visible.add(id.value()));
        return visible;
    }

    /** The body the report is from: the chosen unit, the province for the administrator, or the one unit seen. */
    private String bodyName(Long unit, boolean wholeProvince, Set<Long> visible, UnitTree tree) {
        if (unit != null) {
            return tree.name(unit);
        }
        if (wholeProvince) {
            return messages.getMessage("reporting.quarterly.province", null, VIETNAMESE);
        }
        List<Long> tops = tree.tops(visible);
        return tops.size() == 1 ? tree.name(tops.get(0))
                : messages.getMessage("reporting.quarterly.body", null, VIETNAMESE);
    }
}
