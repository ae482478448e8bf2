package vn.danhgia.membership;

import java.util.List;
import java.util.Optional;
import vn.danhgia.organization.UnitId;

/**
 * A collective reviewed at its own level (seed 004 §II.2.1 "Cấp ủy, tổ chức đảng, tập thể lãnh đạo, quản lý ở cấp
 * nào thực hiện việc kiểm điểm ở cấp đó").
 *
 * @param residentialCell chi bộ tổ dân phố: its head may be rated above it (seed 004 §VII.2)
 * @param members         the seats on the date, heads first, then deputies, then members
 */
public record CollectiveSubject(UnitId unit, String name, SubjectKind kind, boolean residentialCell,
                                List<Seat> members) {

    public CollectiveSubject {
        members = List.copyOf(members);
    }

    /** Người đứng đầu: the first holder of a HEAD seat, if any. */
    public Optional<Seat> head() {
        return members.stream().filter(seat -> seat.rank() == vn.danhgia.organization.PositionRank.HEAD).findFirst();
    }
}
