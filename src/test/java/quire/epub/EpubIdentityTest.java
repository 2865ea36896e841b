package quire.epub;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import quire.identity.StoryIdentity;
import quire.story.Story;

/** A work downloaded again, with a new chapter, is known by the identifiers its file carries. */
class EpubIdentityTest {
    @Test
    void anAo3WorkIsKnownByItsWorkUrlAndSourceWhateverItsText() throws Exception {
        Story first = new EpubReader().read("a.epub", EpubFixtures.ao3Epub());
        Story updated = new EpubReader().read("a.epub", EpubFixtures.ao3Epub("<a href=\"x\">Major Character Death</a>"));
        assertThat(updated.contentHash()).isNotEqualTo(first.contentHash());
        StoryIdentity before = StoryIdentity.of(first, Optional.empty());
        StoryIdentity after = StoryIdentity.of(updated, Optional.empty());
        assertThat(before.ids()).contains("archiveofourown.org/works/424242");
        assertThat(after.ids()).containsAll(before.ids());
    }

    @Test
    void aFanFicFareBookIsKnownByItsIdentifierAndStoryUrl() throws Exception {
        StoryIdentity identity = StoryIdentity.of(new EpubReader().read("f.epub", EpubFixtures.fanFicFareEpub()), Optional.empty());
        assertThat(identity.ids()).contains("fanficfare-uid:www.fanfiction.net-u1234-s7654321", "www.fanfiction.net/s/7654321/1");
    }
}
