package quire.markstore;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import quire.files.AtomicFiles;
import quire.files.FileRead;
import quire.files.Loaded;
import quire.files.SetAside;
import quire.marks.Bookmark;
import quire.marks.Highlight;
import quire.marks.Mark;

/**
 * Each story's marks in its own readable JSON file, {@code marks/<key>.json} in the config folder, so
 * damage to one story's file touches no other story's marks and no settings. Written atomically, and
 * never larger than {@link #MAX_FILE_BYTES}, the most it reads: a save that would be larger is refused.
 *
 * <p>Loading never fails and never loses what a reader wrote. A file that is not there gives no marks.
 * One that cannot be used at all (not a regular file, too large, not JSON, no list of marks) is moved
 * aside with a timestamp ({@code .broken-...}) and the story starts with none. Otherwise the marks are
 * read entry by entry ({@link MarkEntryReader}): a bad entry is left out, a mark with an earlier mark's
 * id gets a new one, a newer or unknown schema version is read as far as it can be; each of these is
 * told in one notice, and the file is first copied aside ({@code .kept-...}). Until the story's marks are
 * saved again, that copy is checked before the file is written over, and made again if it is gone.
 */
public final class MarksStore {
    /**
     * The marks file's format version, its own: it is 1, as the settings files' is, and changes only when
     * the marks file does.
     */
    static final int SCHEMA_VERSION = 1;
    static final String FOLDER = "marks";
    private static final String WHAT = "marks";
    /** How many bad entries a notice names one by one. */
    private static final int NAMED = 3;

    /**
     * The largest marks file Quire writes, and so reads: room for a thousand notes at the editor's
     * maximum in a script of three bytes a character ({@link Highlight#MAX_NOTE_LENGTH}), with their
     * quotes, and still a read that takes a moment. A save that would be larger is refused.
     */
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private final Path folder;
    private final SetAside setAside;
    private final long maxFileBytes;
    /**
     * The stories whose file was read with problems and not written since, with where its copy was kept
     * (empty when none could be made): the first save makes sure a copy exists before writing over it.
     */
    private final Map<String, Optional<Path>> notWrittenSinceRead = new ConcurrentHashMap<>();
    private final ObjectMapper mapper;

    public MarksStore(Path configFolder, Clock clock) {
        this(configFolder, clock, MAX_FILE_BYTES);
    }

    /** With a smaller largest file, so that tests can reach it. */
    MarksStore(Path configFolder, Clock clock, long maxFileBytes) {
        this.folder = configFolder.resolve(FOLDER);
        this.setAside = new SetAside(clock);
        this.maxFileBytes = maxFileBytes;
        // Jackson's own limit on one string (20 million characters) would refuse a note save had written.
        JsonFactory strings = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(Math.toIntExact(maxFileBytes)).build()).build();
        this.mapper = JsonMapper.builder(strings)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    public Path fileOf(String storyHash) {
        return folder.resolve(storyHash + ".json");
    }

    public Loaded<List<Mark>> load(String storyHash) {
        Path file = fileOf(storyHash);
        List<String> problems = new ArrayList<>();
        FileRead read = FileRead.of(file, maxFileBytes);
        if (read.problem().isPresent()) {
            return setAsideWhole(storyHash, read.problem().get());
        }
        if (read.bytes().isEmpty()) {
            return new Loaded<>(List.of(), problems);
        }
        JsonNode root;
        try {
            root = mapper.readTree(read.bytes().get());
        } catch (IOException damaged) {
            root = null;
        }
        JsonNode entries = root == null ? null : root.get("marks");
        if (entries == null || !entries.isArray()) {
            return setAsideWhole(storyHash, "it was damaged or did not hold marks");
        }
        List<String> reasons = new ArrayList<>();
        versionProblem(root.get("schemaVersion")).ifPresent(reasons::add);
        List<Mark> marks = readEntries(entries, reasons);
        if (!reasons.isEmpty()) {
            // Before anything can be written over the file: the next save would lose what was left out.
            SetAside.Copy copy = setAside.copy(file, WHAT, String.join("; ", reasons));
            notWrittenSinceRead.put(storyHash, copy.kept());
            problems.add(copy.sentence() + (marks.isEmpty() ? " None of its marks could be read."
                    : " Quire kept the " + count(marks.size(), "mark") + " it could read."));
        }
        return new Loaded<>(marks, problems);
    }

