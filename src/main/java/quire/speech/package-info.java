/**
 * Read aloud: the story spoken by eSpeak NG in this process, with the word being heard known at every
 * moment so the reading view can highlight it and turn the page.
 *
 * <p>{@link quire.speech.SpeechScript} turns the story's blocks into utterances (a sentence, a heading, a
 * scene break's silence) whose words keep their story ranges ({@link quire.speech.SpeechText} keeps the
 * offset map; {@link quire.speech.Pauses} says how long each silence is). {@link quire.speech.Narrator}
 * synthesizes them a few seconds ahead on a thread of its own and plays them to an audio sink, the sound
 * card or a WAV file at the pace it would be heard ({@code --speech-to}); the sink's played frames, not a
 * timer, say which word is heard ({@link quire.speech.Narrator#now()}).
 *
 * <p>eSpeak NG ({@code libespeak-ng1}, GPL-3) is loaded from the system through JNA on first use, never
 * bundled and never before the reader asks for it; when it or a sound output is missing the reader gets
 * a message saying what to install, not an exception. No JavaFX here.
 */
package quire.speech;
