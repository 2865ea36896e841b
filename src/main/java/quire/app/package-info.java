/**
 * Start-up and wiring. {@link quire.app.Launcher} is the main class (not an {@code Application}, so the
 * JVM reaches {@code main} quickly and Flexmark can stay on the class path); it reads the command line
 * into a {@link quire.app.LaunchRequest} ({@link quire.app.CommandLine}), answers help, version and mistakes
 * on the terminal before JavaFX loads, refuses in one line to start without a display, and begins
 * reading the settings and the story ({@link quire.app.Opening}) on a background thread while JavaFX
 * starts, and
 * {@link quire.app.QuireApp} takes them ({@link quire.app.EarlyStart}), builds the objects by
 * constructor and shows the {@link quire.app.MainWindow}, which switches screens on
 * {@link quire.app.AppModel}'s state and routes every key in one place. Each story's features are
 * attached to its reader there: {@link quire.app.StoryMarks} (marks, loaded after the first frame) and
 * {@link quire.app.StoryPace} (pages timed while the window is focused and no panel is open, the pace
 * kept in {@link quire.app.Remembered}) and {@link quire.app.HeapSettle} (the memory of a long
 * story's page count given back once the count is done). {@link quire.app.BareWindow}
 * is not part of the app: it is the empty window Quire's start-up is measured against; nor is
 * {@link quire.app.ClassDataTraining}, the packaging build's training run for the class-data archive.
 */
package quire.app;
