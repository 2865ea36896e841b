package quire.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import org.junit.jupiter.api.Test;

class ObjectPathsTest {
    private final ObjectPaths<Object> paths = new ObjectPaths<>();

    @Test
    void anObjectKeepsItsPathAndAnotherGetsAnother() {
        Object button = new Object();
        Object label = new Object();

        String first = paths.pathOf(button);

        assertThat(paths.pathOf(button)).isEqualTo(first).startsWith("/org/a11y/atspi/accessible/");
        assertThat(paths.pathOf(label)).isNotEqualTo(first);
        assertThat(paths.objectAt(first)).containsSame(button);
    }

    @Test
    void pathsThatAreNotOursFindNothing() {
        assertThat(paths.objectAt("/org/a11y/atspi/accessible/root")).isEmpty();
        assertThat(paths.objectAt("/org/a11y/atspi/accessible/99")).isEmpty();
        assertThat(paths.objectAt("/elsewhere/1")).isEmpty();
    }

    @Test
    void aCollectedObjectIsSweptAndItsPathNeverReused() throws InterruptedException {
        Object gone = new Object();
        String path = paths.pathOf(gone);
        WeakReference<Object> watch = new WeakReference<>(gone);
        gone = null;
        for (int i = 0; i < 50 && watch.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertThat(watch.get()).as("the object was collected").isNull();

        assertThat(paths.sweep()).containsExactly(path);
        assertThat(paths.objectAt(path)).isEmpty();
        assertThat(paths.pathOf(new Object())).isNotEqualTo(path);
    }
}
