package vn.danhgia.emulation;

import java.util.List;
import vn.danhgia.rules.emulation.EmulationTitle;

/**
 * The unit's review meeting (họp bình xét thi đua, khen thưởng; seed 003 §III–IV, issue 14 §4), held after its yearly
 * ratings are decided: the candidates with the engine's eligibility, the nominations (only an eligible holder, for the
 * title its achievement earns, not the one it registered for), the council's vote against its threshold, the cap of
 * Chiến sĩ thi đua cơ sở, the minutes, and the close after which it is read-only. The unit head or the personnel
 * office conducts it; the management scope reads it. Every change is audited and carries the version read.
 */
public interface EmulationReviews {

    /** The units in the reader's scope with their meeting of the year. */
    List<EmulationReviewUnit> units(int year);

    EmulationReviewView open(long unitId, int year);

    EmulationReviewView get(long reviewId);

    EmulationReviewView nominate(long reviewId, long version, Nominee nominee, EmulationTitle title);

    /** The council's vote on a nomination, at the nomination's version. */
    EmulationReviewView vote(long reviewId, long nominationId, long version, Integer votesFor, Integer votesAgainst);

    EmulationReviewView recordMinutes(long reviewId, long version, ReviewMinutes minutes);

    EmulationReviewView close(long reviewId, long version);
}
