package quire.story;

import java.util.ArrayList;
import java.util.List;

/** Gathers inline spans, merging neighbouring plain text so a paragraph holds as few spans as possible. */
final class InlineCollector {
    private final List<Inline> spans = new ArrayList<>();

    void addAll(List<Inline> more) {
        for (Inline span : more) {
            add(span);
        }
    }

    void add(Inline span) {
        if (span instanceof Inline.Text text) {
            if (text.text().isEmpty()) {
                return;
            }
            int last = spans.size() - 1;
            if (last >= 0 && spans.get(last) instanceof Inline.Text previous) {
                spans.set(last, new Inline.Text(previous.text() + text.text()));
                return;
            }
        }
        spans.add(span);
    }

    List<Inline> spans() {
        return List.copyOf(spans);
    }
}
