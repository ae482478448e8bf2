package vn.danhgia.emulation;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.danhgia.organization.UnitKind;
import vn.danhgia.organization.UnitView;

/**
 * Which of a person's posts holds their emulation record: a department head is also his cell's secretary, and the
 * workplace, not the party unit, reviews his emulation (seed 003 §IV: "các phòng, ban, đơn vị").
 */
public final class Workplaces {

    private static final Set<UnitKind> PARTY_UNITS = EnumSet.of(UnitKind.PARTY_COMMITTEE, UnitKind.PARTY_CELL);

    private Workplaces() {
    }

    /** The first post outside the party's units, else the first post; empty without a post. */
    public static Optional<UnitView> of(List<UnitView> posts) {
        return posts.stream().filter(unit -> !PARTY_UNITS.contains(unit.kind())).findFirst()
                .or(() -> posts.stream().findFirst());
    }
}
