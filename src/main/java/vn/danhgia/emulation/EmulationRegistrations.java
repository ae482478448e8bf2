package vn.danhgia.emulation;

import java.util.Optional;

/**
 * Records registrations for emulation (đăng ký thi đua, seed 003 §III.1) for the signed-in person, with the scope,
 * rules and audit of the registration service; other modules (the Excel import) write through it.
 */
public interface EmulationRegistrations {

    /**
     * Records the registration; late when made after the holder's calendar's last day for it.
     *
     * @throws vn.danhgia.platform.InvalidInputException a title not for the holder, a year or day out of range
     * @throws vn.danhgia.platform.RuleRefusedException  the holder already registered for the year
     * @throws vn.danhgia.platform.AccessRefusedException the person may not register this holder or record a past day
     * @throws vn.danhgia.platform.RecordNotFoundException an unknown holder, or one outside the person's scope
     */
    StoredRegistration register(NewRegistration registration);

    /**
     * The holder's registration for the year, if any, as an import's dry run compares it: nothing for a holder the
     * caller may not register, so that no registration outside the caller's scope shows through.
     */
    Optional<StoredRegistration> find(Nominee nominee, int year);
}
