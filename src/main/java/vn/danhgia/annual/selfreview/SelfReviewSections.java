package vn.danhgia.annual.selfreview;

import java.util.ArrayList;
import java.util.List;
import vn.danhgia.rules.annual.SelfReviewFormChoice.Form;

/**
 * The sections of each form, in the order seed 004 §II.3 lists the contents of a review. Their headings are message
 * keys {@code selfreview.section.<code>}; every form ends with the shortcomings, their causes and the remedies (seed
 * 004 §II.3: "khuyết điểm, hạn chế, yếu kém, nguyên nhân, giải pháp và thời gian khắc phục"), which next year's review
 * is prefilled with.
 */
final class SelfReviewSections {

    /** Tasks and their results: prefilled from the year's quarters. */
    static final String TASKS = "TASKS";
    /** Review suggestions and the remedy of earlier shortcomings: prefilled from both. */
    static final String SUGGESTIONS = "SUGGESTIONS";
    /** Shortcomings, causes and remedies: next year's review reads it. */
    static final String SHORTCOMINGS = "SHORTCOMINGS";

    /** Seed 004 §II.3 "Cấp ủy, tổ chức đảng, tập thể lãnh đạo, quản lý": the five contents. */
    private static final List<String> COLLECTIVE = List.of("PRINCIPLES", TASKS, "PARTY_BUILDING",
            "POLITICAL_DUTY", SUGGESTIONS, SHORTCOMINGS);
    /** Seed 004 §II.3, 2.3.1 "Cá nhân không giữ chức vụ lãnh đạo, quản lý". */
    private static final List<String> INDIVIDUAL = List.of("QUALITIES", TASKS, "COMMITMENT", SUGGESTIONS);
    /** Seed 004 §II.3, 2.3.2: a leader reviews 2.3.1 and these. */
    private static final List<String> LEADER = List.of("LEADERSHIP", "RESPONSIBILITY", "EXAMPLE");

    private SelfReviewSections() {
    }

    static List<String> of(Form form) {
        if (form == Form.MAU_01) {
            return COLLECTIVE;
        }
        List<String> codes = new ArrayList<>(INDIVIDUAL);
        if (form == Form.MAU_2B) {
            codes.addAll(2, LEADER);
        }
        codes.add(SHORTCOMINGS);
        return List.copyOf(codes);
    }

    static String titleKey(String code) {
        return "selfreview.section." + code;
    }
}
