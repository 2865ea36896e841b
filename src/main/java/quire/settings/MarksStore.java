package quire.settings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import quire.marks.Mark;

/**
 * Each story's marks in its own readable JSON file, {@code marks/<content hash>.json} in the config
 * folder, so damage to one story's file touches no other story's marks and no settings. Written
 * atomically. A file that cannot be read is set aside with a timestamp and the story starts with no
 * marks; a file with some bad entries keeps the good ones, and a copy of the whole is kept aside.
 */
public final class MarksStore {
    static final String FOLDER = "marks";
    private static final String WHAT = "marks";

    private final Path folder;
    private final SetAside setAside;
    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public MarksStore(Path configFolder, Clock clock) {
        this.folder = configFolder.resolve(FOLDER);
        this.setAside = new SetAside(clock);
    }

    public Path fileOf(String storyHash) {
        return folder.resolve(storyHash + ".json");
    }

    public Loaded<List<Mark>> load(String storyHash) {
        Path file = fileOf(storyHash);
        List<String> problems = new ArrayList<>();
        FileRead read = FileRead.of(file);
        if (read.problem().isPresent()) {
            problems.add(setAside.moveAside(file, WHAT, read.problem().get()));
            return new Loaded<>(List.of(), problems);
        }
        if (read.bytes().isEmpty()) {
            return new Loaded<>(List.of(), problems);
        }
        JsonNode entries;
        try {
            JsonNode root = mapper.readTree(read.bytes().get());
            entries = root == null ? null : root.get("marks");
        } catch (IOException damaged) {
            entries = null;
        }
        if (entries == null || !entries.isArray()) {
            problems.add(setAside.moveAside(file, WHAT, "it was damaged or did not hold marks"));
            return new Loaded<>(List.of(), problems);
        }
        return new Loaded<>(readEntries(file, entries, problems), problems);
    }

    private List<Mark> readEntries(Path file, JsonNode entries, List<String> problems) {
        List<Mark> marks = new ArrayList<>();
        int bad = 0;
        for (JsonNode entry : entries) {
            try {
                marks.add(mapper.treeToValue(entry, MarkEntry.class).toMark());
            } catch (IOException | IllegalArgumentException invalid) {
                bad++;
            }
        }
        if (bad > 0) {
            problems.add(setAside.copyAside(file, WHAT, bad + (bad == 1 ? " mark was" : " marks were") + " not valid")
                    + " The other marks were kept.");
        }
        return marks;
    }

    public void save(String storyHash, List<Mark> marks) throws IOException {
        ObjectNode root = mapper.createObjectNode();
        root.put("schemaVersion", SettingsStore.SCHEMA_VERSION);
        root.put("story", storyHash);
        ArrayNode entries = root.putArray("marks");
        for (Mark mark : marks) {
            entries.add(mapper.valueToTree(MarkEntry.of(mark)));
        }
        AtomicFiles.write(fileOf(storyHash), mapper.writeValueAsBytes(root));
    }
}
