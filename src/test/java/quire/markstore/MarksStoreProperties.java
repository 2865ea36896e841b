package quire.markstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.files.Loaded;
import quire.marks.Mark;
import quire.testing.Property;

/**
 * A thousand damaged marks files (see {@link CorruptMarksFiles}), each loaded as Quire loads it: loading
 * never throws; every entry known to be valid comes back, in order, ids made unique; each problem is a
 * sentence; the file's original bytes are still there after the load, in place or in a copy aside, and
 * after the next save too when the load reported a problem; and what that save wrote loads back as it
 * was. The outcomes are counted and printed on one line.
 */
class MarksStoreProperties {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T06:15:00Z"), ZoneOffset.UTC);
    private static final String KEY = "story-7";

    @TempDir
    Path dir;

    private final Map<String, Integer> outcomes = new TreeMap<>();
    private int entriesSetAside;
    private int marksKept;

    @Test
    void anyDamagedMarksFileLoadsWhatIsValidAndKeepsTheOriginal() {
        Property.forAll("damagedMarksFiles", 1_000, CorruptMarksFiles.recipes(), recipe -> check(recipe.file()));
        int files = outcomes.values().stream().mapToInt(Integer::intValue).sum();
        System.out.println("Corrupt marks files: " + files + " loaded, " + outcomes.getOrDefault("whole", 0)
                + " set aside whole (not JSON, or no list of marks), " + outcomes.getOrDefault("part", 0)
                + " read in part (" + entriesSetAside + " bad entries set aside), " + outcomes.getOrDefault("ids", 0)
                + " with twin ids made unique, " + outcomes.getOrDefault("version", 0)
                + " kept aside for their schema version only, " + outcomes.getOrDefault("clean", 0)
                + " read as written (harmless changes); " + marksKept + " marks kept; none threw, none lost its bytes");
    }

    private void check(CorruptMarksFiles.CorruptFile corrupt) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(MarksStore.FOLDER));
        try (Stream<Path> old = Files.list(folder)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        MarksStore store = new MarksStore(dir, CLOCK);
        Path file = store.fileOf(KEY);
        Files.write(file, corrupt.bytes());

        Loaded<List<Mark>> loaded = store.load(KEY);

        for (String problem : loaded.problems()) {
            assertThat(problem).startsWith("Quire\u2019s marks file (" + file + ") was not used as it was: ")
                    .endsWith(".").doesNotContain("Exception").doesNotContain("\n");
        }
        assertThat(loaded.value()).extracting(Mark::id).doesNotHaveDuplicates();
        assertThat(originalSurvives(folder, corrupt.bytes(), !loaded.problems().isEmpty())).as("the original bytes").isTrue();
        String outcome = expectations(corrupt, loaded, file);

        List<Mark> afterAChange = new ArrayList<>(loaded.value());
        store.save(KEY, afterAChange);
        if (!loaded.problems().isEmpty()) {
            assertThat(originalSurvives(folder, corrupt.bytes(), true)).as("the original bytes after the next save")
                    .isTrue();
        }
        assertThat(store.load(KEY)).isEqualTo(new Loaded<>(afterAChange, List.of()));
        outcomes.merge(outcome, 1, Integer::sum);
        marksKept += loaded.value().size();
    }

    /** What must have happened, as far as the file's recipe knows; the outcome, to be counted. */
    private String expectations(CorruptMarksFiles.CorruptFile corrupt, Loaded<List<Mark>> loaded, Path file)
            throws IOException {
        JsonNode root;
        try {
            root = CorruptMarksFiles.JSON.readTree(corrupt.bytes());
        } catch (IOException notJson) {
            root = null;
        }
        JsonNode entries = root == null ? null : root.get("marks");
        if (entries == null || !entries.isArray()) {
            assertThat(loaded.value()).isEmpty();
            assertThat(loaded.problems()).hasSize(1);
            assertThat(file).doesNotExist();
            return "whole";
        }
        List<Mark> known = new ArrayList<>();
        int broken = 0;
        int unknown = 0;
        for (JsonNode entry : entries) {
            if (corrupt.valid().containsKey(entry)) {
                known.add(corrupt.valid().get(entry));
            } else if (corrupt.broken().contains(entry)) {
                broken++;
            } else {
                unknown++; // changed by byte damage: valid or not, the reader decides
            }
        }
        assertThat(isInOrder(withoutIds(known), withoutIds(loaded.value()))).as("every valid entry kept, in order")
                .isTrue();
        JsonNode version = root.get("schemaVersion");
        boolean goodVersion = version == null || corrupt.goodVersions().contains(version);
        boolean badVersion = version != null && corrupt.badVersions().contains(version);
        boolean twins = new HashSet<>(known.stream().map(Mark::id).toList()).size() < known.size();
        if (broken > 0 || badVersion || twins) {
            assertThat(loaded.problems()).isNotEmpty();
        }
        if (unknown == 0) {
            assertThat(withoutIds(loaded.value())).isEqualTo(withoutIds(known));
            assertFirstOfEachIdKeepsIt(known, loaded.value());
            if (broken == 0 && goodVersion && !twins) {
                assertThat(loaded.problems()).isEmpty();
                assertThat(file).hasBinaryContent(corrupt.bytes());
            }
        }
        int setAside = entries.size() - loaded.value().size();
        entriesSetAside += setAside;
        boolean renamed = loaded.value().stream().map(Mark::id).anyMatch(id -> id.matches("[0-9a-f-]{36}"));
        return loaded.problems().isEmpty() ? "clean" : setAside > 0 ? "part" : renamed ? "ids" : "version";
    }

    private static void assertFirstOfEachIdKeepsIt(List<Mark> known, List<Mark> loaded) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < known.size(); i++) {
            String id = known.get(i).id();
            if (seen.add(id)) {
                assertThat(loaded.get(i).id()).isEqualTo(id);
            } else {
                assertThat(loaded.get(i).id()).isNotEqualTo(id);
            }
        }
    }

    /** True when the original bytes are in place, or (when a copy was promised) in a file beside it. */
    private static boolean originalSurvives(Path folder, byte[] original, boolean aside) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                boolean isCopy = !file.getFileName().toString().equals(KEY + ".json");
                if ((isCopy || !aside) && Arrays.equals(Files.readAllBytes(file), original)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Mark> withoutIds(List<Mark> marks) {
        return marks.stream().map(m -> CorruptMarksFiles.withId(m, "")).toList();
    }

    /** True when {@code part} appears in {@code whole} in the same order, perhaps with others between. */
    private static boolean isInOrder(List<Mark> part, List<Mark> whole) {
        int next = 0;
        for (Mark mark : whole) {
            if (next < part.size() && part.get(next).equals(mark)) {
                next++;
            }
        }
        return next == part.size();
    }
}
