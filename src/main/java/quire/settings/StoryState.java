package quire.settings;

import quire.identity.StoryIdentity;
import quire.pace.ReadingPace;

/**
 * What Quire remembers about one story: where the reader is (leaf block and character offset, as the
 * layout engine counts them, with the words there in {@code place}, {@link PlaceWords}, so the place can
 * be found again in a changed text), whether they asked not to see the consent screen again and for
 * which rating and warnings ({@code consentedTo}, see {@link ConsentTerms}), their reading pace in it,
 * and how to know the story again ({@code identity}). Fields an older Quire did not write are null.
 */
public record StoryState(int block, int offset, boolean skipConsent, ReadingPace pace, PlaceWords place,
                         String consentedTo, StoryIdentity identity) {
    public static final StoryState NEW = new StoryState(0, 0, false, ReadingPace.NONE, null, null, null);

    public StoryState {
        block = Math.max(0, block);
        offset = Math.max(0, offset);
        pace = pace == null ? ReadingPace.NONE : pace;
    }

    public StoryState(int block, int offset, boolean skipConsent, ReadingPace pace) {
        this(block, offset, skipConsent, pace, null, null, null);
    }

    public StoryState(int block, int offset, boolean skipConsent) {
        this(block, offset, skipConsent, ReadingPace.NONE);
    }

    public StoryState withPosition(int newBlock, int newOffset) {
        return new StoryState(newBlock, newOffset, skipConsent, pace, null, consentedTo, identity);
    }

    /** The reader's place, with the words that start there. */
    public StoryState withPosition(int newBlock, int newOffset, PlaceWords words) {
        return new StoryState(newBlock, newOffset, skipConsent, pace, words, consentedTo, identity);
    }

    public StoryState withSkipConsent(boolean skip) {
        return new StoryState(block, offset, skip, pace, place, consentedTo, identity);
    }

    /** "Don't ask again", given for these terms (a {@link ConsentTerms} string). */
    public StoryState withSkipConsent(boolean skip, String terms) {
        return new StoryState(block, offset, skip, pace, place, skip ? terms : null, identity);
    }

    public StoryState withPace(ReadingPace newPace) {
        return new StoryState(block, offset, skipConsent, newPace, place, consentedTo, identity);
    }

    public StoryState withIdentity(StoryIdentity newIdentity) {
        return new StoryState(block, offset, skipConsent, pace, place, consentedTo, newIdentity);
    }

    /**
     * True when "don't ask again" holds for a story with these terms: it was given, and for the same
     * rating and warnings (or by a Quire that did not record them).
     */
    public boolean skipsConsentFor(String terms) {
        return skipConsent && (consentedTo == null || consentedTo.equals(terms));
    }
}
