package quire.ui.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's keys table is the command table's: a key added, moved or renamed shows up in both. */
class ReadmeKeysTest {
    @Test
    void theReadmesKeysTableIsMadeFromTheCommandTable() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("| action | keys |");
        assertThat(start).as("the README has a keys table").isPositive();
        int end = readme.indexOf("\n\n", start);
        String table = readme.substring(start, end + 1);
        String made = Keys.MAP.markdownTable();
        if (!table.equals(made)) {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/readme-keys-table.md"), made, StandardCharsets.UTF_8);
        }
        assertThat(table).as("README.md's keys table (the one the code makes is in target/readme-keys-table.md)")
                .isEqualTo(made);
    }
}
