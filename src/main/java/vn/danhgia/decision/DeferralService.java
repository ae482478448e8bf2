package vn.danhgia.decision;

import java.util.List;

/**
 * Special cases of the quarterly rating (seed 002 §7, §3.3). The personnel officer whose office serves the cadre's unit
 * marks a quarter deferred (§7 d) or exempts a party committee member without professional duties from quarterly
 * rating for a year (§3.3), and withdraws either, each time with a note; nobody marks their own. Quarter IV is never
 * rated quarterly (seed 000 §I.2.2), so it is refused. The cadre, the unit's leadership and the authority see the
 * marks; anyone else gets "not found". Every change is audited; a stale version is refused (409).
 * <p>
 * Versions: {@code expectedVersion} is the version read, or {@code null} when nothing was marked yet, so that of two
 * people marking from the same page only the first succeeds.
 */
public interface DeferralService {

    QuarterCaseView quarter(long cadreId, int year, int quarter);

    /** The cadres of the units the signed-in personnel officer serves, with their cases for the quarter. */
    List<QuarterCaseView> served(int year, int quarter);

    QuarterCaseView defer(long cadreId, int year, int quarter, DeferralKind kind, String note, Long expectedVersion);

    QuarterCaseView withdrawDeferral(long cadreId, int year, int quarter, long expectedVersion, String note);

    ExemptionView exempt(long cadreId, int year, ExemptRatingPeriod ratingPeriod, String note, Long expectedVersion);

    ExemptionView withdrawExemption(long cadreId, int year, long expectedVersion, String note);

    /**
     * Refuses (409) rating the cadre's quarter when it is deferred (seed 002 §7 d) or the cadre is exempt from
     * quarterly rating that year (seed 002 §3.3), or when it is quarter IV (seed 000 §I.2.2). No access check: the
     * caller checked who may rate.
     */
    void requireRatedQuarterly(long cadreId, int year, int quarter);
}
