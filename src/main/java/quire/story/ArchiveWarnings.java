package quire.story;

import java.util.List;
import java.util.Locale;

/**
 * What a story's warnings tell the reader. AO3's "Creator Chose Not To Use Archive Warnings" means the
 * warnings are unknown: the story may hold anything a warning would name, and it must never read as
 * "none". "No Archive Warnings Apply" is the author saying there are none.
 */
public enum ArchiveWarnings {
    /** The story says nothing about warnings. */
    NOT_GIVEN,
    /** The author says none apply. */
    NONE_APPLY,
    /** The author chose not to say (other warnings listed beside it still apply). */
    UNKNOWN,
    /** The warnings are the ones listed. */
    LISTED;

    static final String CHOSE_NOT_TO_WARN = "creator chose not to use archive warnings";
    static final String NO_WARNINGS_APPLY = "no archive warnings apply";

    public static ArchiveWarnings of(List<String> warnings) {
        if (warnings.isEmpty()) {
            return NOT_GIVEN;
        }
        List<String> folded = warnings.stream().map(w -> w.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")).toList();
        if (folded.contains(CHOSE_NOT_TO_WARN) || folded.contains("choose not to use archive warnings")) {
            return UNKNOWN;
        }
        return folded.stream().allMatch(NO_WARNINGS_APPLY::equals) ? NONE_APPLY : LISTED;
    }

    /** The sentence the consent screen shows beside the warnings as written, or "" when they speak for themselves. */
    public String explanation() {
        switch (this) {
            case UNKNOWN:
                return "Unknown: the author chose not to say which warnings apply, so this story may contain any of "
                        + "the things warnings are for.";
            case NONE_APPLY:
                return "None: the author says no archive warnings apply.";
            default:
                return "";
        }
    }
}
