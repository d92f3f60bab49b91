package org.podium.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --merge}: the files a user names gathered as one race folder, and nothing of theirs touched. */
class MergedInputTest {

    @TempDir
    Path dir;

    @Test
    void theFilesAreOneFolderUnderTheirOwnNamesUntilClosed() throws Exception {
        Path entries = Files.writeString(dir.resolve("entries.csv"), "number,category,crew\n1,bikes,Radek Němec\n");
        Path stage = Files.writeString(Files.createDirectories(dir.resolve("timing")).resolve("stage-01.csv"),
                "number,time\n1,5:56:44\n");
        Path penalties = Files.writeString(dir.resolve("penalties.csv"), "number,stage,penalty\n1,1,0:01:00\n");

        Path folder;
        try (MergedInput merged = MergedInput.of(List.of(Input.of(entries), Input.of(stage), Input.of(penalties)))) {
            folder = merged.input().path();
            assertThat(merged.input().name()).isEqualTo("entries.csv + 2 more");
            try (Stream<Path> files = Files.list(folder)) {
                assertThat(files.map(p -> p.getFileName().toString()).sorted())
                        .containsExactly("entries.csv", "penalties.csv", "stage-01.csv");
            }
            assertThat(folder.resolve("stage-01.csv")).hasContent("number,time\n1,5:56:44");
        }

        assertThat(folder).doesNotExist();
        assertThat(entries).hasContent("number,category,crew\n1,bikes,Radek Němec");
        assertThat(stage).exists();
        assertThat(penalties).exists();
    }

    @Test
    void twoFilesOfOneNameAFolderOrASingleFileAreUsageErrors() throws Exception {
        Path one = Files.writeString(Files.createDirectories(dir.resolve("a")).resolve("stage-01.csv"), "x\n");
        Path other = Files.writeString(Files.createDirectories(dir.resolve("b")).resolve("stage-01.csv"), "y\n");

        assertThatThrownBy(() -> MergedInput.of(List.of(Input.of(one), Input.of(other))))
                .isInstanceOf(UsageException.class).hasMessageContaining("two inputs are named stage-01.csv");
        assertThatThrownBy(() -> MergedInput.of(List.of(Input.of(one), Input.of(dir.resolve("b")))))
                .isInstanceOf(UsageException.class).hasMessageContaining("is a folder");
        assertThatThrownBy(() -> MergedInput.of(List.of(Input.of(one), Input.of(Path.of("/dev/zero")))))
                .isInstanceOf(UsageException.class).hasMessageContaining("/dev/zero is not one");
        assertThatThrownBy(() -> MergedInput.of(List.of(Input.of(one))))
                .isInstanceOf(UsageException.class).hasMessageContaining("give at least two");
        assertThatThrownBy(() -> MergedInput.of(List.of(Input.of(one), Input.of(dir.resolve("nope.csv")))))
                .isInstanceOf(UsageException.class).hasMessageContaining("no such file");
    }
}
