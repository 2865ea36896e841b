package quire.ui.command;

import java.util.Arrays;
import java.util.List;

/**
 * One row of the keyboard help and of the README's keys table: what it does, in a few words for the
 * help and in full for the README, and its keys, in groups shown "A, B / C" (the keys of one group's
 * commands, then what else does the same: a click, the wheel, a key inside a panel).
 */
public record HelpRow(String action, String readmeAction, List<Group> groups, Shown shown) {
    /** Where a row appears: the README may tell more than the help has room for. */
    public enum Shown { HELP_AND_README, README_ONLY }

    public HelpRow {
        groups = List.copyOf(groups);
    }

    /** The same row, in the README's table only. */
    public HelpRow inReadmeOnly() {
        return new HelpRow(action, readmeAction, groups, Shown.README_ONLY);
    }

    /**
     * The commands whose keys are listed together; {@code also}, the other ways to do the same, listed
     * after them ("click the right third"); {@code saying}, a word after it all ("saves").
     */
    public record Group(List<ReaderCommand> commands, String also, String saying) {
        public Group {
            commands = List.copyOf(commands);
        }

        /** The same keys, and then these other ways. */
        public Group and(String more) {
            return new Group(commands, also.isEmpty() ? more : also + ", " + more, saying);
        }

        /** The same keys, then what they do: "Ctrl+Enter saves". */
        public Group saying(String what) {
            return new Group(commands, also, what);
        }
    }

    public static Group keys(ReaderCommand... commands) {
        return new Group(Arrays.asList(commands), "", "");
    }

    /** A group with no key of its own: a gesture ("drag"), or keys that work only in one place. */
    public static Group words(String words) {
        return new Group(List.of(), words, "");
    }

    public static HelpRow row(String action, String readmeAction, Group... groups) {
        return new HelpRow(action, readmeAction, List.of(groups), Shown.HELP_AND_README);
    }

    /** The same words in the help and the README. */
    public static HelpRow row(String action, Group... groups) {
        return row(action, Character.toLowerCase(action.charAt(0)) + action.substring(1), groups);
    }
}
