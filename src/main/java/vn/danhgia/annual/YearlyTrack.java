package vn.danhgia.annual;

/**
 * Which yearly rating a subject gets: a cadre's rating as civil servant or public employee (xếp loại công chức, viên
 * chức; Nghị định 90/2020, 335/2025), the same cadre's rating as a party member (xếp loại đảng viên; Quy định 124, 366),
 * or a collective's (tập thể lãnh đạo, quản lý; tổ chức đảng). Seed 003 §I.2: the first before the second.
 */
public enum YearlyTrack {
    STATE,
    PARTY,
    COLLECTIVE;

    public String messageKey() {
        return "annual.rating.track." + name();
    }
}
