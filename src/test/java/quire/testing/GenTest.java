package quire.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GenTest {
    private static <T> List<T> samples(Gen<T> gen, int count) {
        SplittableRandom random = new SplittableRandom(7);
        List<T> out = new ArrayList<>();
        IntStream.range(0, count).forEach(i -> out.add(gen.generate(random).value()));
        return out;
    }

    @Test
    void intsStayInTheirRangeAndReachBothEnds() {
        List<Integer> values = samples(Gen.ints(480, 2560), 2_000);
        assertThat(values).allMatch(v -> v >= 480 && v <= 2560).contains(480, 2560);
    }

    @Test
    void intsShrinkTowardsTheTargetNearestFirst() {
        assertThat(Shrinks.towards(10, 50).boxed().toList()).containsExactly(10L, 30L, 40L, 45L, 48L, 49L);
        assertThat(Shrinks.towards(0, -7).boxed().toList()).containsExactly(0L, -4L, -6L);
        assertThat(Shrinks.towards(3, 3)).isEmpty();
    }

    @Test
    void listRemovalsGoFromEverythingToSingleElementsAndKeepTheMinimum() {
        List<String> cuts = Shrinks.removals(4, 0).map(c -> c[0] + "-" + c[1]).toList();
        assertThat(cuts).containsExactly("0-4", "0-2", "2-4", "0-1", "1-2", "2-3", "3-4");
        assertThat(Shrinks.removals(4, 3).map(c -> c[0] + "-" + c[1]).toList()).containsExactly("0-1", "1-2", "2-3", "3-4");
    }

    @Test
    void listsKeepTheirSizesAndStringsTheirAlphabet() {
        assertThat(samples(Gen.lists(Gen.booleans(), 2, 30), 500)).allMatch(l -> l.size() >= 2 && l.size() <= 30)
                .anyMatch(l -> l.size() == 2).anyMatch(l -> l.size() > 20);
        assertThat(samples(Texts.strings("ab\u2019", 1, 5), 500))
                .allMatch(s -> s.matches("[ab\u2019]{1,5}"));
    }

    @Test
    void anyCodePointReachesControlsSurrogatesTypographyAndOtherPlanes() {
        String all = String.join("", samples(Texts.strings(Texts.anyCodePoint(), 0, 100), 300));
        assertThat(all).containsPattern("[\\x00-\\x1f]").contains("\u2019").contains("\u2014");
        assertThat(all.chars().anyMatch(c -> Character.isSurrogate((char) c))).isTrue();
        assertThat(all.codePoints().anyMatch(Character::isSupplementaryCodePoint)).isTrue();
    }

    @Test
    void bytesCoverEveryValue() {
        boolean[] seen = new boolean[256];
        samples(Texts.bytes(2000), 50).forEach(bytes -> {
            for (byte b : bytes) {
                seen[b & 0xff] = true;
            }
        });
        assertThat(IntStream.range(0, 256).allMatch(i -> seen[i])).isTrue();
    }

    @Test
    void aFilteredGeneratorNeverShrinksOutOfItsSet() {
        Shrinkable<Integer> odd = Gen.ints(0, 1000).filter(n -> n % 2 == 1).generate(new SplittableRandom(1));
        assertThat(odd.shrinks().map(Shrinkable::value)).isNotEmpty().allMatch(n -> n % 2 == 1);
    }
}
