/**
 * Emulation and rewards (bình xét thi đua, khen thưởng; seed 003 §III–IV, issue 14): registrations at the start of the
 * year, initiatives and research on record, the titles and rewards each person and collective received year by year,
 * the unit's review meeting with the council's vote, the proposal dossier sent to the personnel office, and the
 * recognition decisions. Who qualifies for what is decided by {@code vn.danhgia.rules.emulation} from the yearly
 * ratings of {@code annual} and the history kept here.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"rules", "platform", "platform::web", "organization", "membership", "scheme", "annual",
                "publication"})
package vn.danhgia.emulation;
