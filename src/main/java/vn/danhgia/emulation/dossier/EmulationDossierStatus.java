package vn.danhgia.emulation.dossier;

/**
 * Where a unit's proposal dossier stands: prepared from the closed review (DRAFT), sent by the unit head to the
 * personnel office (SENT), returned by the office for the unit to send again (RETURNED), settled by a recognition
 * decision (DECIDED).
 */
public enum EmulationDossierStatus {
    DRAFT,
    SENT,
    RETURNED,
    DECIDED;

    public String messageKey() {
        return "emulationdossier.status." + name();
    }
}
