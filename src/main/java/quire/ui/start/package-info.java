/**
 * The screens before the story or instead of it: {@link quire.ui.start.ConsentScreen} shows the
 * story's facts and asks before the text appears; {@link quire.ui.start.ProblemScreen} explains a story
 * that could not be opened.
 *
 * <p>Uses {@link quire.ui.panel}'s story card and the shared base.
 */
package quire.ui.start;
