package vn.danhgia.rules.emulation;

/**
 * The emulation titles (danh hiệu thi đua) and forms of reward (hình thức khen thưởng) the system proposes, with the
 * article of the Luật Thi đua, khen thưởng 2022 that sets each one's standard.
 */
public enum EmulationTitle {
    /** Lao động tiên tiến (Điều 24). */
    ADVANCED_WORKER(Nominee.PERSON, Form.TITLE, "Luật TĐKT 2022 Điều 24"),
    /** Chiến sĩ thi đua cơ sở (Điều 23). */
    GRASSROOTS_EMULATION_FIGHTER(Nominee.PERSON, Form.TITLE, "Luật TĐKT 2022 Điều 23"),
    /** Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh (Điều 22). */
    PROVINCIAL_EMULATION_FIGHTER(Nominee.PERSON, Form.TITLE, "Luật TĐKT 2022 Điều 22"),
    /** Chiến sĩ thi đua toàn quốc (Điều 21). */
    NATIONAL_EMULATION_FIGHTER(Nominee.PERSON, Form.TITLE, "Luật TĐKT 2022 Điều 21"),
    /** Giấy khen của thủ trưởng cơ quan (Điều 75). */
    CERTIFICATE_OF_MERIT(Nominee.PERSON, Form.REWARD, "Luật TĐKT 2022 Điều 75"),
    /** Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh (Điều 74). */
    PROVINCIAL_MERIT(Nominee.PERSON, Form.REWARD, "Luật TĐKT 2022 Điều 74"),
    /** Bằng khen của Thủ tướng Chính phủ (Điều 71). */
    PRIME_MINISTER_MERIT(Nominee.PERSON, Form.REWARD, "Luật TĐKT 2022 Điều 71"),
    /** Tập thể lao động tiên tiến (Điều 28). */
    ADVANCED_COLLECTIVE(Nominee.COLLECTIVE, Form.TITLE, "Luật TĐKT 2022 Điều 28"),
    /** Tập thể lao động xuất sắc (Điều 27). */
    EXCELLENT_COLLECTIVE(Nominee.COLLECTIVE, Form.TITLE, "Luật TĐKT 2022 Điều 27");

    /** Who the title is for. */
    public enum Nominee { PERSON, COLLECTIVE }

    /** A yearly title (danh hiệu) or a form of reward (hình thức khen thưởng). */
    public enum Form { TITLE, REWARD }

    private final Nominee nominee;
    private final Form form;
    private final String source;

    EmulationTitle(Nominee nominee, Form form, String source) {
        this.nominee = nominee;
        this.form = form;
        this.source = source;
    }

    public Nominee nominee() {
        return nominee;
    }

    public Form form() {
        return form;
    }

    /** The article that sets the title's standard. */
    public String source() {
        return source;
    }

    public String messageKey() {
        return "emulation.title." + name();
    }
}
