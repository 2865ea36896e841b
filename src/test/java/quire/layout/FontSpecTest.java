package quire.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import quire.testing.Gen;
import quire.testing.Property;

/** Fonts are equal exactly when family, size, weight and posture are, with hashes to match. */
class FontSpecTest {
    record Pair(FontSpec a, FontSpec b) {
    }

    private static Gen<FontSpec> fonts() {
        Gen<String> family = Gen.ints(0, 2).map(i -> List.of("Serif", "Charis SIL", "Monospaced").get(i));
        Gen<Double> size = Gen.ints(0, 3).map(i -> new double[] {12, 18, 18.5, 24}[i]);
        return Gen.zip(family, size, Gen.ints(0, 3), (f, s, style) -> new FontSpec(new String(f.toCharArray()), s,
                (style & 1) != 0, (style & 2) != 0));
    }

    @Test
    void fontsAreEqualWhenEveryPartIs() {
        Property.forAll("fontsAreEqualWhenEveryPartIs", 300, Gen.zip(fonts(), fonts(), Pair::new), p -> {
            FontSpec a = p.a();
            FontSpec b = p.b();
            boolean same = a.family().equals(b.family()) && a.size() == b.size() && a.bold() == b.bold()
                    && a.italic() == b.italic();
            assertThat(a.equals(b)).as("%s = %s", a, b).isEqualTo(same);
            assertThat(b.equals(a)).isEqualTo(same);
            if (same) {
                assertThat(a.hashCode()).isEqualTo(b.hashCode());
            }
            assertThat(a).isEqualTo(a).isNotEqualTo(null).isNotEqualTo("Serif");
        });
    }
}
