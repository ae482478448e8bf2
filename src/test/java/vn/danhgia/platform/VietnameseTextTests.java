package vn.danhgia.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Vietnamese name order (given name, then middle names, then family name) and search keys without diacritics. */
class VietnameseTextTests {

    private static final Comparator<String> VIETNAMESE_ORDER = Comparator.comparing(VietnameseText::nameSortKey);

    /** Issue 12 §4: units and other texts in Vietnamese order, Đ after D and not after Z. */
    @Test
    void textsSortWordByWordWithDAfterDNotAfterZ() {
        List<String> units = new java.util.ArrayList<>(List.of("Văn phòng", "Đảng ủy Văn phòng", "Zê-ta",
                "Ban Dân vận", "Dịch vụ công", "Đoàn Thanh niên", "Ấp Bắc"));

        units.sort(VietnameseText.TEXT_ORDER);

        assertThat(units).containsExactly("Ấp Bắc", "Ban Dân vận", "Dịch vụ công", "Đảng ủy Văn phòng",
                "Đoàn Thanh niên", "Văn phòng", "Zê-ta");
    }

    @Test
    void givenNameDecidesBeforeFamilyName() {
        assertThat(VietnameseText.nameSortKey("Nguyễn Văn An"))
                .isLessThan(VietnameseText.nameSortKey("Trần Văn Anh"));
        assertThat(VietnameseText.nameSortKey("Trần Văn An"))
                .isLessThan(VietnameseText.nameSortKey("Nguyễn Văn Bình"));
    }

    @Test
    void aToneMarkComesAfterTheSameLettersWithout() {
        assertThat(VietnameseText.nameSortKey("Lê Thị Ánh")).isGreaterThan(VietnameseText.nameSortKey("Lê Thị Anh"));
    }

    @Test
    void lettersWithMarksFollowTheirBaseLetter() {
        assertThat(sorted("Lê Văn Ân", "Lê Văn Ăn", "Lê Văn An")).containsExactly("Lê Văn An", "Lê Văn Ăn", "Lê Văn Ân");
        assertThat(sorted("Lê Văn Đức", "Lê Văn Dũng", "Lê Văn Duy")).containsExactly("Lê Văn Dũng", "Lê Văn Duy",
                "Lê Văn Đức");
        assertThat(sorted("Lê Văn Ưng", "Lê Văn Uy", "Lê Văn Vinh")).containsExactly("Lê Văn Uy", "Lê Văn Ưng",
                "Lê Văn Vinh");
        assertThat(sorted("Lê Văn Ơn", "Lê Văn Ôn", "Lê Văn On")).containsExactly("Lê Văn On", "Lê Văn Ôn",
                "Lê Văn Ơn");
    }

    /** ngang < huyền < hỏi < ngã < sắc < nặng. */
    @Test
    void tonesFollowTheTraditionalOrder() {
        assertThat(sorted("Lê Thị Mạ", "Lê Thị Má", "Lê Thị Mã", "Lê Thị Mả", "Lê Thị Mà", "Lê Thị Ma"))
                .containsExactly("Lê Thị Ma", "Lê Thị Mà", "Lê Thị Mả", "Lê Thị Mã", "Lê Thị Má", "Lê Thị Mạ");
    }

    @Test
    void lettersDecideBeforeTones() {
        // "Ánh" has a tone but its letters come first: a-n-h < a-n-h-? and A < B whatever the tones.
        assertThat(sorted("Lê Văn Bá", "Lê Văn Ạnh")).containsExactly("Lê Văn Ạnh", "Lê Văn Bá");
        assertThat(sorted("Lê Văn Anh", "Lê Văn Án")).containsExactly("Lê Văn Án", "Lê Văn Anh");
    }

    @Test
    void middleNamesDecideBeforeFamilyNameAndFamilyNameOnlyWhenTheRestIsEqual() {
        assertThat(sorted("Trần Thị Mai", "Lương Văn Mai", "Lương Thị Mai", "Đỗ Thị Mai"))
                .containsExactly("Đỗ Thị Mai", "Lương Thị Mai", "Trần Thị Mai", "Lương Văn Mai");
    }

    @Test
    void shorterNamesComeFirstAndCaseDoesNotMatter() {
        assertThat(sorted("Phạm Anh", "Phạm Văn Anh", "Phạm An")).containsExactly("Phạm An", "Phạm Anh",
                "Phạm Văn Anh");
        assertThat(VietnameseText.nameSortKey("LÊ THỊ ÁNH")).isEqualTo(VietnameseText.nameSortKey("Lê Thị Ánh"));
    }

    @Test
    void composedAndDecomposedSpellingsSortAlike() {
        String decomposed = java.text.Normalizer.normalize("Nguyễn Thị Thúy Hằng", java.text.Normalizer.Form.NFD);
        assertThat(VietnameseText.nameSortKey(decomposed)).isEqualTo(VietnameseText.nameSortKey("Nguyễn Thị Thúy Hằng"));
    }

    @Test
    void searchKeyDropsDiacriticsAndCase() {
        assertThat(VietnameseText.searchKey("Đỗ Mạnh Cường")).isEqualTo("do manh cuong");
        assertThat(VietnameseText.searchKey("  Nguyễn   Văn A ")).isEqualTo("nguyen van a");
        assertThat(VietnameseText.searchKey("LƯƠNG THỊ MAI")).isEqualTo("luong thi mai");
        assertThat(VietnameseText.searchKey("nguyen van a")).isEqualTo("nguyen van a");
    }

    private static List<String> sorted(String... names) {
        return List.of(names).stream().sorted(VIETNAMESE_ORDER).toList();
    }
}
