package vn.danhgia.annual;

import java.util.List;
import vn.danhgia.rules.RatingLevel;

/**
 * The yearly ratings (xếp loại chất lượng cuối năm, issue 13 §5 and §7). Every change is audited; access by management
 * scope is checked here.
 */
public interface YearlyRatings {

    /** Creates the missing ratings of the unit's people (and the unit as a collective) for the year, facts gathered. */
    YearlyBoard gather(long unitId, int year);

    YearlyBoard board(long unitId, int year);

    YearlyRatingView get(long ratingId);

    /** The level the review meeting or the workplace proposes (entered until the meetings are wired). */
    YearlyRatingView propose(long ratingId, long version, RatingLevel level, String comment);

    /**
     * The facts the proposer or the personnel office enters for the year (discipline, degradation, corruption, and
     * points or task counts where no source holds them or they differ), checked, audited, at the version read; the
     * suggestion is worked out again.
     */
    YearlyRatingView enterFacts(long ratingId, long version, YearlyFactsInput facts);

    /**
     * The annual authority's decision: a level above the suggestion needs a written reason; EXCELLENT within the
     * peer group's 20 %; a head not above the decided collective (seed 004 §VII.2); a party-member level after the
     * civil-servant one, or resting provisionally on the workplace's proposal (seed 003 §I.2, seed 004 §VII.1).
     */
    YearlyRatingView decide(long ratingId, long version, RatingLevel level, String reason);

    /** Announces the unit's decided yearly ratings; returns how many. */
    int announce(long unitId, int year);

    /**
     * Locks the unit's announced ratings once the complaint window has passed with no complaint open. Complaints are
     * filed and answered in publication's complaint workflow ({@code ComplaintService}, kind YEARLY), which cancels an
     * announced yearly rating and opens its replacement when a complaint is upheld.
     */
    int lock(long unitId, int year);

    YearlyHistory history(long cadreId);

    List<YearlyRatingView> ofCadre(long cadreId);
}
