package vn.danhgia.scheme;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An annual calendar (lịch kiểm điểm, đánh giá, xếp loại hằng năm) as other modules see it: the year-end steps of an
 * issuing body's plan with their day and month, the legal basis by year, and the codes of the units whose year it
 * runs (each with the units below it).
 *
 * @param plan the plan the days come from (Kế hoạch 79-KH/ĐU …)
 */
public record AnnualCalendarView(long id, String code, String name, String plan, List<AnnualDeadline> steps,
                                 List<AnnualLegalBasis> legalBases, Set<String> unitCodes, long version) {

    public AnnualCalendarView {
        steps = steps.stream().sorted(Comparator.comparing((AnnualDeadline step) -> step.lastDayInTime(2001))
                .thenComparing(AnnualDeadline::step)).toList();
        legalBases = legalBases.stream().sorted(Comparator.comparingInt(AnnualLegalBasis::fromYear)).toList();
        unitCodes = Set.copyOf(unitCodes);
    }

    public Optional<AnnualDeadline> step(AnnualStep step) {
        return steps.stream().filter(deadline -> deadline.step() == step).findFirst();
    }

    /** The last day in time for the step in the year; empty when the calendar sets no such step. */
    public Optional<LocalDate> lastDayInTime(AnnualStep step, int year) {
        return step(step).map(deadline -> deadline.lastDayInTime(year));
    }

    /** The legal basis the year is rated under: the newest one from that year or earlier. */
    public Optional<AnnualLegalBasis> legalBasis(int year) {
        return legalBases.stream().filter(basis -> basis.fromYear() <= year)
                .max(Comparator.comparingInt(AnnualLegalBasis::fromYear));
    }
}
