package vn.danhgia.organization;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;

/**
 * The units a person acts for as an authority on a date (seed 002 §2.2: "cấp có thẩm quyền quản lý cán bộ thì quyết
 * định"): the units they hold a post in and, as head or deputy, the leadership collective of such a unit ("Lãnh đạo
 * Văn phòng", seed 000 §III.1.1) — the same units that give them their managed scope. Empty without the AUTHORITY
 * role. The council (who sets a council up) and the decision (who decides) read it alike.
 */
@Component
public class ActingAuthorities {

    private final AccessScopes access;
    private final OrganizationQueries organization;

    ActingAuthorities(AccessScopes access, OrganizationQueries organization) {
        this.access = access;
        this.organization = organization;
    }

    public Set<UnitId> of(Actor actor, LocalDate date) {
        Set<UnitId> units = new HashSet<>();
        if (actor.has(Role.AUTHORITY) && actor.cadreId().isPresent()) {
            List<CadrePost> posts = access.postsOf(new CadreId(actor.cadreId().get()), date);
            Set<UnitId> led = new HashSet<>();
            for (CadrePost post : posts) {
                units.add(post.unit());
                if (post.rank() != PositionRank.MEMBER) {
                    led.add(post.unit());
                }
            }
            for (UnitView unit : organization.units()) {
                if (unit.kind() == UnitKind.LEADERSHIP_COLLECTIVE && led.contains(unit.parent())) {
                    units.add(unit.id());
                }
            }
        }
        return Set.copyOf(units);
    }
}
