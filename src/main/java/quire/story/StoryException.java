package quire.story;

import java.util.OptionalInt;

/**
 * A story that cannot be opened, told the way a reader should hear it: which file, what is wrong and,
 * where it applies, on which line. {@link #getMessage()} is ready to show on screen.
 */
public final class StoryException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final String problem;
    private final OptionalInt line;

    public StoryException(String fileName, String problem, OptionalInt line) {
        super(compose(fileName, problem, line));
        this.fileName = fileName;
        this.problem = problem;
        this.line = line;
    }

    public StoryException(String fileName, String problem) {
        this(fileName, problem, OptionalInt.empty());
    }

    /** The file as the reader named it. */
    public String fileName() {
        return fileName;
    }

    /** What is wrong, as a sentence, without the file name. */
    public String problem() {
        return problem;
    }

    /** The 1-based line in the file where the problem is, when there is one. */
    public OptionalInt line() {
        return line;
    }

    private static String compose(String fileName, String problem, OptionalInt line) {
        String where = line.isPresent() ? " (line " + line.getAsInt() + ")" : "";
        return "Quire cannot open \u201c" + fileName + "\u201d" + where + ": " + problem;
    }
}
