package vn.danhgia.decision;

import java.util.List;
import java.util.Optional;

/**
 * A cadre's quarter as the personnel office handles its special cases (seed 002 §7, §3.3): the deferral if one was
 * ever marked, the year's exemption, the special cases found in the appointments, the deferred quarters whose results
 * this quarter takes up, and whether the reader may mark or withdraw.
 *
 * @param carriesOver earlier deferred quarters whose results are considered in this quarter's rating
 */
public record QuarterCaseView(long cadreId, String cadreCode, String fullName, int year, int quarter,
                              Optional<DeferralView> deferral, Optional<ExemptionView> exemption,
                              List<SpecialCaseFlag> flags, List<PeriodRef> carriesOver, boolean canMark) {

    public QuarterCaseView {
        flags = List.copyOf(flags);
        carriesOver = List.copyOf(carriesOver);
    }

    public boolean deferred() {
        return deferral.filter(DeferralView::active).isPresent();
    }

    public boolean exempt() {
        return exemption.filter(ExemptionView::active).isPresent();
    }

    /** Found from the appointments but not yet marked: the officer confirms it. */
    public boolean deferralSuggested() {
        return !deferred() && flags.stream().anyMatch(SpecialCaseFlag::suggestsDeferral);
    }

    public long deferralVersion() {
        return deferral.map(DeferralView::version).orElse(-1L);
    }

    public long exemptionVersion() {
        return exemption.map(ExemptionView::version).orElse(-1L);
    }
}
