/**
 * The settings panel (S): {@link quire.ui.settings.SettingsPanel} changes the reader's settings through
 * the shared {@link quire.ui.SettingsModel}, which lives in the base because every room reads it.
 *
 * <p>Uses the shared base and {@link quire.ui.readaloud}'s way of naming a voice, so that the panel's
 * voice box and the read-aloud bar say the same; no other feature.
 */
package quire.ui.settings;
