package quire.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Which of JavaFX's drawing pipelines to ask for, decided before the toolkit starts. On Linux JavaFX
 * tries OpenGL first ({@code es2}), then draws in software ({@code sw}). A machine with no graphics
 * device (no {@code /dev/dri}, no NVIDIA {@code /dev/nvidiactl}: a virtual machine, a container, a
 * remote session) has no hardware OpenGL, and there Mesa answers with its software renderer, which
 * JavaFX's hardware check refuses: about 30 MB of libraries (libLLVM alone 26 MB) were loaded for
 * nothing and stay mapped, and the first frame waits for them. Such a machine is asked for the software
 * pipeline at once. A {@code prism.order} the reader gives ({@code -Dprism.order},
 * {@code JAVA_TOOL_OPTIONS}) is kept. The Linux launcher does the same for GTK's own OpenGL probe
 * ({@code GDK_GL=disable}, see {@code src/dist/linux/quire}), which loads the same libraries.
 */
final class DrawingPipeline {
    static final String PROPERTY = "prism.order";
    static final String SOFTWARE = "sw";

    private DrawingPipeline() {
    }

    /** The order to ask for, when it is not JavaFX's own; {@code devices} is where the device files are ({@code /dev}). */
    static Optional<String> choose(String osName, String given, Path devices) {
        if (given != null || !osName.toLowerCase(Locale.ROOT).startsWith("linux")) {
            return Optional.empty();
        }
        boolean graphicsDevice = Files.exists(devices.resolve("dri")) || Files.exists(devices.resolve("nvidiactl"));
        return graphicsDevice ? Optional.empty() : Optional.of(SOFTWARE);
    }

    /** Sets {@code prism.order} for this machine, if it needs setting: before JavaFX starts. */
    static void chooseForThisMachine() {
        choose(System.getProperty("os.name", ""), System.getProperty(PROPERTY), Path.of("/dev"))
                .ifPresent(order -> System.setProperty(PROPERTY, order));
    }
}
