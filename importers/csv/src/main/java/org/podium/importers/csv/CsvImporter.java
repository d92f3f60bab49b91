package org.podium.importers.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.podium.datapackage.DataPackageSchema;
import org.podium.importers.csv.internal.TextDecoder;
import org.podium.importers.csv.internal.pkg.PackageReader;
import org.podium.importers.csv.internal.sheet.SheetDetection;
import org.podium.importers.csv.internal.sheet.SheetImport;
import org.podium.model.Event;
import org.podium.model.SourcePosition;
import org.podium.spi.DetectionInput;
import org.podium.spi.ImportException;
import org.podium.spi.ImportRequest;
import org.podium.spi.ImporterDescriptor;
import org.podium.spi.Importer;
import org.podium.spi.MatchStrength;

/**
 * CSV in: Podium's own data package (a folder with {@code datapackage.json}, read back to the event
 * it was written from), and the tables people keep — timing sheets, standings, itineraries — told
 * apart by their headers ({@code csv-inputs.md}). Stateless: each call makes its own readers.
 */
public final class CsvImporter implements Importer {

    private static final ImporterDescriptor DESCRIPTOR = ImporterDescriptor
            .builder("csv", "CSV (timing sheets, standings, itineraries, data package)")
            .mediaType("text/csv").extensions("csv", "tsv").build();

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
                return input.listing().contains(DataPackageSchema.DESCRIPTOR_FILE) ? MatchStrength.FULL_MATCH
                        : MatchStrength.NO_MATCH;
            }
            if (input.fileName().equals(DataPackageSchema.DESCRIPTOR_FILE)) {
                return MatchStrength.FULL_MATCH;
            }
            String extension = input.extension();
            boolean tableExtension = extension.equals("csv") || extension.equals("tsv") || extension.equals("txt");
            if (tableExtension && SheetDetection.looksLikeKnownTable(input.headText())) {
                return MatchStrength.SOLID_MATCH;
            }
            return extension.equals("csv") || extension.equals("tsv") ? MatchStrength.WEAK_MATCH : MatchStrength.NO_MATCH;
        } catch (RuntimeException unexpected) {
            // Detection only breaks ties between importers: a surprise here must not stop the others.
            return MatchStrength.NO_MATCH;
        }
    }

    /**
     * Reads a data package (its folder or its {@code datapackage.json}) or one table file. The
     * input is opened and closed here.
     */
    @Override
    public Event read(ImportRequest request) throws ImportException, IOException {
        Path input = request.input();
        if (Files.isDirectory(input)) {
            if (!Files.isRegularFile(input.resolve(DataPackageSchema.DESCRIPTOR_FILE))) {
                throw new ImportException(SourcePosition.of(request.sourceName(), 0, 0), "this folder has no "
                        + DataPackageSchema.DESCRIPTOR_FILE + "; the csv importer reads a folder only when it is a"
                        + " Podium data package");
            }
            return readPackage(input, request);
        }
        Path fileName = input.getFileName();
        if (fileName != null && fileName.toString().equals(DataPackageSchema.DESCRIPTOR_FILE)) {
            Path folder = input.toAbsolutePath().getParent();
            return readPackage(folder, request);
        }
        String text = TextDecoder.decode(Files.readAllBytes(input), request.sourceName(), request.diagnostics());
        return new SheetImport(request.sourceName(), request.eventName(), request.diagnostics()).read(text,
                input.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".tsv"));
    }

    private static Event readPackage(Path folder, ImportRequest request) throws ImportException, IOException {
        String fallback = request.eventName() != null ? request.eventName() : request.sourceName();
        return new PackageReader(folder, fallback, request.diagnostics()).read();
    }
}
