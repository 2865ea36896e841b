package quire.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShownTest {
    @Test
    void invisibleCharactersAreEscapedAndTheStorysTypographyIsNot() {
        assertThat(Shown.show("a\u0000\n\t\"\\\u00a0\ud800\u2019\u2014\u2026\ufeff"))
                .isEqualTo("\"a\\u0000\\n\\t\\\"\\\\\\u00A0\\uD800\u2019\u2014\u2026\\uFEFF\"");
    }

    @Test
    void bytesInHexRecordsByComponentAndLongValuesCut() {
        assertThat(Shown.show(new byte[] {0x2d, (byte) 0xff})).isEqualTo("byte[2] {2d ff}");
        record Case(String text, int size) {
        }
        assertThat(Shown.show(List.of(new Case("\r", 3)))).isEqualTo("[Case[text=\"\\r\", size=3]]");
        assertThat(Shown.show("x".repeat(50), 10)).isEqualTo("\"xxxxxxxxx\u2026 (42 more characters)");
    }

    @Test
    void arraysShowTheirTypeLengthAndValuesNotTheirAddress() {
        assertThat(Shown.show(new int[] {3, 14, 15})).isEqualTo("int[3] {3, 14, 15}");
        assertThat(Shown.show(new Object[] {"a\tb", new int[] {7}})).isEqualTo("Object[2] {\"a\\tb\", int[1] {7}}");
        assertThat(Shown.show(new char[] {'\u0007'})).isEqualTo("char[1] {'\\u0007'}");
    }
}
