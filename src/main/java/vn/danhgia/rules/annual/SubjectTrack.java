package vn.danhgia.rules.annual;

/**
 * What kind of subject is rated for the year, which decides the national text that applies
 * ({@link AnnualLegalBasis#forYear}): the party side (QĐ 124 → QĐ 366) or the state side (NĐ 90 → NĐ 335 for công
 * chức; NĐ 90 for viên chức).
 */
public enum SubjectTrack {
    /** Đảng viên, rated by the party rules. */
    PARTY_MEMBER,
    /** Công chức (and cán bộ), rated by NĐ 90/2020 + 48/2023 until 2025, NĐ 335/2025 from 2026. */
    CIVIL_SERVANT,
    /** Viên chức, rated by NĐ 90/2020 + 48/2023. */
    PUBLIC_EMPLOYEE,
    /** Người lao động under contract: rated by the agency on the viên chức conditions (a scheme setting). */
    WORKER,
    /** Tổ chức đảng (đảng bộ, chi bộ). */
    PARTY_ORGANISATION,
    /** Tập thể lãnh đạo, quản lý of an agency, unit or standing body. */
    LEADERSHIP_COLLECTIVE;

    public boolean isCollective() {
        return this == PARTY_ORGANISATION || this == LEADERSHIP_COLLECTIVE;
    }

    /** Rated by the party's rules (QĐ 124 / QĐ 366). */
    public boolean isPartySide() {
        return this == PARTY_MEMBER || isCollective();
    }

    public String messageKey() {
        return "annualrule.track." + name();
    }
}
