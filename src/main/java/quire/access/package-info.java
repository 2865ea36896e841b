/**
 * A bridge from JavaFX's accessibility API to AT-SPI2, the D-Bus protocol Linux screen readers (Orca)
 * read applications through; JavaFX's GTK glass has none of its own.
 *
 * <p>It is generic over JavaFX: it reads nodes only through {@code queryAccessibleAttribute} and acts
 * only through {@code executeAccessibleAction}, so any control that answers those (buttons, check
 * boxes, sliders, text fields, lists, and custom nodes that set a role and text) is read with no code
 * of its own here. It knows nothing of the application using it: the application gives its name, and
 * features give their nodes roles and text. dbus-java is used here and nowhere else.
 *
 * <p>Cost: {@link quire.access.Accessibility#startWhenAsked} starts one background thread that reads
 * {@code org.a11y.Status} on the session bus through a few lines of D-Bus of its own ({@link
 * quire.access.StatusProbe}) and then sleeps on the socket until it changes; the bridge, and dbus-java
 * with it, is loaded and connected to the accessibility bus only while {@code IsEnabled} or {@code
 * ScreenReaderEnabled} is set. Every question from a client is answered on
 * the JavaFX thread, with a time limit; events are sent from a thread of their own.
 *
 * <p>The tree a client sees ({@link quire.access.ExposedTree}): the application, its shown windows,
 * then the nodes with a role, with layout nodes passed through and controls that speak for themselves
 * as leaves. Each object keeps its path while its node lives.
 */
package quire.access;
