package vn.danhgia.rules.emulation;

/**
 * The level at which an initiative or a research work was recognised or had effect (phạm vi ảnh hưởng): the
 * grassroots body (cơ sở), a ministry or province (bộ, ban, ngành, tỉnh), the whole country (toàn quốc).
 */
public enum RecognitionLevel {
    GRASSROOTS,
    PROVINCIAL,
    NATIONAL;

    public boolean isAtLeast(RecognitionLevel other) {
        return ordinal() >= other.ordinal();
    }

    public String messageKey() {
        return "emulation.level." + name();
    }
}
