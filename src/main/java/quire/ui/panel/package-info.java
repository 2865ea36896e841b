/**
 * What the panels and overlays share: the list panels' frame ({@link quire.ui.panel.ListPanel}: Enter
 * or a click chooses, the chosen row is in view, a card with a title and Close; rows that wrap to the
 * list's width, {@link quire.ui.panel.WrappingCell}), the story's facts as a
 * card ({@link quire.ui.panel.StoryInfoCard}, and its {@code centred} frame), the card that scrolls its
 * body inside itself in a short window ({@link quire.ui.panel.ScrollingCard}), the keyboard help made from
 * the command table ({@link quire.ui.panel.HelpOverlay}) and the quiet notices at the window's top
 * ({@link quire.ui.panel.NoticeBar}).
 *
 * <p>Uses the command table and the shared base; knows no feature.
 */
package quire.ui.panel;
