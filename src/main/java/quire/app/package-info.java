/**
 * Start-up and wiring. {@link quire.app.Launcher} is the main class (not an {@code Application}, so the
 * JVM reaches {@code main} quickly and Flexmark can stay on the class path); {@link quire.app.QuireApp}
 * builds the objects by constructor and shows the {@link quire.app.MainWindow}, which switches screens
 * on {@link quire.app.AppModel}'s state and routes every key in one place.
 */
package quire.app;
