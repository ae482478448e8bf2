package vn.danhgia.rules;

/**
 * The rated periods of a year in order: quarters I–III and the year-end rating, which also covers quarter IV
 * (seed 000 §I.2.2: "chỉ thực hiện việc đánh giá, xếp loại đối với quý I, II, III; không thực hiện việc đánh giá
 * quý IV mà kết hợp vào đánh giá, xếp loại cuối năm").
 */
public enum RatedPeriod {
    Q1,
    Q2,
    Q3,
    YEAR_END;

    public boolean isQuarter() {
        return this != YEAR_END;
    }
}
