package vn.danhgia.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the special cases of seed 002 §7 a)–d) in a cadre's appointment history for a rated quarter. Plain Java, so
 * the decision module and other systems can call it with their own facts. Only appointments to leader posts count;
 * concurrent posts (kiêm nhiệm) never start a special case.
 */
public final class SpecialCases {

    private static final int MONTHS_BEFORE_RATING = 2; // Seed 002 §7 a), b): "chưa đủ 02 tháng"
    private static final int MONTHS_IN_QUARTER = 1;    // Seed 002 §7 d): "dưới 01 tháng trong quý"

    private SpecialCases() {
    }

    /**
     * @param ratingDate the day of the rating (thời điểm đánh giá, xếp loại), e.g. 18/9 under seed 000 §III.4
     * @param history    the cadre's appointments, in any order
     */
    public static List<SpecialCase> in(int year, int quarter, LocalDate ratingDate,
                                       Collection<AppointmentFact> history) {
        LocalDate firstDay = firstDayOf(year, quarter);
        LocalDate lastDay = firstDay.plusMonths(3).minusDays(1);
        if (ratingDate.isBefore(firstDay)) {
            throw new IllegalArgumentException("rating date " + ratingDate + " is before quarter " + quarter + "/" + year);
        }
        List<SpecialCase> cases = new ArrayList<>();
        history.stream()
                .filter(AppointmentFact::leader)
                .sorted(Comparator.comparing(AppointmentFact::start))
                .forEach(appointment -> caseOf(appointment, firstDay, lastDay, ratingDate, history)
                        .ifPresent(cases::add));
        return List.copyOf(cases);
    }

    private static Optional<SpecialCase> caseOf(AppointmentFact appointment, LocalDate firstDay, LocalDate lastDay,
                                                LocalDate ratingDate, Collection<AppointmentFact> history) {
        return switch (appointment.kind()) {
            case PROMOTION, TRANSFER -> changeOfPost(appointment, ratingDate, history);
            case RESTRUCTURING -> restructured(appointment, firstDay, ratingDate);
            case FIRST_APPOINTMENT -> deferred(appointment, firstDay, lastDay);
            case CONCURRENT -> Optional.empty();
        };
    }

    // Seed 002 §7 a) "đã là lãnh đạo, quản lý nhưng được bổ nhiệm chức vụ mới cao hơn trong cùng một cơ quan, đơn vị mà
    // thời gian giữ chức vụ mới tính đến thời điểm đánh giá, xếp loại chưa đủ 02 tháng";
    // §7 b) "đã là cán bộ lãnh đạo, quản lý được điều động hoặc bổ nhiệm sang cơ quan, đơn vị mới nhưng chưa đủ 02 tháng".
    private static Optional<SpecialCase> changeOfPost(AppointmentFact appointment, LocalDate ratingDate,
                                                      Collection<AppointmentFact> history) {
        boolean recent = !appointment.start().isAfter(ratingDate)
                && appointment.start().plusMonths(MONTHS_BEFORE_RATING).isAfter(ratingDate);
        if (!recent) {
            return Optional.empty();
        }
        return previousLeaderPost(appointment, history).flatMap(previous -> {
            boolean sameOrganisation = previous.organisation().equals(appointment.organisation());
            if (!sameOrganisation) {
                return Optional.of(new SpecialCase(SpecialCaseKind.MOVED_TO_NEW_UNIT, appointment.position(),
                        appointment.start(), previous.position()));
            }
            if (appointment.kind() == AppointmentKind.PROMOTION) {
                return Optional.of(new SpecialCase(SpecialCaseKind.PROMOTED_WITHIN_UNIT, appointment.position(),
                        appointment.start(), previous.position()));
            }
            return Optional.empty();
        });
    }

    /** The main (not concurrent) leader post held the day before the new one started. */
    private static Optional<AppointmentFact> previousLeaderPost(AppointmentFact appointment,
                                                                Collection<AppointmentFact> history) {
        LocalDate dayBefore = appointment.start().minusDays(1);
        return history.stream()
                .filter(other -> other != appointment && other.leader()
                        && other.kind() != AppointmentKind.CONCURRENT && other.isInForceOn(dayBefore))
                .max(Comparator.comparing(AppointmentFact::start));
    }

    // Seed 002 §7 c) "thay đổi vị trí công tác theo yêu cầu sắp xếp tinh gọn tổ chức bộ máy … thì tiến hành đánh giá,
    // xếp loại theo kết quả thực hiện nhiệm vụ từ thời điểm sau khi sắp xếp". A change on the quarter's first day
    // changes nothing for the quarter.
    private static Optional<SpecialCase> restructured(AppointmentFact appointment, LocalDate firstDay,
                                                      LocalDate ratingDate) {
        boolean duringQuarter = appointment.start().isAfter(firstDay) && !appointment.start().isAfter(ratingDate);
        return duringQuarter
                ? Optional.of(new SpecialCase(SpecialCaseKind.RESTRUCTURED, appointment.position(),
                        appointment.start(), null))
                : Optional.empty();
    }

    // Seed 002 §7 d) "Cá nhân lần đầu được bổ nhiệm giữ chức danh lãnh đạo, quản lý có thời gian dưới 01 tháng trong
    // quý đánh giá". Held from the start to the quarter's last day, both included: 1/9 to 30/9 is a full month.
    private static Optional<SpecialCase> deferred(AppointmentFact appointment, LocalDate firstDay, LocalDate lastDay) {
        LocalDate start = appointment.start();
        boolean inQuarter = !start.isBefore(firstDay) && !start.isAfter(lastDay);
        boolean underAMonth = start.plusMonths(MONTHS_IN_QUARTER).isAfter(lastDay.plusDays(1));
        return inQuarter && underAMonth
                ? Optional.of(new SpecialCase(SpecialCaseKind.DEFERRED_FIRST_APPOINTMENT, appointment.position(),
                        start, null))
                : Optional.empty();
    }

    private static LocalDate firstDayOf(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4, was " + quarter);
        }
        return LocalDate.of(year, 3 * quarter - 2, 1);
    }
}
