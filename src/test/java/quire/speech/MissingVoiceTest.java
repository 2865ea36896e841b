package quire.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.place.Anchor;
import quire.place.BlockRole;

/** Without eSpeak NG or a sound output, the reader is told what to do; nothing throws at them. */
class MissingVoiceTest {

    @TempDir
    Path folder;

    @Test
    void aMissingLibraryNamesThePackagesToInstall() {
        assertThatThrownBy(() -> ESpeak.load("quire-no-such-espeak-library"))
                .isInstanceOf(SpeechUnavailable.class)
                .hasMessageContaining("sudo apt install libespeak-ng1 espeak-ng-data")
                .hasMessageNotContaining("Exception");
    }

    @Test
    void aSoundFileThatCannotBeWrittenIsANoticeNotAnException() throws Exception {
        CompletableFuture<String> problem = new CompletableFuture<>();
        Path cannot = folder.resolve("no-such-folder").resolve("x.wav");
        try (Narrator narrator = Narrator.toFile(cannot, new SpeechListener() {
            @Override
            public void ready(List<Voice> voices) {
            }

            @Override
            public void finished() {
            }

            @Override
            public void problem(String message) {
                problem.complete(message);
            }
        })) {
            narrator.start(new Narrator.Request(new SpeechScript(List.of("Hello there."), List.of(BlockRole.PARAGRAPH),
                    "en", 175), Anchor.START, 175, "en"));
            String message = problem.get(10, TimeUnit.SECONDS);
            // Either eSpeak is missing here (install it) or the file cannot be written (say which file).
            assertThat(message).satisfiesAnyOf(m -> assertThat(m).contains("libespeak-ng1"),
                    m -> assertThat(m).contains(cannot.toString()));
            assertThat(narrator.now()).isEmpty();
        }
    }
}
