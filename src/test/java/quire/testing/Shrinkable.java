package quire.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A generated value and, made only when asked, the smaller values it may shrink to, most aggressive first.
 * Keeping the shrinks with the value (rather than shrinking the value afterwards) is what lets
 * {@link #map} and the tuples shrink: a mapped value shrinks by shrinking what it was made from.
 */
public record Shrinkable<T>(T value, Supplier<Stream<Shrinkable<T>>> shrinker) {

    /** A value that is already as small as it gets. */
    public static <T> Shrinkable<T> unshrinkable(T value) {
        return new Shrinkable<>(value, Stream::empty);
    }

    public Stream<Shrinkable<T>> shrinks() {
        return shrinker.get();
    }

    public <R> Shrinkable<R> map(Function<? super T, ? extends R> f) {
        return new Shrinkable<>(f.apply(value), () -> shrinks().map(s -> s.map(f)));
    }

    /** Only the shrinks that still satisfy {@code keep}, so that a filtered generator never shrinks out of its set. */
    public Shrinkable<T> filter(Predicate<? super T> keep) {
        return new Shrinkable<>(value, () -> shrinks().filter(s -> keep.test(s.value())).map(s -> s.filter(keep)));
    }

    /**
     * A list of shrinkable elements as one shrinkable list, never shorter than {@code minSize}. It shrinks by
     * dropping a half, then chunks of a quarter, an eighth and so on, then single elements, and last by
     * shrinking each element in place.
     */
    public static <T> Shrinkable<List<T>> list(List<Shrinkable<T>> elements, int minSize) {
        List<T> values = elements.stream().map(Shrinkable::value).toList();
        return new Shrinkable<>(values, () -> Stream.concat(
                        Shrinks.removals(elements.size(), minSize).map(cut -> without(elements, cut[0], cut[1])),
                        shrinkEachElement(elements))
                .map(smaller -> list(smaller, minSize)));
    }

    /** Several independent fields as one value, each field shrinking in turn while the others stay. */
    static Shrinkable<List<Object>> tuple(List<Shrinkable<Object>> fields) {
        List<Object> values = fields.stream().map(Shrinkable::value).toList();
        return new Shrinkable<>(values, () -> shrinkEachElement(fields).map(Shrinkable::tuple));
    }

    private static <T> List<Shrinkable<T>> without(List<Shrinkable<T>> elements, int from, int to) {
        List<Shrinkable<T>> kept = new ArrayList<>(elements.subList(0, from));
        kept.addAll(elements.subList(to, elements.size()));
        return kept;
    }

    private static <T> Stream<List<Shrinkable<T>>> shrinkEachElement(List<Shrinkable<T>> elements) {
        return IntStream.range(0, elements.size()).boxed().flatMap(i -> elements.get(i).shrinks().map(smaller -> {
            List<Shrinkable<T>> changed = new ArrayList<>(elements);
            changed.set(i, smaller);
            return changed;
        }));
    }
}
