package vn.danhgia.emulation;

/** Who holds a registration, an achievement or a title: an individual (a cadre) or a collective (a unit). */
public enum EmulationHolder {
    INDIVIDUAL,
    COLLECTIVE;

    public String messageKey() {
        return "emulation.holder." + name();
    }
}
