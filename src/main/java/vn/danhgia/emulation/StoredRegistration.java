package vn.danhgia.emulation;

import java.time.LocalDate;
import vn.danhgia.rules.emulation.EmulationTitle;

/**
 * A recorded registration (đăng ký thi đua): the title aimed at, the day it was made and whether that was after the
 * last day in time of the holder's calendar ({@code deadline}).
 *
 * @param unitId the unit whose review the holder belongs to
 */
public record StoredRegistration(long id, Nominee nominee, long unitId, int year, EmulationTitle target,
                                 LocalDate registeredOn, boolean late, LocalDate deadline, RegistrationSource source,
                                 long version) {
}
