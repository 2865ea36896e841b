package quire.ui.reading;

import quire.pace.ReadingPace;

/**
 * The story info's sentence about the reader's pace: "You read at about 270 words a minute · 42 min so
 * far" once it is known (from this story, or from all they have read), and until then how long they have
 * read and what is assumed meanwhile.
 */
final class PaceText {
    private PaceText() {
    }

    static String of(ReadingPace story, ReadingPace overall) {
        String soFar = soFar(story);
        if (story.known() || overall.known()) {
            long perMinute = Math.round(ReadingPace.forStory(story, overall) / 10) * 10;
            return "You read at about " + perMinute + " words a minute" + FooterText.DOT + soFar;
        }
        return soFar + FooterText.DOT + "your own pace is used after about " + ReadingPace.PAGES_NEEDED
                + " pages; until then " + ReadingPace.DEFAULT_WORDS_PER_MINUTE + " words a minute";
    }

    /** Reading time in this story: "42 min so far", "1 h 5 min so far", "under a minute so far". */
    private static String soFar(ReadingPace story) {
        long minutes = story.minutes();
        if (story.pages() == 0) {
            return "no reading time counted yet";
        }
        if (minutes < 1) {
            return "under a minute so far";
        }
        return (minutes >= 60 ? minutes / 60 + " h " + minutes % 60 + " min" : minutes + " min") + " so far";
    }
}
