package org.podium.datapackage;

import static org.podium.datapackage.ColumnType.BOOLEAN;
import static org.podium.datapackage.ColumnType.DATE;
import static org.podium.datapackage.ColumnType.INTEGER;
import static org.podium.datapackage.ColumnType.NUMBER;
import static org.podium.datapackage.ColumnType.STRING;
import static org.podium.datapackage.ColumnType.TIME;

import java.math.BigDecimal;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.podium.model.Text;

/**
 * Podium's CSV data package, defined once for the exporter that writes it and the importer that
 * reads it back ({@code data-package.md}). Times use {@link org.podium.model.Times#format}; every
 * time column has an integer twin in milliseconds named {@code <column>_ms}.
 */
public final class DataPackageSchema {

    /** The profile and the file that describes the package. */
    public static final String DESCRIPTOR_FILE = "datapackage.json";

    /** What a time column's values look like. */
    public static final String TIME_PATTERN = "^[0-9]+:[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,3})?$";

    /** Joins the items of a list inside one cell (crew, nationalities, aliases). */
    public static final String LIST_SEPARATOR = " / ";

    public static final Table EVENT = table("event", "key", STRING, "value", STRING);
    public static final Table CATEGORIES = table("categories",
            "category", STRING, "name", STRING, "aliases", STRING, "order", INTEGER);
    public static final Table STAGES = table("stages",
            "ordinal", INTEGER, "stage", STRING, "date", DATE, "start", STRING, "start_country", STRING,
            "finish", STRING, "finish_country", STRING, "distance_km", NUMBER, "type", STRING);
    public static final Table STAGE_STATUS = table("stage_status",
            "stage", STRING, "category", STRING, "status", STRING, "reported_winner", STRING,
            "awarded_time", TIME);
    public static final Table ENTRIES = table("entries",
            "entry_id", STRING, "category", STRING, "number", INTEGER, "crew", STRING,
            "nationalities", STRING, "make", STRING, "entrant", STRING, "class", STRING);
    public static final Table CLASSIFICATIONS = table("classifications",
            "category", STRING, "classification", STRING, "stage", STRING, "basis", STRING,
            "complete", BOOLEAN, "rows", INTEGER);
    /**
     * After {@code status}, what real results carry beside a position and a time
     * ({@link org.podium.model.RowDetails}): the place and the gap within the entry's class, laps
     * completed and laps behind the leader, the starting grid position, championship points
     * ({@link #formatDecimal}), and why a crew stopped, as written.
     */
    public static final Table RESULTS = table("results",
            "category", STRING, "classification", STRING, "stage", STRING, "position", INTEGER,
            "entry_id", STRING, "crew", STRING, "nationalities", STRING, "make", STRING,
            "time", TIME, "time_derived", BOOLEAN, "gap", TIME, "penalty", TIME, "status", STRING,
            "class_position", INTEGER, "class_gap", TIME, "laps", INTEGER, "laps_behind", INTEGER, "grid", INTEGER,
            "points", NUMBER, "status_reason", STRING);
    /**
     * {@code stage_inferred} is {@code true} when the source does not state the penalty's stage
     * and Podium's consistency checks placed it ({@code data-package.md} has no such column).
     */
    public static final Table PENALTIES = table("penalties",
            "entry_id", STRING, "stage", STRING, "stage_inferred", BOOLEAN, "time", TIME, "reason", STRING,
            "note_id", STRING);
    /**
     * Awarded times whatever the source says of their stage. {@code data-package.md} has only
     * {@code stage_status.awarded_time}, which cannot hold an awarded time whose stage the source
     * does not name (the 2002 trucks' 50:00); this file keeps every awarded time, and
     * {@code stage_status} repeats those whose stage is known. {@code stage_inferred} is as in
     * {@link #PENALTIES}.
     */
    public static final Table AWARDED_TIMES = table("awarded_times",
            "category", STRING, "stage", STRING, "stage_inferred", BOOLEAN, "time", TIME, "note_id", STRING);
    public static final Table NOTES = table("notes",
            "note_id", STRING, "category", STRING, "stage", STRING, "table", STRING, "text", STRING);

    /**
     * Columns added after the package's first version: a reader takes a package written before
     * them, and reads each as missing ({@code stage_inferred} as false). A time column's
     * {@code _ms} twin is listed with it.
     */
    public static final ImmutableList<String> ADDED_COLUMNS = Lists.immutable.of("stage_inferred",
            "class_position", "class_gap", "class_gap_ms", "laps", "laps_behind", "grid", "points", "status_reason");

    /** Every table, in the order {@code datapackage.json} lists them. */
    public static final ImmutableList<Table> TABLES = Lists.immutable.of(
            EVENT, CATEGORIES, STAGES, STAGE_STATUS, ENTRIES, CLASSIFICATIONS, RESULTS, PENALTIES,
            AWARDED_TIMES, NOTES);

    private DataPackageSchema() {
    }

