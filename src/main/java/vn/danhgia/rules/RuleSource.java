package vn.danhgia.rules;

/**
 * The text a rating reason rests on. {@link #citation()} is the short reference used in code and logs; the message
 * bundles ({@code rule.source.<NAME>}) name the issuing document for the people who read the reason.
 */
public enum RuleSource {
    SEED_000_III_3_1("Seed 000 §III.3.1"),
    SEED_000_III_3_2("Seed 000 §III.3.2"),
    SEED_000_III_3_3("Seed 000 §III.3.3"),
    SEED_000_III_3_4("Seed 000 §III.3.4"),
    SEED_002_ANNEX_2("Seed 002 Phụ lục 2 §2"),
    SEED_002_5("Seed 002 §5"),
    SEED_002_6_1("Seed 002 §6.1"),
    SEED_002_6_3("Seed 002 §6.3"),
    SEED_002_7_D("Seed 002 §7 d"),
    QD_366_ARTICLE_11("Quy định 366-QĐ/TW Điều 11"),
    SEED_004_VII_2("Seed 004 §VII.2");

    private final String citation;

    RuleSource(String citation) {
        this.citation = citation;
    }

    public String citation() {
        return citation;
    }

    public String messageKey() {
        return "rule.source." + name();
    }
}
