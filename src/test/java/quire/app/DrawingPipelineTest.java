package quire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DrawingPipelineTest {
    @TempDir
    Path devices;

    @Test
    void aLinuxMachineWithNoGraphicsDeviceDrawsInSoftwareAtOnce() {
        assertThat(DrawingPipeline.choose("Linux", null, devices)).contains("sw");
    }

    @Test
    void aDriDeviceOrAnNvidiaOneLeavesJavaFxToTryOpenGl() throws Exception {
        Files.createDirectory(devices.resolve("dri"));
        assertThat(DrawingPipeline.choose("Linux", null, devices)).isEmpty();
        Files.delete(devices.resolve("dri"));
        Files.createFile(devices.resolve("nvidiactl"));
        assertThat(DrawingPipeline.choose("Linux", null, devices)).isEmpty();
    }

    @Test
    void anOrderTheReaderGaveIsKept() {
        assertThat(DrawingPipeline.choose("Linux", "es2", devices)).isEmpty();
    }

    @Test
    void otherSystemsKeepJavaFxsOwnOrder() {
        assertThat(DrawingPipeline.choose("Windows 11", null, devices)).isEmpty();
        assertThat(DrawingPipeline.choose("Mac OS X", null, devices)).isEmpty();
    }
}