    /** A distance as the package writes it: a decimal without trailing zeros ({@code 404}, {@code 30.3}). */
    public static String formatDistance(BigDecimal km) {
        return formatDecimal(km);
    }

    /**
     * A {@code number} column's value (a distance, championship points): a decimal without trailing
     * zeros and without an exponent ({@code 404}, {@code 30.3}, {@code 20}, {@code 0.5}).
     */
    public static String formatDecimal(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /**
     * The {@code datapackage.json} text: keys in a fixed order, two-space indent, no timestamps, so
     * the same schema always gives the same bytes.
     *
     * @param packageName the package's name (the event's slug)
     * @param title       the event's name
     */
    public static String descriptorJson(String packageName, String title) {
        return descriptorJson(packageName, title, false);
    }

    /**
     * {@link #descriptorJson(String, String)}, saying in its description how cells were written:
     * exactly (a value beginning with {@code =}, {@code +}, {@code -} or {@code @} is not
     * neutralised), or spreadsheet-safe (such a value has a leading {@code '}).
     */
    public static String descriptorJson(String packageName, String title, boolean spreadsheetSafe) {
        StringBuilder json = new StringBuilder();
        json.append("{\n");
        json.append("  \"profile\": \"tabular-data-package\",\n");
        json.append("  \"name\": ").append(quote(packageName)).append(",\n");
        json.append("  \"title\": ").append(quote(title)).append(",\n");
        json.append("  \"description\": ").append(quote(spreadsheetSafe ? SPREADSHEET_SAFE : EXACT)).append(",\n");
        json.append("  \"resources\": [\n");
        for (int t = 0; t < TABLES.size(); t++) {
            Table table = TABLES.get(t);
            json.append("    {\n");
            json.append("      \"name\": ").append(quote(table.name())).append(",\n");
            json.append("      \"path\": ").append(quote(table.fileName())).append(",\n");
            json.append("      \"profile\": \"tabular-data-resource\",\n");
            json.append("      \"format\": \"csv\",\n");
            json.append("      \"mediatype\": \"text/csv\",\n");
            json.append("      \"encoding\": \"utf-8\",\n");
            json.append("      \"dialect\": {\n");
            json.append("        \"delimiter\": \",\",\n");
            json.append("        \"lineTerminator\": \"\\n\",\n");
            json.append("        \"quoteChar\": \"\\\"\",\n");
            json.append("        \"doubleQuote\": true,\n");
            json.append("        \"header\": true\n");
            json.append("      },\n");
            json.append("      \"schema\": {\n");
            json.append("        \"fields\": [\n");
            ImmutableList<Column> columns = expandedColumns(table);
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                json.append("          { \"name\": ").append(quote(column.name()))
                        .append(", \"type\": ").append(quote(column.type().frictionlessType()));
                if (column.type() == TIME) {
                    json.append(", \"constraints\": { \"pattern\": ").append(quote(TIME_PATTERN)).append(" }");
                }
                json.append(" }").append(c + 1 < columns.size() ? "," : "").append('\n');
            }
            json.append("        ],\n");
            json.append("        \"missingValues\": [\"\"]\n");
            json.append("      }\n");
            json.append("    }").append(t + 1 < TABLES.size() ? "," : "").append('\n');
        }
        json.append("  ]\n");
        json.append("}\n");
        return json.toString();
    }

    /** What {@code datapackage.json} says of a package's cells, written exactly. */
    public static final String EXACT = "Cells hold the values exactly as the event gives them, so that the package"
            + " reads back to the same event: a value beginning with =, +, - or @ is not neutralised, and a"
            + " spreadsheet that opens these files may run it as a formula. Read them as data, or write the package"
            + " with podium convert --spreadsheet-safe to open it in a spreadsheet.";

    /** What {@code datapackage.json} says of a package's cells, written with {@code --spreadsheet-safe}. */
    public static final String SPREADSHEET_SAFE = "Written with --spreadsheet-safe: a text value beginning with =,"
            + " +, -, @, a tab or a line break has a leading ' so that a spreadsheet takes it as text; such values"
            + " are not exact, and the package does not read back to the same event.";

    /** The columns as written: each time column followed by its {@code _ms} twin. */
    public static ImmutableList<Column> expandedColumns(Table table) {
        MutableList<Column> columns = Lists.mutable.empty();
        for (Column column : table.columns()) {
            columns.add(column);
            if (column.type() == TIME) {
                columns.add(new Column(column.name() + "_ms", INTEGER));
            }
        }
        return columns.toImmutable();
    }

    private static Table table(String name, Object... namesAndTypes) {
        MutableList<Column> columns = Lists.mutable.empty();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            columns.add(new Column((String) namesAndTypes[i], (ColumnType) namesAndTypes[i + 1]));
        }
        return new Table(name, columns.toImmutable());
    }

    private static String quote(String text) {
        return Text.jsonString(text);
    }
}
