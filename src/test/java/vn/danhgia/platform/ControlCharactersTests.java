package vn.danhgia.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which characters the boundary refuses, at the edges of each range. */
class ControlCharactersTests {

    @Test
    void c0ControlsButTabLineFeedAndCarriageReturnAreRefused() {
        assertThat(ControlCharacters.isRefused(0x00)).isTrue();
        assertThat(ControlCharacters.isRefused(0x1F)).isTrue();
        assertThat(ControlCharacters.isRefused('\t')).isFalse();
        assertThat(ControlCharacters.isRefused('\n')).isFalse();
        assertThat(ControlCharacters.isRefused('\r')).isFalse();
        assertThat(ControlCharacters.isRefused(' ')).isFalse();
    }

    @Test
    void deleteAndC1ControlsAreRefusedButNotTheLettersAroundThem() {
        assertThat(ControlCharacters.isRefused('~')).isFalse();
        assertThat(ControlCharacters.isRefused(0x7F)).isTrue();
        assertThat(ControlCharacters.isRefused(0x9F)).isTrue();
        assertThat(ControlCharacters.isRefused(0xA0)).isFalse();
        assertThat(ControlCharacters.firstRefused("Nguyễn Thị Hằng, Đảng ủy\r\n\tđ")).isEmpty();
    }

    @Test
    void aFieldIsNamedWithTheCharacterWrittenOut() {
        assertThat(ControlCharacters.checkText("tasks[0].title", "Báo\u0000cáo")).hasValueSatisfying(violation -> {
            assertThat(violation.field()).isEqualTo("tasks[0].title");
            assertThat(violation.messageKey()).isEqualTo(ControlCharacters.IN_TEXT);
            assertThat(violation.arguments()).containsExactly("tasks[0].title", "U+0000");
        });
        assertThat(ControlCharacters.checkText("ti\u0007tle", "x")).isEmpty();
        assertThat(ControlCharacters.visible("ti\u0007tle")).isEqualTo("tiU+0007tle");
    }

    @Test
    void fileNamesAlsoRefuseTheCharactersThatTurnTheTextAround() {
        assertThat(ControlCharacters.checkFileName("file", "hoso\u202Efdp.exe")).hasValueSatisfying(violation ->
                assertThat(violation.arguments()).containsExactly("file", "U+202E"));
        for (int codePoint : new int[] {0x200E, 0x200F, 0x202A, 0x2066, 0x2069, 0x061C}) {
            assertThat(ControlCharacters.checkFileName("file", "a" + Character.toString(codePoint) + ".pdf"))
                    .hasValueSatisfying(violation -> assertThat(violation.messageKey())
                            .isEqualTo(ControlCharacters.BIDI_IN_FILE_NAME));
        }
        assertThat(ControlCharacters.checkFileName("file", "Biên bản họp Hội đồng (quý 3).pdf")).isEmpty();
        assertThat(ControlCharacters.checkText("comment", "hoso\u202Efdp")).isEmpty();
    }
}
