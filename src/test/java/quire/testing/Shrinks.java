package quire.testing;

import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/** The candidate steps of shrinking, as plain numbers, so that they can be tested without generators. */
final class Shrinks {
    private Shrinks() {
    }

    /**
     * Values between {@code target} and {@code value}, nearest the target first: the target itself, then
     * halfway, a quarter of the way back and so on, ending one step from {@code value}.
     */
    static LongStream towards(long target, long value) {
        if (value == target) {
            return LongStream.empty();
        }
        long distance = value - target;
        return LongStream.iterate(distance, d -> d != 0, d -> d / 2).map(d -> value - d);
    }

    /**
     * The {@code [from, to)} ranges to cut out of a list of {@code size} elements, biggest first: all of it,
     * each half, then chunks of a quarter, an eighth and so on, then single elements; none leaves fewer than
     * {@code minSize}.
     */
    static Stream<int[]> removals(int size, int minSize) {
        return IntStream.iterate(size, chunk -> chunk > 0, chunk -> chunk / 2)
                .filter(chunk -> size - chunk >= minSize)
                .boxed()
                .flatMap(chunk -> IntStream.iterate(0, from -> from + chunk <= size, from -> from + chunk)
                        .mapToObj(from -> new int[] {from, from + chunk}));
    }
}
