package quire.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The heap's free room is narrowed for the collection after a count and widened again after it. */
class HeapRatiosTest {
    private final int min = HeapRatios.now("MinHeapFreeRatio");
    private final int max = HeapRatios.now("MaxHeapFreeRatio");

    @AfterEach
    void restore() {
        HeapRatios.roomy();
    }

    @Test
    void tightKeepsFiveToFifteenPercentFreeAndRoomyHotSpotsDefaults() {
        assertThat(min).as("this JVM has the flags").isPositive();
        assertThat(max).isPositive();
        assertThat(HeapRatios.tight()).isTrue();
        assertThat(HeapRatios.now("MinHeapFreeRatio")).isEqualTo(5);
        assertThat(HeapRatios.now("MaxHeapFreeRatio")).isEqualTo(15);
        assertThat(HeapRatios.roomy()).isTrue();
        assertThat(HeapRatios.now("MinHeapFreeRatio")).isEqualTo(40);
        assertThat(HeapRatios.now("MaxHeapFreeRatio")).isEqualTo(70);
    }

    @Test
    void eachOrderIsOneTheJvmTakes() {
        // Tight twice, roomy twice: neither ever asks for a minimum above the maximum in between.
        assertThat(HeapRatios.tight()).isTrue();
        assertThat(HeapRatios.tight()).isTrue();
        assertThat(HeapRatios.roomy()).isTrue();
        assertThat(HeapRatios.roomy()).isTrue();
    }

    @Test
    void aFlagThisJvmDoesNotHaveReadsAsMissing() {
        assertThat(HeapRatios.now("NoSuchHeapFlagAnywhere")).isEqualTo(-1);
    }
}
