package quire.ui.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandTableTest {
    private final List<String> done = new ArrayList<>();
    private boolean reading;
    private boolean searching;

    private CommandTable escape() {
        return new CommandTable()
                .when(ReaderCommand.ESCAPE, () -> reading, () -> done.add("stop reading aloud"))
                .when(ReaderCommand.ESCAPE, () -> searching, () -> done.add("close search"))
                .on(ReaderCommand.ESCAPE, () -> done.add("clear selection"));
    }

    @Test
    void theFirstHandlerThatAppliesRunsAndNoOther() {
        CommandTable table = escape();
        reading = true;
        searching = true;
        table.run(ReaderCommand.ESCAPE);
        reading = false;
        table.run(ReaderCommand.ESCAPE);
        searching = false;
        table.run(ReaderCommand.ESCAPE);
        assertThat(done).containsExactly("stop reading aloud", "close search", "clear selection");
    }

    @Test
    void aCommandWithNoHandlerThatAppliesIsNotRunSoItsKeyGoesOn() {
        CommandTable table = new CommandTable().when(ReaderCommand.ACCEPT, () -> false, () -> done.add("start"));
        assertThat(table.run(ReaderCommand.ACCEPT)).isFalse();
        assertThat(table.run(ReaderCommand.BOOKMARK)).isFalse();
        assertThat(done).isEmpty();
        assertThat(escape().run(ReaderCommand.ESCAPE)).isTrue();
    }
}
