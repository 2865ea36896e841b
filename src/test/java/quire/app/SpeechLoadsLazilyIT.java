package quire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Read aloud loads nothing of eSpeak or JNA before it is needed: opening the settings panel (S), with its
 * "Read aloud" speed and voice, and changing the speed there leave them unloaded; only opening the voice
 * box (or R) loads them. The JVM is asked which classes it has loaded (the diagnostic command behind
 * {@code jcmd VM.class_hierarchy}), so this test runs in a JVM of its own (a failsafe execution of its
 * own in the pom): another test reading aloud first would have loaded them already.
 */
class SpeechLoadsLazilyIT extends AppTestSupport {
    private static final Pattern LOADED = Pattern.compile("^[|\\s-]*([\\w.$]+)/", Pattern.MULTILINE);
    /**
     * What read aloud's first use loads: JNA, the eSpeak binding, and the narrator that drives them (its
     * listener interface, which the read aloud commands name, is no engine).
     */
    private static boolean speechEngine(String name) {
        return name.startsWith("com.sun.jna.") || name.startsWith("quire.speech.ESpeak")
                || name.equals("quire.speech.Narrator");
    }

    /** The names of the classes this JVM has loaded so far. */
    private static List<String> loadedClasses() throws Exception {
        String hierarchy = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "vmClassHierarchy",
                new Object[] {null}, new String[] {String[].class.getName()});
        List<String> names = new java.util.ArrayList<>();
        Matcher m = LOADED.matcher(hierarchy);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static List<String> speechEngineLoaded() throws Exception {
        return loadedClasses().stream().filter(SpeechLoadsLazilyIT::speechEngine).toList();
    }

    @Test
    void theSettingsPanelLoadsNoSpeechEngineUntilTheVoiceBoxIsOpened() throws Exception {
        assertThat(loadedClasses()).as("the probe sees this very class").contains(SpeechLoadsLazilyIT.class.getName());
        assertThat(speechEngineLoaded()).as("a fresh JVM").isEmpty();
        Path wav = config.resolveSibling(config.getFileName() + "-lazy.wav");
        Path story = config.resolveSibling(config.getFileName() + "-lazy.md");
        Files.writeString(story, "---\nrating: G\n---\n\nA short story, read by nobody yet.\n");
        launch("--speech-to", wav.toString(), story.toString());
        app.type(KeyCode.ENTER);
        app.type(KeyCode.S);
        assertThat(app.showing("#speech-rate")).isTrue();
        assertThat(app.showing("#speech-voice")).isTrue();
        assertThat(loadedClasses()).as("the panel's classes are loaded").contains("quire.ui.settings.SettingsPanel");
        assertThat(speechEngineLoaded()).as("opening S loads nothing of eSpeak").isEmpty();

        Slider rate = app.lookup("#speech-rate").queryAs(Slider.class);
        app.press(KeyCode.CONTROL).type(KeyCode.CLOSE_BRACKET).release(KeyCode.CONTROL);
        app.onFx(() -> rate.setValue(rate.getValue() + 10));
        assertThat(speechEngineLoaded()).as("nor does setting the speed").isEmpty();

        app.clickOn("#speech-voice"); // listing the installed voices needs eSpeak, through JNA
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> speechEngineLoaded().contains("com.sun.jna.Native"));
        assertThat(speechEngineLoaded()).contains("quire.speech.ESpeak", "com.sun.jna.Native");
    }
}
