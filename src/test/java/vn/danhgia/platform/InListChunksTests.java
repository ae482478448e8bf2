package vn.danhgia.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InListChunksTests {

    @Test
    void theValuesComeInOrderAtMostSizeAtATime() {
        List<Integer> values = IntStream.rangeClosed(1, 2_001).boxed().toList();
        List<List<Integer>> chunks = InListChunks.of(values, 1_000);
        assertThat(chunks).extracting(List::size).containsExactly(1_000, 1_000, 1);
        assertThat(chunks.stream().flatMap(List::stream).toList()).isEqualTo(values);
    }

    @Test
    void anExactMultipleEndsWithAFullChunkAndNoValuesGiveNone() {
        assertThat(InListChunks.of(List.of(1, 2, 3, 4), 2)).containsExactly(List.of(1, 2), List.of(3, 4));
        assertThat(InListChunks.of(List.of(), 500)).isEmpty();
    }

    @Test
    void aSizeBelowOneIsRefused() {
        assertThatThrownBy(() -> InListChunks.of(List.of(1), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
