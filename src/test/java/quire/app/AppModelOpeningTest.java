package quire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.epub.EpubFixtures;
import quire.settings.SettingsStore;

/**
 * The first screen does not wait for the text: the consent screen comes from the story's head, the
 * text is parsed behind it (here, when the test runs the parse), and "Start reading" before it is ready
 * waits for it. Only a story the reader chose not to be asked about waits for its text first.
 */
class AppModelOpeningTest {
    @TempDir
    Path dir;

    /** Parses held back until the test runs them. */
    private final java.util.Deque<Runnable> parses = new ArrayDeque<>();

    private Remembered memory() {
        return new Remembered(new SettingsStore(dir.resolve("config"), Clock.systemUTC()));
    }

    private AppModel open(Remembered memory, Optional<Path> file) {
        AppModel model = new AppModel(new StoryLoader(), file, memory, parses::add);
        model.attach(Runnable::run);
        return model;
    }

    private Path story(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void theConsentScreenShowsTheHeadBeforeTheTextIsParsed() throws Exception {
        Path file = story("long.md", "---\nrating: Explicit\nwarnings: [Major Character Death]\nsummary: Long.\n---\n"
                + "The first line.\n\nThe second.\n");
        try (Remembered memory = memory()) {
            AppModel model = open(memory, Optional.of(file));
            assertThat(model.screen()).isInstanceOfSatisfying(AppModel.Consent.class, consent -> {
                assertThat(consent.story().metadata().rating()).contains("Explicit");
                assertThat(consent.story().metadata().warnings()).containsExactly("Major Character Death");
            });
            assertThat(model.textProperty().get()).as("not parsed yet").isNull();
            assertThat(parses).hasSize(1);

            model.startReading(false);
            assertThat(model.waitingForTextProperty().get()).isTrue();
            assertThat(model.screen()).as("waits for the text").isInstanceOf(AppModel.Consent.class);

            parses.remove().run();
            assertThat(model.waitingForTextProperty().get()).isFalse();
            assertThat(model.screen()).isInstanceOfSatisfying(AppModel.Reading.class,
                    reading -> assertThat(reading.story().plainText()).isEqualTo("The first line.\n\nThe second."));
        }
    }

    @Test
    void aLongWorksTextIsParsedOnlyOnceTheFirstFrameIsDrawnAndAShortOnesAtOnce() throws Exception {
        StringBuilder text = new StringBuilder("---\nrating: M\n---\n");
        while (text.length() <= quire.story.StoryOpening.LONG_TEXT_BYTES) {
            text.append("A paragraph of the long work, with its words.\n\n");
        }
        Path file = story("long.md", text.toString());
        Path shortFile = story("short.md", "---\nrating: M\n---\nShort.\n");
        try (Remembered memory = memory()) {
            AppModel model = new AppModel(new StoryLoader(), Optional.of(file), memory, parses::add, true);
            model.attach(Runnable::run);
            assertThat(model.screen()).isInstanceOf(AppModel.Consent.class);
            assertThat(parses).as("held back").isEmpty();
            model.firstFrameDrawn();
            assertThat(parses).hasSize(1);
            parses.remove().run();
            assertThat(model.textProperty().get().plainText()).startsWith("A paragraph of the long work");
        }
        try (Remembered memory = memory()) {
            new AppModel(new StoryLoader(), Optional.of(shortFile), memory, parses::add, true);
            assertThat(parses).as("a short story is parsed behind the toolkit's start").hasSize(1);
        }
    }

    @Test
    void theHeadAndTheTextAgreeOnTheStorysHashForEveryFormat() throws Exception {
        Path markdown = story("s.md", "---\nrating: T\n---\nText.\n");
        Path epub = Files.write(dir.resolve("w.epub"), EpubFixtures.ao3Epub());
        Path html = Files.writeString(dir.resolve("w.html"), EpubFixtures.ao3Html(), StandardCharsets.UTF_8);
        for (Path file : new Path[] {markdown, epub, html}) {
            try (Remembered memory = memory()) {
                AppModel model = open(memory, Optional.of(file));
                AppModel.Consent consent = (AppModel.Consent) model.screen();
                parses.remove().run();
                assertThat(model.textProperty().get().contentHash()).as(file.toString())
                        .isEqualTo(consent.story().contentHash());
                assertThat(model.textProperty().get().metadata().rating()).isEqualTo(consent.story().metadata().rating());
            }
        }
    }

    @Test
    void anEpubsHeadHasItsPrefaceRatingAndWarningsBeforeItsChaptersAreRead() throws Exception {
        Path epub = Files.write(dir.resolve("ledger.epub"), EpubFixtures.ao3Epub());
        try (Remembered memory = memory()) {
            AppModel model = open(memory, Optional.of(epub));
            AppModel.Consent consent = (AppModel.Consent) model.screen();
            assertThat(consent.story().metadata().title()).contains("The Lamplighter's Ledger");
            assertThat(consent.story().metadata().rating()).contains("Mature");
            assertThat(consent.story().metadata().warnings())
                    .containsExactly("Graphic Depictions Of Violence", "Major Character Death");
            assertThat(model.textProperty().get()).isNull();
        }
    }

    @Test
    void theTextIsParsedFromTheBytesAlreadyReadSoAFileDeletedMeanwhileStillOpens() throws Exception {
        Path file = story("s.md", "---\nrating: T\n---\nText.\n");
        try (Remembered memory = memory()) {
            AppModel model = open(memory, Optional.of(file));
            Files.delete(file);
            parses.remove().run();
            assertThat(model.textProperty().get()).isNotNull();
        }
    }

    @Test
    void aStoryTheReaderSaidNotToAskAboutWaitsForItsTextAndOpensAtThePage() throws Exception {
        Path file = story("s.md", "---\nrating: Explicit\n---\nText.\n");
        try (Remembered memory = memory()) {
            AppModel model = new AppModel(new StoryLoader(), Optional.of(file), memory);
            model.awaitText();
            model.startReading(true);
        }
        try (Remembered memory = memory()) {
            AppModel model = new AppModel(new StoryLoader(), Optional.of(file), memory);
            assertThat(model.screen()).isInstanceOf(AppModel.Reading.class);
        }
    }

    @Test
    void aFileOpenedFromTheWindowIsReadOffItsThreadAndOnlyTheLastAskedForIsShown() throws Exception {
        Path first = story("a.md", "---\nrating: T\n---\nFirst story.\n");
        Path second = story("b.md", "---\nrating: G\n---\nSecond story.\n");
        Path third = story("c.md", "---\nrating: Explicit\n---\nThird story.\n");
        try (Remembered memory = memory()) {
            AppModel model = open(memory, Optional.of(first));
            parses.remove().run();
            model.open(second);
            model.open(third);
            assertThat(((AppModel.Consent) model.screen()).story().metadata().rating()).as("until read").contains("T");
            Runnable readSecond = parses.remove();
            Runnable readThird = parses.remove();
            readThird.run();
            assertThat(((AppModel.Consent) model.screen()).story().metadata().rating()).contains("Explicit");
            readSecond.run(); // asked for earlier, read later: not shown
            assertThat(((AppModel.Consent) model.screen()).story().metadata().rating()).contains("Explicit");
            assertThat(model.openingProperty().get()).isFalse();
        }
    }

    @Test
    void openingAnotherStoryWhileOneIsParsedIgnoresTheFirstOnesText() throws Exception {
        Path first = story("a.md", "---\nrating: T\n---\nFirst story.\n");
        Path second = story("b.md", "---\nrating: G\n---\nSecond story.\n");
        try (Remembered memory = memory()) {
            AppModel model = open(memory, Optional.of(first));
            model.open(second);
            assertThat(model.openingProperty().get()).isTrue();
            parses.removeLast().run(); // the second file is read: its consent screen
            assertThat(model.openingProperty().get()).isFalse();
            assertThat(((AppModel.Consent) model.screen()).story().metadata().rating()).contains("G");
            parses.remove().run(); // the first story's text arrives late
            assertThat(model.textProperty().get()).isNull();
            parses.remove().run();
            assertThat(model.textProperty().get().plainText()).isEqualTo("Second story.");
            model.startReading(false);
            assertThat(((AppModel.Reading) model.screen()).story().plainText()).isEqualTo("Second story.");
        }
    }
}
