package vn.danhgia.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SchemeMessagesTests {

    private final Properties vietnamese = SchemeMessages.vietnamese();
    private final Properties english = SchemeMessages.english();

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(vietnamese.stringPropertyNames()).isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void noMessageIsBlank() {
        assertThat(vietnamese.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
        assertThat(english.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
    }

    @Test
    void everyStepAndMonthHasALabel() {
        assertThat(vietnamese.stringPropertyNames())
                .containsAll(Arrays.stream(DeadlineStep.values()).map(step -> "scheme.step." + step).toList())
                .containsAll(Arrays.stream(DeadlineMonth.values()).map(month -> "scheme.month." + month).toList());
    }

    @Test
    void vietnameseTextIsReadAsUtf8() {
        assertThat(vietnamese.getProperty("scheme.step.SELF_ASSESSMENT"))
                .isEqualTo("Cá nhân tự đánh giá, chấm điểm và đề xuất xếp loại");
    }
}
