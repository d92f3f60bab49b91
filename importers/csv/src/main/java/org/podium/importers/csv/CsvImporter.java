package org.podium.importers.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.podium.datapackage.DataPackageSchema;
import org.podium.importers.csv.internal.TextDecoder;
import org.podium.importers.csv.internal.pkg.PackageReader;
import org.podium.importers.csv.internal.sheet.RaceFolder;
import org.podium.importers.csv.internal.sheet.SheetDetection;
import org.podium.importers.csv.internal.sheet.SheetImport;
import org.podium.model.Event;
import org.podium.spi.ContentSniffer;
import org.podium.spi.DetectionInput;
import org.podium.spi.ImportException;
import org.podium.spi.ImportRequest;
import org.podium.spi.ImporterDescriptor;
import org.podium.spi.Importer;
import org.podium.spi.MatchStrength;

/**
 * CSV in: Podium's own data package (a folder with {@code datapackage.json}, read back to the event
 * it was written from), a race folder (any other folder of tables: one event from its entry list,
 * stage files and stewards' decisions), and the tables people keep — timing sheets, standings,
 * itineraries — told apart by their headers and rows ({@code csv-inputs.md}): fields separated by
 * {@code ,} {@code ;} tab {@code |} or {@code #}, in UTF-8, UTF-16 or UTF-32 (with a byte-order
 * mark; UTF-16 also without) or Windows-1252. Stateless: each call makes its own readers.
 */
public final class CsvImporter implements Importer {

    private static final ImporterDescriptor DESCRIPTOR = ImporterDescriptor
            .builder("csv", "CSV (timing sheets, standings, itineraries, race folders, data package)")
            .mediaType("text/csv").extensions("csv", "tsv").build();
    /** As much as the host gives detection: enough to say what a file looks like. */
    private static final int HEAD_BYTES = 8 * 1024;

    public CsvImporter() {
        // ServiceLoader needs a public no-argument constructor.
    }

    @Override
    public ImporterDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public MatchStrength detect(DetectionInput input) {
        try {
            if (input.directory()) {
                if (input.listing().contains(DataPackageSchema.DESCRIPTOR_FILE)) {
                    return MatchStrength.FULL_MATCH;
                }
                // A race folder: its tables are read by name, so the listing is enough to claim it.
                return input.listing().anySatisfy(CsvImporter::tableName) ? MatchStrength.SOLID_MATCH
                        : MatchStrength.NO_MATCH;
            }
            if (input.fileName().equals(DataPackageSchema.DESCRIPTOR_FILE)) {
                return MatchStrength.FULL_MATCH;
            }
            String extension = input.extension();
            boolean tableExtension = extension.equals("csv") || extension.equals("tsv");
            // By content, whatever the extension: a known header is a table of ours; delimited
            // records may be one with headers Podium does not know, and reading it says why.
            return switch (SheetDetection.examine(TextDecoder.decodeHead(input.head()))) {
                case KNOWN_TABLE -> MatchStrength.SOLID_MATCH;
                case SOME_TABLE -> MatchStrength.WEAK_MATCH;
                case NOT_A_TABLE -> tableExtension ? MatchStrength.WEAK_MATCH : MatchStrength.NO_MATCH;
            };
        } catch (RuntimeException unexpected) {
            // Detection only breaks ties between importers: a surprise here must not stop the others.
            return MatchStrength.NO_MATCH;
        }
    }

    /**
     * Reads a data package (its folder or its {@code datapackage.json}), a race folder (a folder of
     * tables: entry list, itinerary, stage files, stewards' penalties and statuses) or one table
     * file. The input is opened and closed here.
     */
    @Override
    public Event read(ImportRequest request) throws ImportException, IOException {
        Path input = request.input();
        if (Files.isDirectory(input)) {
            if (!Files.isRegularFile(input.resolve(DataPackageSchema.DESCRIPTOR_FILE))) {
                return new RaceFolder(input, request.sourceName(), request.eventName(), request.diagnostics()).read();
            }
            return readPackage(input, request);
        }
        Path fileName = input.getFileName();
        if (fileName != null && fileName.toString().equals(DataPackageSchema.DESCRIPTOR_FILE)) {
            Path folder = input.toAbsolutePath().getParent();
            return readPackage(folder, request);
        }
        String[] looksLike = new String[1];
        // The text alone in a holder the sheet import empties: neither the bytes nor the text outlive the records.
        String[] text = {decode(input, request, looksLike)};
        return new SheetImport(request.sourceName(), request.eventName(), request.diagnostics()).read(text,
                input.toString().toLowerCase(Locale.ROOT).endsWith(".tsv"), looksLike[0]);
    }

    /** Whether a name in a folder's listing is a table a race folder reads. */
    private static boolean tableName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".csv") || lower.endsWith(".tsv");
    }

    /** The file's text; {@code looksLike[0]} what its first bytes look like. */
    private static String decode(Path input, ImportRequest request, String[] looksLike)
            throws ImportException, IOException {
        byte[] bytes = Files.readAllBytes(input);
        String text = TextDecoder.decodeTable(bytes, request.sourceName(), request.diagnostics());
        looksLike[0] = ContentSniffer.describe(Arrays.copyOf(bytes, Math.min(bytes.length, HEAD_BYTES)));
        return text;
    }

    private static Event readPackage(Path folder, ImportRequest request) throws ImportException, IOException {
        String fallback = request.eventName() != null ? request.eventName() : request.sourceName();
        return new PackageReader(folder, fallback, request.diagnostics()).read();
    }
}
