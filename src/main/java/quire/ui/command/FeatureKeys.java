package quire.ui.command;

import java.util.List;

/** What one feature declares: its commands' keys, and the rows of the keyboard help that tell them. */
public record FeatureKeys(String feature, List<Binding> bindings, List<HelpRow> rows) {
    public FeatureKeys {
        bindings = List.copyOf(bindings);
        rows = List.copyOf(rows);
    }
}
