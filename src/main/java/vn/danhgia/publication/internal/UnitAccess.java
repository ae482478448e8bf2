package vn.danhgia.publication.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.danhgia.organization.AccessScope;
import vn.danhgia.organization.AccessScopes;
import vn.danhgia.organization.CadreId;
import vn.danhgia.organization.CadreWithPosition;
import vn.danhgia.organization.OrganizationQueries;
import vn.danhgia.organization.UnitId;
import vn.danhgia.organization.UnitKind;
import vn.danhgia.organization.UnitView;
import vn.danhgia.platform.Actor;
import vn.danhgia.platform.FieldViolation;
import vn.danhgia.platform.InvalidInputException;
import vn.danhgia.platform.RecordNotFoundException;
import vn.danhgia.platform.Role;
import vn.danhgia.scheme.Quarter;

/**
 * Who may do what with a unit's quarter in the announcement and the dossier. Seed 002 §4 Bước 6: the dossier is kept
 * "tại cấp có thẩm quyền quản lý"; seed 000 §III.5: "Văn phòng Đảng ủy, Phòng Hành chính- Tổ chức lưu trữ và quản lý
 * hồ sơ". So the keepers are the personnel officers whose office serves the unit and the authority deciding for at
 * least one of the unit's cadres; they announce and keep the dossier. The unit's cadres and whoever sees the unit
 * (its leadership, the units above) see the announced list. Anyone else is told the unit's quarter does not exist.
 * <p>
 * The public notice (thông báo công khai, seed 002 §4 Bước 6; seed 000 §II.1 "công khai, minh bạch") reaches further:
 * it is pinned on the notice board of the unit's body (see {@link #body}), so every cadre holding a post anywhere in
 * that body reads it, beside those who see the unit and the administrator.
 */
@Component
class UnitAccess {

    static final String UNIT = "UNIT";

    private final OrganizationQueries organization;
    private final AccessScopes access;
    private final Clock clock;

    UnitAccess(OrganizationQueries organization, AccessScopes access, Clock clock) {
        this.organization = organization;
        this.access = access;
        this.clock = clock;
    }

    /** What the person may do with the unit's quarter; the rated cadres count as the unit's even if they left. */
    record Rights(UnitView unit, Quarter quarter, boolean sees, boolean keeps, Map<Long, List<String>> cadres) {
    }

    Rights of(Actor actor, long unitId, int year, int quarter, Collection<Long> ratedCadres) {
        Quarter period = quarter(year, quarter);
        UnitView unit = organization.unit(new UnitId(unitId))
                .orElseThrow(() -> new RecordNotFoundException(UNIT, unitId));
        Map<Long, List<String>> cadres = cadresOf(unitId, period);
        ratedCadres.forEach(cadre -> cadres.putIfAbsent(cadre, List.of()));
        AccessScope scope = access.of(actor, today());
        UnitId id = new UnitId(unitId);
        boolean keeps = actor.has(Role.PERSONNEL_OFFICER) && scope.served().contains(id)
                || actor.has(Role.AUTHORITY)
                && cadres.keySet().stream().anyMatch(cadre -> scope.managed().contains(new CadreId(cadre)));
        boolean sees = keeps || scope.visibleUnits().contains(id)
                || actor.cadreId().filter(cadres::containsKey).isPresent();
        return new Rights(unit, period, sees, keeps, cadres);
    }

    /** Each cadre holding a post in the unit at the quarter's end (or today, if earlier) with their posts' titles. */
    Map<Long, List<String>> cadresOf(long unitId, Quarter quarter) {
        LocalDate date = today().isBefore(quarter.lastDay()) ? today() : quarter.lastDay();
        Map<Long, List<String>> cadres = new LinkedHashMap<>();
        for (CadreWithPosition post : organization.cadresWithPositionsIn(List.of(new UnitId(unitId)), date)) {
            cadres.computeIfAbsent(post.cadreId().value(), k -> new java.util.ArrayList<>())
                    .add(post.positionTitle());
        }
        return cadres;
    }

    /**
     * The body (cơ quan) on whose notice board the unit's results are posted: the nearest agency at or above the unit
     * (Phòng Kinh tế and Trung tâm Công báo – Tin học belong to Văn phòng UBND tỉnh), for a party unit outside any
     * agency the nearest party committee (a Chi bộ belongs to its Đảng ủy), else the top of the unit's tree.
     */
    UnitView body(long unitId) {
        List<UnitView> chain = organization.unitWithParents(new UnitId(unitId));
        return chain.stream().filter(unit -> unit.kind() == UnitKind.AGENCY).findFirst()
                .or(() -> chain.stream().filter(unit -> unit.kind() == UnitKind.PARTY_COMMITTEE).findFirst())
                .orElse(chain.get(chain.size() - 1));
    }

    /** Whether the person's cadre holds a post today in the body or in a unit below it. */
    boolean memberOf(Actor actor, UnitView body) {
        return actor.cadreId().stream()
                .flatMap(cadre -> access.postsOf(new CadreId(cadre), today()).stream())
                .anyMatch(post -> organization.unitWithParents(post.unit()).stream()
                        .anyMatch(unit -> unit.id().equals(body.id())));
    }

    static Quarter quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4 || year < 2000 || year > 2200) {
            throw new InvalidInputException(List.of(FieldViolation.of("quarter", "review.period.invalid")));
        }
        return new Quarter(year, quarter);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
