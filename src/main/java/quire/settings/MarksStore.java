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
    /** How many bad entries a notice names one by one. */
    private static final int NAMED = 3;

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
        List<String> reasons = new ArrayList<>();
        List<Mark> marks = readEntries(entries, reasons);
        if (!reasons.isEmpty()) {
            // Before anything can be written over the file: the next save would lose what was left out.
            problems.add(setAside.copyAside(file, WHAT, String.join("; ", reasons)) + " Quire kept the "
                    + count(marks.size(), "mark") + " it could read.");
        }
        return new Loaded<>(marks, problems);
    }

    /** The valid entries as marks, in the file's order; what was wrong with the others is added to {@code reasons}. */
    private static List<Mark> readEntries(JsonNode entries, List<String> reasons) {
        List<Mark> marks = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            MarkEntryReader.Result read = MarkEntryReader.read(entries.get(i));
            if (read instanceof MarkEntryReader.Valid valid) {
                marks.add(valid.mark());
            } else if (read instanceof MarkEntryReader.Invalid bad) {
                invalid.add("mark " + (i + 1) + " " + bad.why());
            }
        }
        if (!invalid.isEmpty()) {
            reasons.add((invalid.size() == 1 ? "1 mark was" : invalid.size() + " marks were") + " not valid ("
                    + named(invalid) + ")");
        }
        return marks;
    }

    /** The first few reasons, and how many more: a notice a reader can take in, however bad the file. */
    private static String named(List<String> reasons) {
        String first = String.join("; ", reasons.subList(0, Math.min(NAMED, reasons.size())));
        return reasons.size() > NAMED ? first + "; and " + (reasons.size() - NAMED) + " more" : first;
    }

    private static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
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