    private Loaded<List<Mark>> setAsideWhole(String storyHash, String why) {
        Path file = fileOf(storyHash);
        String problem = setAside.moveAside(file, WHAT, why);
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            notWrittenSinceRead.put(storyHash, Optional.empty()); // it could not be moved
        }
        return new Loaded<>(List.of(), List.of(problem));
    }

    /**
     * Why a file's schema version is not one this Quire writes, if it is not. A file with none is taken
     * as ours; a newer version's is read as far as this version understands it.
     */
    private static Optional<String> versionProblem(JsonNode version) {
        if (version == null) {
            return Optional.empty();
        }
        if (version.isIntegralNumber()) {
            BigInteger number = version.bigIntegerValue();
            if (number.compareTo(BigInteger.valueOf(SCHEMA_VERSION)) > 0) {
                return Optional.of("it was written by a newer version of Quire (schema version " + number + ")");
            }
            if (number.signum() > 0) {
                return Optional.empty();
            }
        }
        return Optional.of("its schema version (" + MarkEntryReader.shown(version) + ") was not one Quire knows");
    }

    /**
     * The valid entries as marks, in the file's order, each with an id of its own: a later mark with an
     * earlier one's id gets a new id, since a change to either would otherwise replace both. What was
     * wrong is added to {@code reasons}.
     */
    private static List<Mark> readEntries(JsonNode entries, List<String> reasons) {
        List<Mark> marks = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int renamed = 0;
        for (int i = 0; i < entries.size(); i++) {
            MarkEntryReader.Result read = MarkEntryReader.read(entries.get(i));
            if (read instanceof MarkEntryReader.Invalid bad) {
                invalid.add("mark " + (i + 1) + " " + bad.why());
            } else if (read instanceof MarkEntryReader.Valid valid) {
                Mark mark = valid.mark();
                while (!ids.add(mark.id())) {
                    mark = withId(mark, UUID.randomUUID().toString());
                    renamed++;
                }
                marks.add(mark);
            }
        }
        if (!invalid.isEmpty()) {
            reasons.add((invalid.size() == 1 ? "1 mark was" : invalid.size() + " marks were") + " not valid ("
                    + named(invalid) + ")");
        }
        if (renamed > 0) {
            reasons.add(renamed == 1 ? "1 mark had the id of an earlier mark and was given a new one"
                    : renamed + " marks had the id of an earlier mark and were given new ones");
        }
        return marks;
    }

    private static Mark withId(Mark mark, String id) {
        if (mark instanceof Highlight h) {
            return new Highlight(id, h.range(), h.quote(), h.colour(), h.note(), h.found());
        }
        return new Bookmark(id, mark.range(), mark.quote(), mark.found());
    }

    /** The first few reasons, and how many more: a notice a reader can take in, however bad the file. */
    private static String named(List<String> reasons) {
        String first = String.join("; ", reasons.subList(0, Math.min(NAMED, reasons.size())));
        return reasons.size() > NAMED ? first + "; and " + (reasons.size() - NAMED) + " more" : first;
    }

    private static String kilobytes(long bytes) {
        return bytes >= 10L * 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : (bytes + 1023) / 1024 + " KB";
    }

    private static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }

    public void save(String storyHash, List<Mark> marks) throws IOException {
        ObjectNode root = mapper.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("story", storyHash);
        ArrayNode entries = root.putArray("marks");
        for (Mark mark : marks) {
            entries.add(mapper.valueToTree(MarkEntry.of(mark)));
        }
        byte[] content = mapper.writeValueAsBytes(root);
        if (content.length > maxFileBytes) {
            throw new IOException("these marks would take " + kilobytes(content.length) + ", more than the "
                    + kilobytes(maxFileBytes) + " Quire reads back, so they were not written (the file keeps the"
                    + " marks saved before)");
        }
        keepOriginal(storyHash);
        AtomicFiles.write(fileOf(storyHash), content);
        notWrittenSinceRead.remove(storyHash);
    }

    /** Deletes what writes killed midway left in the marks folder (see {@link AtomicFiles#removeLeftovers}). */
    public int removeLeftovers(Instant now) {
        return AtomicFiles.removeLeftovers(folder, now);
    }

    /** Copies the file aside again if it was read with problems and its copy is not there (or never was). */
    private void keepOriginal(String storyHash) throws IOException {
        Optional<Path> kept = notWrittenSinceRead.get(storyHash);
        Path file = fileOf(storyHash);
        if (kept == null || kept.filter(Files::exists).isPresent() || !Files.isRegularFile(file)) {
            return; // nothing of the reader's to lose: read whole, already kept, or not a file that holds anything
        }
        SetAside.Copy again = setAside.copy(file, WHAT, "it was about to be written over");
        if (again.kept().isEmpty()) {
            throw new IOException("a copy of " + file + " could not be kept, so Quire did not write over it");
        }
        notWrittenSinceRead.put(storyHash, again.kept());
    }
}
