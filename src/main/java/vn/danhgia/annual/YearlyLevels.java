package vn.danhgia.annual;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The live yearly ratings of many subjects over their years, in a fixed number of statements however many are asked
 * for: the chains of consecutive years of the emulation titles read them (issue 14 §3). Checks nothing of access: the
 * caller has checked that its reader sees the unit.
 */
public interface YearlyLevels {

    /** Each subject's live ratings on the track up to and including {@code lastYear}, oldest first. */
    Map<Long, List<YearlyOutcome>> of(YearlyTrack track, Collection<Long> subjectIds, int lastYear);

    /** The live ratings of the unit and year, every track. */
    List<YearlyOutcome> ofUnit(long unitId, int year);
}
