package vn.danhgia.rules;

/**
 * The text a rating reason rests on. {@link #citation()} is the short reference the API and logs give, by the
 * document's own name (the constants keep the seed numbers the code cites); the message bundles
 * ({@code rule.source.<NAME>}) name the issuing document in full for the people who read the reason.
 */
public enum RuleSource {
    SEED_000_III_3_1("Kế hoạch hằng quý của Đảng ủy Văn phòng UBND tỉnh Ninh Bình §III.3.1"),
    SEED_000_III_3_2("Kế hoạch hằng quý của Đảng ủy Văn phòng UBND tỉnh Ninh Bình §III.3.2"),
    SEED_000_III_3_3("Kế hoạch hằng quý của Đảng ủy Văn phòng UBND tỉnh Ninh Bình §III.3.3"),
    SEED_000_III_3_4("Kế hoạch hằng quý của Đảng ủy Văn phòng UBND tỉnh Ninh Bình §III.3.4"),
    SEED_002_ANNEX_2("Hướng dẫn 02-HD/TU Phụ lục 2 §2"),
    SEED_002_5("Hướng dẫn 02-HD/TU §5"),
    SEED_002_6_1("Hướng dẫn 02-HD/TU §6.1"),
    SEED_002_6_3("Hướng dẫn 02-HD/TU §6.3"),
    SEED_002_7_D("Hướng dẫn 02-HD/TU §7 d"),
    QD_366_ARTICLE_11("Quy định 366-QĐ/TW Điều 11"),
    SEED_004_VII_2("Kế hoạch 79-KH/ĐU §VII.2"),
    SEED_004_VII_1("Kế hoạch 79-KH/ĐU §VII.1"),
    SEED_000_III_6_4("Kế hoạch hằng quý của Đảng ủy Văn phòng UBND tỉnh Ninh Bình §III.6.4"),
    QD_124_ARTICLE_12("Quy định 124-QĐ/TW Điều 12"),
    ND_90_2020("Nghị định 90/2020/NĐ-CP, sửa đổi bởi Nghị định 48/2023/NĐ-CP"),
    ND_335_2025("Nghị định 335/2025/NĐ-CP"),
    HD_16_2018("Hướng dẫn 16-HD/BTCTW");

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
