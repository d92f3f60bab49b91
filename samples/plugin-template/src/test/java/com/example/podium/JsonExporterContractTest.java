package com.example.podium;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.spi.Exporter;
import org.podium.testkit.ExporterContract;

/**
 * Podium's contract tests come with the interface (found by ServiceLoader, describes itself, writes
 * exactly its target, the same bytes whatever the machine, every scope in every language); the
 * tests below say what this exporter writes.
 */
class JsonExporterContractTest implements ExporterContract {

    @Override
    public Exporter exporter() {
        return new JsonExporter();
    }

    @Test
    void writesTheEventAndEachClassificationsRows(@TempDir Path dir) throws Exception {
        String json = Files.readString(writeSample(dir, "results.json"), StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\n  \"event\": \"2002 Arras")
                // Despres and Roma tied first after stage 3.
                .contains("{\"position\": 1, \"number\": null, \"crew\": \"Cyril Despres\", \"time\": \"0:32:38\"")
                .contains("{\"position\": 1, \"number\": null, \"crew\": \"Nani Roma\", \"time\": \"0:32:38\"")
                .contains("{\"position\": 1, \"number\": 1, \"crew\": \"Fabrizio Meoni\", \"time\": \"48:00:59\"");
    }

    @Test
    void quotesWhatJsonMustEscape() {
        assertThat(JsonExporter.quoted("say \"hi\"\\\n")).isEqualTo("\"say \\\"hi\\\"\\\\\\n\"");
        assertThat(JsonExporter.quoted(null)).isEqualTo("null");
    }
}
