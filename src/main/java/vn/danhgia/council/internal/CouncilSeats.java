package vn.danhgia.council.internal;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.ActingAuthorities;
import vn.danhgia.organization.CadreWithPosition;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.PositionId;
import vn.danhgia.organization.PositionRank;
import vn.danhgia.organization.ScopeView;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitKind;
import vn.danhgia.organization.UnitView;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.Role;

/**
 * Who sets up a unit's council (lập hội đồng) and who may sit on it. Seed 002 §4 Bước 3: the personnel office
 * "tổng hợp, thẩm định và đề xuất mức xếp loại … trình Hội đồng đánh giá, xếp loại của cơ quan, đơn vị" before the
 * authority decides; seed 000 §III.4: "Đảng ủy, lãnh đạo Văn phòng UBND tỉnh tổ chức đánh giá, bỏ phiếu biểu quyết".
 * So the council is set up by a personnel officer whose office serves the unit, or by the authority deciding for at
 * least one of the unit's cadres (through the units it acts for, as on the decision board); a unit head as such does
 * not, nor does an administrator, who holds no post.
 * <p>
 * Its members come from the unit's scope: the cadres holding a post in the unit or a unit below it, those of the
 * authorities that evaluate or decide for a post in the unit (holding a post in such a unit, or as head or deputy of
 * the unit whose leadership collective it is), and those of the personnel office serving the unit, who appraise and
 * keep the minutes.
 */
@Component
class CouncilSeats {

    private final AccessScopes access;
    private final ActingAuthorities authorities;
    private final OrganizationQueries organization;

    CouncilSeats(AccessScopes access, ActingAuthorities authorities, OrganizationQueries organization) {
        this.access = access;
        this.authorities = authorities;
        this.organization = organization;
    }

    /**
     * The units the person may set a council up for: those their office serves as of {@code today}, and those where
     * their authority decides for someone other than themselves on {@code date}.
     */
    Set<UnitId> setUpBy(Actor actor, LocalDate today, LocalDate date) {
        Set<UnitId> units = new HashSet<>();
        if (actor.has(Role.PERSONNEL_OFFICER)) {
            units.addAll(access.of(actor, today).served());
        }
        for (UnitId deciding : authorities.of(actor, today)) {
            organization.cadresDecidedBy(deciding, date).stream()
                    .filter(post -> !actor.isCadre(post.cadreId().value()))
                    .forEach(post -> units.add(post.unitId()));
        }
        return units;
    }

    boolean setsUp(Actor actor, long unitId, LocalDate today, LocalDate date) {
        return setUpBy(actor, today, date).contains(new UnitId(unitId));
    }

    /** The cadres who may sit on each of the units' councils on the date, by unit. */
    Map<UnitId, Set<Long>> eligible(Set<UnitId> units, LocalDate date) {
        if (units.isEmpty()) {
            return Map.of();
        }
        Map<UnitId, List<UnitId>> children = new HashMap<>();
        Map<UnitId, UnitView> byId = new HashMap<>();
        for (UnitView unit : organization.units()) {
            byId.put(unit.id(), unit);
            if (unit.parent() != null) {
                children.computeIfAbsent(unit.parent(), parent -> new ArrayList<>()).add(unit.id());
            }
        }
        // The posts of the units themselves name the authorities; only then are the posts of every unit the councils
        // draw on read, so a department's council reads its own scope, not the province's posts. The offices and the
        // positions' scopes are read for all the units at once, not unit by unit.
        Map<UnitId, List<UnitId>> offices = organization.officesServing(units);
        Map<UnitId, List<CadreWithPosition>> own = organization.cadresWithPositionsIn(units, date).stream()
                .collect(Collectors.groupingBy(CadreWithPosition::unitId));
        Map<PositionId, List<ScopeView>> scopes = organization.scopesOf(own.values().stream().flatMap(List::stream)
                .map(CadreWithPosition::positionId).distinct().toList());
        Map<UnitId, Set<UnitId>> sourcesOf = new HashMap<>();
        Map<UnitId, Set<UnitId>> collectivesOf = new HashMap<>();
        for (UnitId unit : units) {
            Set<UnitId> sources = subtree(unit, children);
            sources.addAll(offices.getOrDefault(unit, List.of()));
            Set<UnitId> collectives = new HashSet<>();
            for (UnitId authorityUnit : authoritiesFor(own.getOrDefault(unit, List.of()), scopes, date)) {
                UnitView found = byId.get(authorityUnit);
                if (found != null && found.kind() == UnitKind.LEADERSHIP_COLLECTIVE && found.parent() != null) {
                    collectives.add(found.parent());
                }
                sources.add(authorityUnit);
            }
            sourcesOf.put(unit, sources);
            collectivesOf.put(unit, collectives);
        }
        Set<UnitId> read = new HashSet<>();
        sourcesOf.values().forEach(read::addAll);
        collectivesOf.values().forEach(read::addAll);
        Map<UnitId, List<CadreWithPosition>> postsIn = organization.cadresWithPositionsIn(read, date).stream()
                .collect(Collectors.groupingBy(CadreWithPosition::unitId));
        Map<UnitId, Set<Long>> eligible = new HashMap<>();
        for (UnitId unit : units) {
            Set<Long> cadres = new HashSet<>();
            for (UnitId source : sourcesOf.get(unit)) {
                postsIn.getOrDefault(source, List.of()).forEach(post -> cadres.add(post.cadreId().value()));
            }
            for (UnitId collective : collectivesOf.get(unit)) {
                postsIn.getOrDefault(collective, List.of()).stream().filter(post -> post.rank() != PositionRank.MEMBER)
                        .forEach(post -> cadres.add(post.cadreId().value()));
            }
            eligible.put(unit, cadres);
        }
        return eligible;
    }

    Set<Long> eligible(long unitId, LocalDate date) {
        UnitId unit = new UnitId(unitId);
        return eligible(Set.of(unit), date).get(unit);
    }

    /** The units that evaluate or decide, on the date, for a position held in the unit (its posts given). */
    private static Set<UnitId> authoritiesFor(List<CadreWithPosition> postsInUnit,
                                              Map<PositionId, List<ScopeView>> scopes, LocalDate date) {
        Set<UnitId> authorities = new HashSet<>();
        postsInUnit.stream().map(CadreWithPosition::positionId).distinct()
                .flatMap(position -> scopes.getOrDefault(position, List.of()).stream())
                .filter(scope -> inForce(scope, date))
                .forEach(scope -> authorities.add(scope.authority()));
        return authorities;
    }

    private static boolean inForce(ScopeView scope, LocalDate date) {
        return !scope.validFrom().isAfter(date) && (scope.validTo() == null || !scope.validTo().isBefore(date));
    }

    private static Set<UnitId> subtree(UnitId root, Map<UnitId, List<UnitId>> children) {
        Set<UnitId> found = new HashSet<>(List.of(root));
        Deque<UnitId> pending = new ArrayDeque<>(List.of(root));
        while (!pending.isEmpty()) {
            for (UnitId child : children.getOrDefault(pending.pop(), List.of())) {
                if (found.add(child)) {
                    pending.push(child);
                }
            }
        }
        return found;
    }
}
