package vn.danhgia.emulation;

/**
 * Who qualifies for which emulation title or reward in a unit's year (issue 14 §3, §4): the people reviewed in the unit
 * and the unit itself, each with the engine's eligibility for every title and the reasons, read from the yearly
 * ratings of every year (annual), the year's discipline and open complaints, and the registrations, achievements and
 * awards on record. A unit outside the reader's management scope is not found, except to one of its people, who reads
 * their own row only.
 */
public interface EmulationEligibility {

    UnitEligibility ofUnit(long unitId, int year);
}
