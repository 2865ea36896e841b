package quire.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Makes one value, with its shrinks, from a random source. A generator keeps no state: everything it
 * draws comes from the {@code random} it is given, which is what makes a seed repeat a run.
 * Strings and byte arrays are in {@link Texts}.
 */
@FunctionalInterface
public interface Gen<T> {

    Shrinkable<T> generate(SplittableRandom random);

    default <R> Gen<R> map(Function<? super T, ? extends R> f) {
        return random -> generate(random).map(f);
    }

    /**
     * Only values that satisfy {@code keep}, shrinks included. Meant for rare exclusions: a filter that
     * rejects most values makes generation slow, and one that rejects nearly all of them fails loudly.
     */
    default Gen<T> filter(Predicate<? super T> keep) {
        return random -> {
            for (int attempt = 0; attempt < 10_000; attempt++) {
                Shrinkable<T> candidate = generate(random);
                if (keep.test(candidate.value())) {
                    return candidate.filter(keep);
                }
            }
            throw new IllegalStateException("the filter rejected 10000 values in a row: generate what it keeps instead");
        };
    }

    static <T> Gen<T> constant(T value) {
        return random -> Shrinkable.unshrinkable(value);
    }

    /**
     * Whole numbers from {@code min} to {@code max}, both included, shrinking towards {@code min}. One
     * value in eight is an end of the range, where off-by-one bugs live.
     */
    static Gen<Integer> ints(int min, int max) {
        return ints(min, max, min);
    }

    /** As {@link #ints(int, int)}, shrinking towards {@code target} (which must lie in the range). */
    static Gen<Integer> ints(int min, int max, int target) {
        if (min > max || target < min || target > max) {
            throw new IllegalArgumentException("ints(" + min + ", " + max + ") towards " + target);
        }
        return random -> {
            int pick = random.nextInt(16);
            long value = pick == 0 ? min : pick == 1 ? max : random.nextLong(min, (long) max + 1);
            return shrinkingTowards(target, (int) value);
        };
    }

    private static Shrinkable<Integer> shrinkingTowards(int target, int value) {
        return new Shrinkable<>(value, () -> Shrinks.towards(target, value)
                .mapToObj(smaller -> shrinkingTowards(target, (int) smaller)));
    }

    /** False or true; true shrinks to false. */
    static Gen<Boolean> booleans() {
        return oneOf(false, true);
    }

    /** One of the values, shrinking towards the earlier ones. */
    @SafeVarargs
    static <T> Gen<T> oneOf(T... values) {
        List<T> choices = List.of(values);
        return ints(0, choices.size() - 1).map(choices::get);
    }

    /** A value from one of the generators, picked with equal odds; it shrinks within the one picked. */
    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
        List<Weighted<T>> even = new ArrayList<>();
        for (Gen<? extends T> gen : gens) {
            even.add(weighted(1, gen));
        }
        return frequency(even);
    }

    /** A generator and how often {@link #frequency} should pick it, relative to the others. */
    record Weighted<T>(int weight, Gen<? extends T> gen) {
        public Weighted {
            if (weight < 1) {
                throw new IllegalArgumentException("weight " + weight);
            }
        }
    }

    static <T> Weighted<T> weighted(int weight, Gen<? extends T> gen) {
        return new Weighted<>(weight, gen);
    }

    /** A value from one of the generators, each picked as often as its weight says. */
    static <T> Gen<T> frequency(List<Weighted<T>> choices) {
        int total = choices.stream().mapToInt(Weighted::weight).sum();
        return random -> {
            int ticket = random.nextInt(total);
            for (Weighted<T> choice : choices) {
                ticket -= choice.weight();
                if (ticket < 0) {
                    return choice.gen().generate(random).map(Function.identity());
                }
            }
            throw new AssertionError("unreachable: the tickets add up to the total");
        };
    }

    /**
     * Lists from {@code minSize} to {@code maxSize} elements. One list in eight is as short as allowed and
     * one in four has at most ten more elements: the short cases find most bugs and read best.
     */
    static <T> Gen<List<T>> lists(Gen<T> element, int minSize, int maxSize) {
        if (minSize < 0 || minSize > maxSize) {
            throw new IllegalArgumentException("lists of " + minSize + " to " + maxSize);
        }
        return random -> {
            int pick = random.nextInt(8);
            int size = pick == 0 ? minSize
                    : pick <= 2 ? random.nextInt(minSize, Math.min(maxSize, minSize + 10) + 1)
                    : random.nextInt(minSize, maxSize + 1);
            List<Shrinkable<T>> elements = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                elements.add(element.generate(random));
            }
            return Shrinkable.list(elements, minSize);
        };
    }

    /** Two independent values made into one; each shrinks while the other stays. */
    static <A, B, R> Gen<R> zip(Gen<A> a, Gen<B> b, BiFunction<? super A, ? super B, ? extends R> make) {
        return tuple(List.of(a, b)).map(v -> make.apply(field(v, 0), field(v, 1)));
    }

    @FunctionalInterface
    interface Function3<A, B, C, R> {
        R apply(A a, B b, C c);
    }

    static <A, B, C, R> Gen<R> zip(Gen<A> a, Gen<B> b, Gen<C> c, Function3<? super A, ? super B, ? super C, ? extends R> make) {
        return tuple(List.of(a, b, c)).map(v -> make.apply(field(v, 0), field(v, 1), field(v, 2)));
    }

    @FunctionalInterface
    interface Function4<A, B, C, D, R> {
        R apply(A a, B b, C c, D d);
    }

    static <A, B, C, D, R> Gen<R> zip(Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d,
                                      Function4<? super A, ? super B, ? super C, ? super D, ? extends R> make) {
        return tuple(List.of(a, b, c, d))
                .map(v -> make.apply(field(v, 0), field(v, 1), field(v, 2), field(v, 3)));
    }

    private static Gen<List<Object>> tuple(List<Gen<?>> fields) {
        return random -> {
            List<Shrinkable<Object>> made = new ArrayList<>(fields.size());
            for (Gen<?> field : fields) {
                made.add(field.generate(random).map(Function.identity()));
            }
            return Shrinkable.tuple(made);
        };
    }

    /** The typed zips put each field in by its own generator, so the cast back out is safe. */
    @SuppressWarnings("unchecked")
    private static <F> F field(List<Object> values, int index) {
        return (F) values.get(index);
    }
}
