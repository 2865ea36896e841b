package quire.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PropertyTest {
    private static final Settings SEED_42 = new Settings(42, 1);

    @Test
    void runsExactlyTheTriesTimesTheMultiplier() {
        AtomicInteger runs = new AtomicInteger();
        Property.forAll(SEED_42, "counting", 37, Gen.ints(0, 9), n -> runs.incrementAndGet());
        assertThat(runs).hasValue(37);

        runs.set(0);
        Property.forAll(new Settings(42, 3), "counting", 37, Gen.ints(0, 9), n -> runs.incrementAndGet());
        assertThat(runs).hasValue(111);
    }

    @Test
    void theSameSeedGivesTheSameCasesAndAnotherSeedOthers() {
        Gen<String> gen = Texts.strings(Texts.anyCodePoint(), 0, 50);
        assertThat(cases(SEED_42, "name", gen)).isEqualTo(cases(SEED_42, "name", gen));
        assertThat(cases(SEED_42, "name", gen)).isNotEqualTo(cases(new Settings(43, 1), "name", gen));
        assertThat(cases(SEED_42, "name", gen)).as("the name is mixed in").isNotEqualTo(cases(SEED_42, "other", gen));
    }

    private static List<String> cases(Settings settings, String name, Gen<String> gen) {
        List<String> seen = new ArrayList<>();
        Property.forAll(settings, name, 100, gen, seen::add);
        return seen;
    }

    @Test
    void aFailureReportsTheSeedTheCaseAndTheShrunkInput() {
        AssertionError error = catchThrowableOfType(AssertionError.class, () -> Property.forAll(SEED_42,
                "below 100", 200, Gen.ints(0, 10_000), n -> assertThat(n).isLessThan(100)));

        assertThat(error.getMessage())
                .contains("Property \"below 100\" failed on case ")
                .contains(" of 200 (seed 42)")
                .contains("shrunk input:   100 ")
                .contains("-Dquire.seed=42")
                .contains("mvn test -Dtest=PropertyTest#aFailureReportsTheSeedTheCaseAndTheShrunkInput");
        assertThat(error.getCause()).isInstanceOf(AssertionError.class).hasMessageContaining("100");
    }

    @Test
    void aStringShrinksToTheOneCharacterThatFailsShownEscaped() {
        AssertionError error = catchThrowableOfType(AssertionError.class, () -> Property.forAll(SEED_42,
                "no bell", 500, Texts.strings(Texts.anyCodePoint(), 0, 300), text -> {
                    if (text.indexOf('\u0007') >= 0) {
                        throw new IllegalStateException("bell");
                    }
                }));

        assertThat(error.getMessage()).contains("shrunk input:   \"\\u0007\" ");
        assertThat(error.getCause()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aListShrinksByDroppingAndShrinkingElements() {
        AssertionError error = catchThrowableOfType(AssertionError.class, () -> Property.forAll(SEED_42,
                "few big ones", 200, Gen.lists(Gen.ints(0, 100), 0, 50),
                list -> assertThat(list).filteredOn(n -> n >= 50).hasSizeLessThan(3)));

        assertThat(error.getMessage()).contains("shrunk input:   [50, 50, 50] ");
    }

    @Test
    void severalFieldsShrinkEachOnItsOwn() {
        record Window(int width, int height, boolean wide) {
        }
        Gen<Window> windows = Gen.zip(Gen.ints(480, 2560), Gen.ints(360, 1440), Gen.booleans(), Window::new);
        AssertionError error = catchThrowableOfType(AssertionError.class, () -> Property.forAll(SEED_42,
                "not tall", 200, windows, w -> assertThat(w.height()).isLessThan(1000)));

        assertThat(error.getMessage()).contains("shrunk input:   Window[width=480, height=1000, wide=false]");
    }

    @Test
    void aPassingPropertyPassesAndAnExceptionCountsAsAFailure() {
        Property.forAll(SEED_42, "in range", 500, Gen.ints(-5, 5), n -> assertThat(n).isBetween(-5, 5));

        assertThatThrownBy(() -> Property.forAll(SEED_42, "throws", 10, Gen.constant("x"), x -> {
            throw new java.io.IOException("disk");
        })).isInstanceOf(AssertionError.class).hasMessageContaining("shrunk failure: java.io.IOException: disk");
    }

    @Test
    void aFewSkippedCasesAreNotFailuresButAPropertyThatSkipsMostFails() {
        AtomicInteger checked = new AtomicInteger();
        Property.forAll(SEED_42, "odd only", 200, Gen.ints(0, 1_000), n -> {
            if (n % 10 == 0) {
                Property.skip();
            }
            checked.incrementAndGet();
        });
        assertThat(checked.get()).as("some cases skipped, most checked").isBetween(101, 199);
        AssertionError error = catchThrowableOfType(AssertionError.class, () -> Property.forAll(SEED_42,
                "mostly skipped", 100, Gen.ints(0, 1_000), n -> {
                    if (n % 4 != 0) {
                        Property.skip();
                    }
                }));
        assertThat(error.getMessage()).contains("Property \"mostly skipped\" skipped ").contains(" of its 100 cases")
                .contains("-Dquire.seed=42");
    }

    @Test
    void aSkippedCaseIsNeverWhatAFailureShrinksTo() {
        AssertionError error = catchThrowableOfType(AssertionError.class, () -> Property.forAll(SEED_42,
                "skip small, fail large", 200, Gen.ints(0, 10_000), n -> {
                    if (n < 50) {
                        Property.skip();
                    }
                    assertThat(n).isLessThan(100);
                }));
        assertThat(error.getMessage()).contains("shrunk input:   100 ");
    }

    @Test
    void theReRunCommandNamesTheTriesMultiplierWhenThereIsOne() {
        AssertionError error = catchThrowableOfType(AssertionError.class, () -> Property.forAll(new Settings(42, 3),
                "below 100", 200, Gen.ints(0, 10_000), n -> assertThat(n).isLessThan(100)));
        assertThat(error.getMessage()).contains("-Dquire.seed=42 -Dquire.tries=3");
        AssertionError once = catchThrowableOfType(AssertionError.class, () -> Property.forAll(SEED_42,
                "below 100", 200, Gen.ints(0, 10_000), n -> assertThat(n).isLessThan(100)));
        assertThat(once.getMessage()).doesNotContain("quire.tries");
    }
}
