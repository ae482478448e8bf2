package vn.danhgia.membership;

import java.util.Objects;
import vn.danhgia.organization.PositionId;
import vn.danhgia.organization.UnitId;

/**
 * What an annual authority row is about: whoever holds a position, a collective, or everyone in or under a unit
 * whom no position row covers ("the Chánh Văn phòng rates everyone else", "Đảng ủy phường rates all party members").
 */
public record AuthoritySubject(PositionId position, UnitId collective, UnitId everyoneUnder) {

    public AuthoritySubject {
        int given = (position == null ? 0 : 1) + (collective == null ? 0 : 1) + (everyoneUnder == null ? 0 : 1);
        if (given != 1) {
            throw new IllegalArgumentException("exactly one of position, collective, everyoneUnder");
        }
    }

    public static AuthoritySubject position(PositionId position) {
        return new AuthoritySubject(Objects.requireNonNull(position), null, null);
    }

    public static AuthoritySubject collective(UnitId unit) {
        return new AuthoritySubject(null, Objects.requireNonNull(unit), null);
    }

    public static AuthoritySubject everyoneUnder(UnitId unit) {
        return new AuthoritySubject(null, null, Objects.requireNonNull(unit));
    }
}
