package quire.app;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * How much free room the heap keeps around what is live: roomy while a long story is parsed and counted,
 * tight once it is done. The serial collector makes a collection a full one whenever the old generation
 * had to grow since the last, so a heap kept 5 % free around a growing count is collected in full over and
 * over: 16 full collections (2 s of the count's 6 s) for the 16 MB story on a slow day. The launcher
 * starts the JVM with the roomy HotSpot defaults (40 % free at least, 70 % at most), and {@link HeapSettle}
 * narrows them ({@link #tight}) for the one full collection after a count, which then gives back all but
 * 5 to 15 % over what is live; they stay narrow while the reader reads, so that what grows the heap then
 * (a search index) takes only what it needs, and are widened again when the next count begins
 * ({@link #roomy}). Both are "manageable" flags of HotSpot, set through its diagnostic bean; on a JVM
 * without them nothing changes.
 */
final class HeapRatios {
    static final int TIGHT_MIN = 5;
    static final int TIGHT_MAX = 15;
    static final int ROOMY_MIN = 40;
    static final int ROOMY_MAX = 70;

    private HeapRatios() {
    }

    /** Keeps 5 to 15 % free from the next full collection on. */
    static boolean tight() {
        // The minimum first: the JVM refuses a minimum above the maximum.
        return set("MinHeapFreeRatio", TIGHT_MIN) && set("MaxHeapFreeRatio", TIGHT_MAX);
    }

    /** Keeps 40 to 70 % free from the next full collection on. */
    static boolean roomy() {
        return set("MaxHeapFreeRatio", ROOMY_MAX) && set("MinHeapFreeRatio", ROOMY_MIN);
    }

    /** The flag's value now, or -1 when this JVM has no such flag to read. */
    static int now(String flag) {
        try {
            return Integer.parseInt(bean().getVMOption(flag).getValue());
        } catch (RuntimeException | LinkageError e) {
            return -1;
        }
    }

    private static boolean set(String flag, int percent) {
        try {
            bean().setVMOption(flag, Integer.toString(percent));
            return true;
        } catch (RuntimeException | LinkageError e) {
            return false; // not HotSpot, or a runtime without jdk.management: the heap keeps its ratios
        }
    }

    private static HotSpotDiagnosticMXBean bean() {
        return ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    }
}
