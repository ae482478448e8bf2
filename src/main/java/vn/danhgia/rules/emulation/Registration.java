package vn.danhgia.rules.emulation;

/**
 * Whether a person or collective registered for emulation (đăng ký thi đua) for the year: on time (by the scheme's
 * deadline at the start of the year), late, or not at all (seed 003 §III.1).
 */
public enum Registration {
    ON_TIME,
    LATE,
    MISSING
}
