package vn.danhgia.reporting.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rows' checksum is the one docs/exchange-format.md tells other systems to compute; the expected digests were
 * computed independently with Python's {@code hashlib.sha256(json.dumps(rows, ensure_ascii=False,
 * separators=(',', ':')).encode())}, which writes the same canonical form.
 */
class RowsChecksumTests {

    static final UpwardReport.Row BAO = new UpwardReport.Row("NB015", "Hà Quốc Bảo", "Phó Trưởng phòng",
            "VPUB-NB.KT", "Phòng Kinh tế", "GOOD", "GOOD", null);
    static final UpwardReport.Row MAI = new UpwardReport.Row("NB014", "Lương Thị Mai", "Phó Trưởng phòng",
            "VPUB-NB.KT", "Phòng Kinh tế", "EXCELLENT", "EXCELLENT", "Vượt 1 nhiệm vụ");

    @Test
    void theDocumentedExampleHasTheDocumentedChecksum() {
        assertThat(RowsChecksum.of(List.of(BAO, MAI)))
                .isEqualTo("18c43b73218d5ff136ccba74922935a970c204567440c3445152ee9abf86d147");
    }

    @Test
    void quotesBackslashesAndControlCharactersAreEscapedAsJsonCanonicalizationDoes() {
        UpwardReport.Row odd = new UpwardReport.Row("A\"\\\n\t\u0001/é", "x", null, "U", "u", null, "GOOD",
                "dòng 1\ndòng 2\r\b\f\u001f");

        assertThat(RowsChecksum.of(List.of(odd)))
                .isEqualTo("d9dd103310fa14fcd0e4334f231d743287b3e7fd99c7466a1dffbf6fe670e35e");
    }

    @Test
    void theOrderOfTheRowsCounts() {
        assertThat(RowsChecksum.of(List.of(MAI, BAO))).isNotEqualTo(RowsChecksum.of(List.of(BAO, MAI)));
        assertThat(RowsChecksum.of(List.of())).isEqualTo(
                "4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945");
    }
}
