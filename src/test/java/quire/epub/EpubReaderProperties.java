package quire.epub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import quire.story.Story;
import quire.story.StoryException;
import quire.testing.Gen;
import quire.testing.Property;
import quire.testing.Texts;

/** Whatever a file holds, an EPUB or HTML reader answers with a story or a message: never a crash. */
class EpubReaderProperties {
    private static final String TAG_SOUP = "<>/=\"'&;#!?-[]pdivbrhemlstrongaiu xmlnsbody:.0123456789\n\t\u00a0\u00e9";
    private static final List<byte[]> FIXTURES = List.of(EpubFixtures.ao3Epub(), EpubFixtures.fanFicFareEpub(), EpubFixtures.styledEpub(),
            new EpubBuilder().epub2().page("a.xhtml", EpubBuilder.xhtml("a", null, "<p>One.</p>"), "One").bytes());

    /** A fixture with some of its bytes changed, and perhaps cut short. */
    record Mutation(int fixture, List<List<Integer>> edits, int keep) {
        byte[] apply() {
            byte[] bytes = FIXTURES.get(fixture).clone();
            for (List<Integer> edit : edits) {
                bytes[edit.get(0) % bytes.length] = (byte) (int) edit.get(1);
            }
            int length = keep == 0 ? bytes.length : Math.max(0, bytes.length - keep % bytes.length);
            return java.util.Arrays.copyOf(bytes, length);
        }
    }

    private static void opensOrExplains(byte[] bytes) {
        try {
            Story story = new EpubReader().read("fuzz.epub", bytes);
            assertThat(story.blocks()).isNotEmpty();
        } catch (StoryException expected) {
            assertThat(expected.getMessage()).startsWith("Quire cannot open \u201cfuzz.epub\u201d: ");
            // The readers' last line of defence turns a bug into that message: it must never be needed.
            assertThat(expected.problem()).doesNotContain("Please report this file");
        }
    }

    private static void htmlOpensOrExplains(byte[] bytes) {
        try {
            new HtmlStoryReader().read("fuzz.html", bytes);
        } catch (StoryException expected) {
            assertThat(expected.getMessage()).startsWith("Quire cannot open \u201cfuzz.html\u201d: ");
            assertThat(expected.problem()).doesNotContain("Please report this file");
        }
    }

    @Test
    void anyBytes() {
        Property.forAll("anyBytes", 500, Texts.bytes(3000), bytes -> {
            opensOrExplains(bytes);
            htmlOpensOrExplains(bytes);
        });
    }

    @Test
    void mutatedEpubs() {
        Gen<List<Integer>> edit = Gen.lists(Gen.ints(0, 255), 2, 2)
                .map(pair -> List.of(pair.get(0) * 257 + pair.get(1) * 31, pair.get(1)));
        Gen<Mutation> mutations = Gen.zip(Gen.ints(0, FIXTURES.size() - 1), Gen.lists(edit, 1, 12),
                Gen.frequency(List.of(Gen.weighted(3, Gen.constant(0)), Gen.weighted(1, Gen.ints(1, 100_000)))),
                Mutation::new);
        Property.forAll("mutatedEpubs", 600, mutations, mutation -> opensOrExplains(mutation.apply()));
    }

    /** A well-formed zip whose page or package file is tag soup: the markup itself is hostile. */
    @Test
    void tagSoupPages() {
        Property.forAll("tagSoupPages", 500, Texts.strings(TAG_SOUP, 0, 800), soup -> {
            opensOrExplains(new EpubBuilder().page("a.xhtml", soup, "One").bytes());
            opensOrExplains(new EpubBuilder().page("a.xhtml", EpubBuilder.xhtml("t", "fff_titlepage", soup), null)
                    .page("b.xhtml", EpubBuilder.xhtml("t", null, "<dl><dt>Rating:</dt><dd>" + soup + "</dd><dt>Fandom:</dt><dd>"
                            + soup + "</dd></dl><p>x</p>" + soup), null).bytes());
            opensOrExplains(new EpubBuilder().dc("description", soup).entry("META-INF/encryption.xml",
                    soup.getBytes(StandardCharsets.UTF_8)).page("a.xhtml", EpubBuilder.xhtml("t", null, soup), soup).bytes());
            htmlOpensOrExplains(soup.getBytes(StandardCharsets.UTF_8));
        });
    }
}
