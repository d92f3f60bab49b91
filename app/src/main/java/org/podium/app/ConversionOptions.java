package org.podium.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.podium.launcher.ConversionRequest;
import org.podium.launcher.Input;
import org.podium.report.BulletinStatus;
import org.podium.report.DocumentOptions;
import org.podium.report.Scope;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options that say how to read inputs and what to write (see {@code cli.md}). */
final class ConversionOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--from", paramLabel = "ID", description = "Importer to use (default: detected from the input).")
    private String from;

    @Option(names = "--to", paramLabel = "ID", split = ",",
            description = "Exporters to use, comma-separated (default: every installed exporter).")
    private List<String> to = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Where outputs go (default: ${DEFAULT-VALUE}).")
    private Path out = Path.of("out");

    @Option(names = "--category", paramLabel = "ID", split = ",",
            description = "Only these categories, comma-separated (default: all).")
    private List<String> categories = new ArrayList<>();

    @Option(names = "--stage", paramLabel = "LABEL", description = "The documents after this stage (default: the whole event; for a race still being run,"
            + " its last stage with results).")
    private String stage;

    @Option(names = "--status", paramLabel = "S", converter = Converters.Status.class,
            completionCandidates = Converters.StatusIds.class,
            description = "${COMPLETION-CANDIDATES} (default: provisional).")
    private BulletinStatus status = BulletinStatus.PROVISIONAL;

    @Option(names = "--bulletin", paramLabel = "N", converter = Converters.Bulletin.class,
            description = "Bulletin number printed on documents (default: none).")
    private Integer bulletin;

    @Option(names = "--issued-at", paramLabel = "T",
            description = "ISO-8601 date-time printed on documents and stored in their metadata;"
                    + " fixing it makes outputs byte-identical (default: now).")
    private String issuedAt;

    @Option(names = "--zone", paramLabel = "Z", converter = Converters.Zone.class,
            description = "Time zone for printed times (default: UTC).")
    private ZoneId zone = ZoneOffset.UTC;

    @Option(names = "--lang", paramLabel = "L", converter = Converters.Language.class,
            description = "en or fr labels (default: en).")
    private String language;

    @Option(names = "--checks", negatable = true,
            description = "Include the consistency findings in documents"
                    + " (default: on, except with --status official or final).")
    private Boolean checks;

    @Option(names = "--charts", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Include the race charts in documents that draw them (the PDF's Race charts section,"
                    + " the Markdown document's with SVG pictures beside it, the workbook's Charts sheet;"
                    + " default: on).")
    private boolean charts = true;

    @Option(names = "--merge", description = "Read the inputs together as one event, as the files of a race"
            + " folder are: an entry list, an itinerary, stage files, the stewards' decisions.")
    private boolean merge;

    @Option(names = "--amends", paramLabel = "OLD",
            description = "The documents amend this earlier version of the event (any input Podium reads, such as"
                    + " the data package written with it): they list the changes since it.")
    private Path amends;

    @Option(names = "--replaces", paramLabel = "N", converter = Converters.Bulletin.class,
            description = "The number of the bulletin --amends OLD was: documents say \"Replaces bulletin N\""
                    + " and \"Changes since bulletin N\".")
    private Integer replaces;

    @Option(names = "--strict", description = "Exit 3 when any warning or contradiction was found.")
    private boolean strict;

    @Option(names = "--spreadsheet-safe", description = "In every CSV written, prefix with ' each value a"
            + " spreadsheet would run as a formula (=, +, -, @…); the data package is then no longer exact.")
    private boolean spreadsheetSafe;

    @Option(names = "--event-name", paramLabel = "NAME", description = "The event's name when the input does not say it.")
    private String eventName;

    @Option(names = "-O", paramLabel = "FORMAT.KEY=VALUE",
            description = "An option a plugin declares (-O md.key=value); `podium plugins` lists them.")
    private Map<String, String> pluginOptions = new LinkedHashMap<>();

    Path out() {
        return out;
    }

    boolean strict() {
        return strict;
    }

    /** {@code --merge}: the inputs are one event. */
    boolean merge() {
        return merge;
    }

    /**
     * The request for the launcher: what to do with the inputs it is given.
     *
     * @param inputs how many inputs the command was given (0 for the bundled sample)
     * @throws ParameterException when {@code --replaces} comes without {@code --amends}, or
     *                            {@code --amends} with more than one input
     */
    ConversionRequest request(DocumentOptions documentOptions, int inputs) {
        ConversionRequest.Builder request = ConversionRequest.builder(out, documentOptions)
                .importer(from)
                .exporters(to)
                .scope(scope())
                .pluginOptions(pluginOptions)
                .eventName(eventName)
                .languageInNames(languageGiven());
        if (replaces != null && amends == null) {
            throw new ParameterException(spec.commandLine(), "--replaces " + replaces + " needs --amends OLD:"
                    + " the changes since bulletin " + replaces + " are computed from it");
        }
        if (amends != null) {
            if (inputs > 1 && !merge) {
                throw new ParameterException(spec.commandLine(), "--amends amends one input; " + inputs
                        + " were given: convert them one at a time");
            }
            request.amends(Input.of(amends), replaces);
        }
        return request.build();
    }

    /** {@code --category} and {@code --stage}: what of each input the documents show. */
    Scope scope() {
        return Scope.of(categories, stage);
    }

    /** Whether {@code --lang} was given, which puts the language into output names. */
    boolean languageGiven() {
        return language != null;
    }

    /**
     * What every document of the run says about itself; {@code clock} is read only when
     * {@code --issued-at} is not given.
     *
     * @throws ParameterException when {@code --issued-at} is not an ISO-8601 date-time
     */
    DocumentOptions documentOptions(Clock clock) {
        boolean withChecks = checks != null
                ? checks
                : status != BulletinStatus.OFFICIAL && status != BulletinStatus.FINAL;
        return DocumentOptions.builder(issuedAt(clock)).status(status).bulletin(bulletin).zone(zone)
                .language(language == null ? "en" : language).checks(withChecks).charts(charts)
                .spreadsheetSafe(spreadsheetSafe)
                .build();
    }

    private OffsetDateTime issuedAt(Clock clock) {
        if (issuedAt == null) {
            // Whole seconds: a timestamp printed on a bulletin has no use for nanoseconds.
            return OffsetDateTime.now(clock.withZone(zone)).truncatedTo(ChronoUnit.SECONDS);
        }
        try {
            return ZonedDateTime.parse(issuedAt, DateTimeFormatter.ISO_DATE_TIME).toOffsetDateTime();
        } catch (DateTimeParseException withoutOffset) {
            try {
                // No offset given: the time is read in --zone, as the user sees the printed times.
                return LocalDateTime.parse(issuedAt, DateTimeFormatter.ISO_LOCAL_DATE_TIME).atZone(zone).toOffsetDateTime();
            } catch (DateTimeParseException e) {
                throw new ParameterException(spec.commandLine(), "Invalid value for option '--issued-at': '"
                        + issuedAt + "' is not an ISO-8601 date-time (2002-01-13T18:00:00Z, 2002-01-13T19:00+01:00)");
            }
        }
    }
}
