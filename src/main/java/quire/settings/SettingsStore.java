package quire.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import quire.files.AtomicFiles;
import quire.files.FileRead;
import quire.files.Loaded;
import quire.files.SetAside;
import quire.pace.ReadingPace;

/**
 * Reads and writes Quire's two files in its config folder: {@code settings.json} (global preferences and
 * the reader's pace over all stories) and {@code stories.json} (per-story state: position, consent choice
 * and pace, keyed by the story's content hash). Each carries
 * {@code schemaVersion}. Loading is lenient field by field: a value of the wrong type is dropped and
 * its default used, the rest is kept. See the package contract for what happens to damaged files.
 */
public final class SettingsStore {
    public static final int SCHEMA_VERSION = 1;
    static final String PREFERENCES_FILE = "settings.json";
    static final String STORIES_FILE = "stories.json";

    private final Path folder;
    private final SetAside setAside;
    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public SettingsStore(Path folder, Clock clock) {
        this.folder = folder;
        this.setAside = new SetAside(clock);
    }

    public Path folder() {
        return folder;
    }

    public Loaded<Preferences> loadPreferences() {
        List<String> problems = new ArrayList<>();
        Path file = folder.resolve(PREFERENCES_FILE);
        ObjectNode root = readRoot(file, "settings", problems);
        List<String> dropped = new ArrayList<>();
        ReadingSettings reading = lenient(root.get("reading"), ReadingSettings.DEFAULTS, ReadingSettings.class,
                "reading", dropped);
        WindowPlacement window = lenient(root.get("window"), WindowPlacement.DEFAULT, WindowPlacement.class,
                "window", dropped);
        ReadingPace pace = lenient(root.get("pace"), ReadingPace.NONE, ReadingPace.class, "pace", dropped);
        reportDropped(file, "settings", dropped, problems);
        return new Loaded<>(new Preferences(reading, window, pace), problems);
    }

    public Loaded<Map<String, StoryState>> loadStories() {
        List<String> problems = new ArrayList<>();
        Path file = folder.resolve(STORIES_FILE);
        ObjectNode root = readRoot(file, "reading positions", problems);
        Map<String, StoryState> stories = new LinkedHashMap<>();
        List<String> dropped = new ArrayList<>();
        JsonNode entries = root.get("stories");
        if (entries != null && entries.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = entries.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                stories.put(entry.getKey(), lenient(entry.getValue(), StoryState.NEW, StoryState.class,
                        "story " + abbreviate(entry.getKey()), dropped));
            }
        } else if (entries != null) {
            dropped.add("stories");
        }
        reportDropped(file, "reading positions", dropped, problems);
        return new Loaded<>(stories, problems);
    }

    public void save(Preferences preferences) throws IOException {
        ObjectNode root = versioned();
        root.set("reading", mapper.valueToTree(preferences.reading()));
        root.set("window", mapper.valueToTree(preferences.window()));
        root.set("pace", mapper.valueToTree(preferences.pace()));
        AtomicFiles.write(folder.resolve(PREFERENCES_FILE), mapper.writeValueAsBytes(root));
    }

    public void saveStories(Map<String, StoryState> stories) throws IOException {
        ObjectNode root = versioned();
        root.set("stories", mapper.valueToTree(stories));
        AtomicFiles.write(folder.resolve(STORIES_FILE), mapper.writeValueAsBytes(root));
    }

    /** Deletes what writes killed midway left in the config folder (see {@link AtomicFiles#removeLeftovers}). */
    public int removeLeftovers(Instant now) {
        return AtomicFiles.removeLeftovers(folder, now);
    }

    private ObjectNode versioned() {
        ObjectNode root = mapper.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        return root;
    }

    /** The file's top-level object, or an empty one when it is missing or unusable (then set aside). */
    private ObjectNode readRoot(Path file, String what, List<String> problems) {
        FileRead read = FileRead.of(file);
        if (read.problem().isPresent()) {
            problems.add(setAside.moveAside(file, what, read.problem().get()));
            return mapper.createObjectNode();
        }
        if (read.bytes().isEmpty()) {
            return mapper.createObjectNode();
        }
        JsonNode root;
        try {
            root = mapper.readTree(read.bytes().get());
        } catch (IOException damaged) {
            problems.add(setAside.moveAside(file, what, "it was damaged: " + whyUnreadable(damaged, read.bytes().get().length)));
            return mapper.createObjectNode();
        }
        if (root == null || !root.isObject()) {
            problems.add(setAside.moveAside(file, what, root == null || root.isMissingNode()
                    ? "it was empty" : "it did not hold settings"));
            return mapper.createObjectNode();
        }
        JsonNode version = root.get("schemaVersion");
        if (version != null && (!version.canConvertToInt() || version.asInt() > SCHEMA_VERSION)) {
            problems.add(setAside.copyAside(file, what, "it was written by a newer version of Quire"));
        }
        return (ObjectNode) root;
    }

    /** {@code defaults} with every field of {@code node} that makes a valid value laid over it. */
    private <T> T lenient(JsonNode node, T defaults, Class<T> type, String section, List<String> dropped) {
        if (node == null) {
            return defaults;
        }
        if (!node.isObject()) {
            dropped.add(section);
            return defaults;
        }
        ObjectNode merged = mapper.valueToTree(defaults);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!merged.has(field.getKey())) {
                continue; // a field this version does not know: a newer Quire's, or a typo
            }
            ObjectNode candidate = merged.deepCopy();
            candidate.set(field.getKey(), field.getValue());
            try {
                mapper.treeToValue(candidate, type);
                merged = candidate;
            } catch (JsonProcessingException | IllegalArgumentException invalid) {
                dropped.add(section + "." + field.getKey());
            }
        }
        try {
            return mapper.treeToValue(merged, type);
        } catch (JsonProcessingException impossible) {
            dropped.add(section);
            return defaults;
        }
    }

    private void reportDropped(Path file, String what, List<String> dropped, List<String> problems) {
        if (!dropped.isEmpty()) {
            String copy = setAside.copyAside(file, what, "some values were not valid: " + String.join(", ", dropped));
            problems.add(copy + " Those values are back to their defaults; the rest was kept.");
        }
    }

    /**
     * Why the file could not be read as JSON, in words rather than the parser's, with its line. A file
     * whose trouble starts at its very end was most likely cut off mid-write (by a crash or a full disk).
     */
    private static String whyUnreadable(IOException e, int length) {
        if (!(e instanceof JsonProcessingException json)) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        var location = json.getLocation();
        String where = location != null && location.getLineNr() > 0 ? " (line " + location.getLineNr() + ")" : "";
        boolean atTheEnd = e instanceof com.fasterxml.jackson.core.io.JsonEOFException
                || location != null && location.getByteOffset() >= length - 1;
        return atTheEnd ? "it ends too early, as if it had been cut off" + where : "it is not valid JSON" + where;
    }

    private static String abbreviate(String hash) {
        return hash.length() > 12 ? hash.substring(0, 12) : hash;
    }
}
