package quire.ui.command;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Every feature's keys together, asked which command a key press means. A press matches a chord with
 * exactly its modifiers first; with Shift held and no such chord, the chord without Shift (Shift+B
 * bookmarks as B does); last, the character it typed ("?" wherever the layout has it). Alt+anything is
 * left to the system. A chord given to two commands is refused when the map is made, so no feature can
 * take another's key by accident.
 */
public final class KeyMap {
    private final List<FeatureKeys> features;
    private final Map<ReaderCommand, Binding> bindings = new EnumMap<>(ReaderCommand.class);

    public KeyMap(List<FeatureKeys> features) {
        this.features = List.copyOf(features);
        Map<Chord, ReaderCommand> taken = new java.util.HashMap<>();
        for (FeatureKeys feature : features) {
            for (Binding binding : feature.bindings()) {
                if (bindings.put(binding.command(), binding) != null) {
                    throw new IllegalArgumentException(binding.command() + " is declared twice");
                }
                for (Chord chord : binding.all()) {
                    ReaderCommand before = taken.put(chord, binding.command());
                    if (before != null) {
                        throw new IllegalArgumentException(chord.name() + " is bound to both " + before + " and "
                                + binding.command());
                    }
                }
            }
        }
    }

    /** The command a key press means, if any. */
    public Optional<ReaderCommand> commandFor(KeyEvent event) {
        String typed = event.getEventType() == KeyEvent.KEY_PRESSED ? event.getText() : "";
        return commandFor(event.getCode(), typed, event.isShortcutDown() || event.isControlDown(),
                event.isShiftDown(), event.isAltDown());
    }

    /** True when the press is one of {@code command}'s keys (a panel asking about Enter or Delete). */
    public boolean means(KeyEvent event, ReaderCommand command) {
        return commandFor(event).filter(command::equals).isPresent();
    }

    public Optional<ReaderCommand> commandFor(KeyCode code, String typed, boolean control, boolean shift, boolean alt) {
        if (alt) {
            return Optional.empty();
        }
        Optional<ReaderCommand> exact = find(chord -> chord.pressedAs(code, control, shift));
        if (exact.isPresent() || !shift) {
            return exact.or(() -> byTyped(typed, control));
        }
        return find(chord -> chord.pressedAs(code, control, false)).or(() -> byTyped(typed, control));
    }

    private Optional<ReaderCommand> byTyped(String typed, boolean control) {
        return typed == null || typed.isEmpty() ? Optional.empty() : find(chord -> chord.typedAs(typed, control));
    }

    private Optional<ReaderCommand> find(java.util.function.Predicate<Chord> matches) {
        for (Binding binding : bindings.values()) {
            for (Chord chord : binding.all()) {
                if (matches.test(chord)) {
                    return Optional.of(binding.command());
                }
            }
        }
        return Optional.empty();
    }

    /** The keys named for {@code command}: "Ctrl+F, /"; empty when it has none. */
    public String keysOf(ReaderCommand command) {
        Binding binding = bindings.get(command);
        return binding == null ? "" : binding.shown().stream().map(Chord::name).collect(Collectors.joining(", "));
    }

    /** The README's rows, in order: each feature's, in the order the features were given. */
    public List<HelpRow> rows() {
        List<HelpRow> rows = new ArrayList<>();
        features.forEach(feature -> rows.addAll(feature.rows()));
        return rows;
    }

    /** The keyboard help's rows: the README's but those it alone has room for. */
    public List<HelpRow> helpRows() {
        return rows().stream().filter(row -> row.shown() == HelpRow.Shown.HELP_AND_README).toList();
    }

    /** A row's keys as the help and the README show them: "Home, Ctrl+Home / End, Ctrl+End". */
    public String keysText(HelpRow row) {
        List<String> groups = new ArrayList<>();
        for (HelpRow.Group group : row.groups()) {
            List<String> parts = new ArrayList<>();
            group.commands().stream().map(this::keysOf).filter(keys -> !keys.isEmpty()).forEach(parts::add);
            if (!group.also().isEmpty()) {
                parts.add(group.also());
            }
            String keys = String.join(", ", parts);
            groups.add(group.saying().isEmpty() ? keys : keys + " " + group.saying());
        }
        return String.join(" / ", groups);
    }

    /** The README's keys table, made from the rows. */
    public String markdownTable() {
        StringBuilder table = new StringBuilder("| action | keys |\n|---|---|\n");
        for (HelpRow row : rows()) {
            table.append("| ").append(row.readmeAction()).append(" | ").append(keysText(row)).append(" |\n");
        }
        return table.toString();
    }

    /** The commands that have keys. */
    public java.util.Set<ReaderCommand> commands() {
        return java.util.Collections.unmodifiableSet(bindings.keySet());
    }
}
