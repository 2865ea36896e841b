/**
 * Read aloud: {@link quire.ui.readaloud.ReadAloudController}, made on the first R, owns its commands (R, Esc
 * while reading, Ctrl+[ and Ctrl+]) and its bar ({@link quire.ui.readaloud.ReadAloudBar}); each frame
 * it asks the {@link quire.speech.Narrator} which word is heard and sets the spoken word and sentence
 * ranges, turning the page (through {@link quire.ui.page.ReaderModel#reveal}) when the word leaves the
 * pages in view. Page turns the reader asks for move the reading to the new page. {@link
 * quire.ui.readaloud.StoryVoice} says which voice reads: the reader's for the story's language, else
 * eSpeak's voice for that language.
 *
 * <p>Uses {@link quire.ui.page}, the speech engine, the settings model, the command table and the shared
 * base; no other feature.
 */
package quire.ui.readaloud;
