package org.podium.importers.wiki.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.podium.model.Person;
import org.podium.model.ResultStatus;
import org.podium.model.ResultTime;
import org.podium.model.StatusWords;
import org.podium.model.SourcePosition;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;

/**
 * The rows of a race's results table as the field writes them: a position or a status word in the
 * first column ({@code 1}, {@code 12.}, {@code Ret}, {@code DNS}, {@code —}), the winner's time and
 * then gaps in one column ({@code 39:09.726}, {@code +2.139}, {@code + 1' 28"}, {@code s.t.},
 * {@code +1 Lap}), a status or its reason where a time would be ({@code DNF}, {@code Accident}),
 * laps, grid and points ({@code 15+1}). A cell that reads as nothing expected is a diagnostic with
 * its position, and the row is kept without that value.
 */
final class ResultLines {

    /** Why a crew stopped, as a Time/Retired column writes it instead of a time. */
    private static final Pattern REASON = Pattern.compile("[\\p{L}][\\p{L} '’/-]{2,40}");
    private static final Pattern POSITION = Pattern.compile("(\\d{1,7})\\.?(?:\\s*\\((\\d{1,7})\\.?\\))?");
    /** A status and where it happened, as rally articles write it in the position cell: "Retired SS19", "Ret. (lap 12)". */
    private static final Pattern STATUS_AT = Pattern.compile(
            "(?i)(\\p{L}+(?: \\p{L}+)?)\\.?\\s*[(\\[,:–-]?\\s*((?:ss|ps|es|sss|stage|lap|l|km)\\s*\\d+.*)");
    private static final Pattern DASH = Pattern.compile("[-–—]*");
    private static final Pattern POINTS = Pattern.compile("(\\d+(?:[.,]\\d+)?)(?:\\s*\\+\\s*(\\d+(?:[.,]\\d+)?))*");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,7}");
    private static final Pattern BRACKETED_CODE = Pattern.compile("(.+?)\\s*\\(([A-Z]{3})\\)");

    private final Diagnostics diagnostics;

    ResultLines(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * One row as read: position or status, the persons, and every value the columns give.
     *
     * @param position  the number in the position cell ({@code 1} of {@code 1. (10.)}), or null
     * @param bracketed the number in brackets after it ({@code 10} of {@code 1. (10.)}), or null: which
     *                  of the two is the overall position, the whole table decides
     * @param time     what the time column says, or null
     * @param gap      what a Gap column beside it says, or null
     * @param persons  the crew, driver first; empty when the row names none
     */
    record Line(Integer position, Integer bracketed, ResultStatus status, String statusReason, ImmutableList<Person> persons,
            String personText, Integer number, String team, String make, String carClass, Integer classPosition,
            ResultTime time, Duration gap, Duration penalty, Integer laps, Integer grid, BigDecimal points,
            SourcePosition where) {
    }

    /** The rows of the table, in order; rows that are not results (a "Fastest lap:" line) are notes. */
    ImmutableList<Line> read(Grid grid, ResultColumns columns, MutableList<Grid.NoteLine> notes) {
        MutableList<Line> lines = Lists.mutable.empty();
        for (Grid.GridRow row : grid.rows()) {
            if (isFullWidthText(row)) {
                if (!Grid.NoteLine.labelOnly(row.cell(0).text())) {
                    notes.add(new Grid.NoteLine(row.cell(0).text(), row.position()));
                }
                continue;
            }
            lines.add(line(row, columns));
        }
        return lines.toImmutable();
    }

    private Line line(Grid.GridRow row, ResultColumns columns) {
        ResultStatus status = ResultStatus.CLASSIFIED;
        String reason = null;
        Integer position = null;
        Integer bracketed = null;
        if (columns.position() >= 0) {
            Cell cell = row.cell(columns.position());
            String text = cell.text().strip();
            ResultStatus word = statusWord(text);
            Matcher numeric = POSITION.matcher(text);
            Matcher statusAt = STATUS_AT.matcher(text);
            if (word != null) {
                status = word;
                reason = StatusWords.saysMore(text) ? text : null;
            } else if (statusAt.matches() && statusWord(statusAt.group(1)) != null) {
                status = statusWord(statusAt.group(1));
                reason = statusAt.group(2).strip();
            } else if (numeric.matches()) {
                position = Integer.valueOf(numeric.group(1));
                bracketed = numeric.group(2) == null ? null : Integer.valueOf(numeric.group(2));
            } else if (!DASH.matcher(text).matches()) {
                diagnostics.report(Diagnostic.warning(cell.position(), "'" + text + "' is neither a position nor a"
                        + " status (Ret, DNF, DNS, DSQ, NC); the row is kept without a position"));
            }
        }
        ResultTime time = null;
        if (columns.time() >= 0) {
            Cell cell = row.cell(columns.time());
            String text = cell.text().strip();
            Optional<ResultTime> read = ResultTime.read(text);
            ResultStatus word = statusWord(text);
            if (read.isPresent()) {
                time = read.get();
            } else if (word != null) {
                status = status == ResultStatus.CLASSIFIED ? word : status;
                reason = reason != null || !StatusWords.saysMore(text) ? reason : text;
            } else if (status != ResultStatus.CLASSIFIED && !text.isEmpty()) {
                // The position said Ab. or Ret; the time column says why: "abandon (ES 5, moteur)".
                reason = reason == null ? text : reason + ": " + text;
            } else if (REASON.matcher(text).matches()) {
                // "Accident", "Mechanical", "Collision": a crew that stopped, and why. With a position
                // ("15 | Gearbox", as Formula One writes it) the crew is classified all the same.
                status = status == ResultStatus.CLASSIFIED && position == null ? ResultStatus.RETIRED : status;
                reason = text;
            } else if (!text.isEmpty() && !DASH.matcher(text).matches()) {
                diagnostics.report(Diagnostic.error(cell.position(), "'" + text + "' is not a time, a gap or a"
                        + " status; the row is kept without a time"));
            }
        }
        Duration gap = columns.gap() >= 0 && columns.gap() != columns.time() ? gapColumn(row.cell(columns.gap())) : null;
        if (status != ResultStatus.CLASSIFIED) {
            position = null;
            bracketed = null;
        } else if (position == null && time == null) {
            status = ResultStatus.NOT_CLASSIFIED;
        }
        Cell personCell = columns.person() >= 0 ? row.cell(columns.person()) : null;
        return new Line(position, bracketed, status, reason, persons(row, columns), personCell == null ? "" : personCell.text(),
                whole(row, columns.number(), "race number"),
                columns.person() < 0 && columns.nation() >= 0 ? nation(row, columns) : text(row, columns.team()),
                text(row, columns.make()),
                text(row, columns.carClass()), status == ResultStatus.CLASSIFIED
                        ? whole(row, columns.classPosition(), "class position") : null, time, gap,
                penalty(row, columns.penalty()), whole(row, columns.laps(), "number of laps"),
                whole(row, columns.grid(), "grid position"), points(row, columns.points()),
                personCell != null ? personCell.position() : row.position());
    }

    /**
     * A Gap (Écart, Behind) column beside the time: the gap is what the row says of the crew
     * against the leader; the time stays the crew's own when it gives one. A gap written without
     * its sign is still a gap there; {@code 0.0} and an empty cell are the leader's.
     */
    private Duration gapColumn(Cell cell) {
        if (cell.span() == Cell.Span.FROM_LEFT) {
            // The time cell spans it: "abandon (ES 5, moteur)" written across Time and Gap.
            return null;
        }
        String text = cell.text().strip();
        if (text.isEmpty() || DASH.matcher(text).matches() || text.matches("0+([.,]0+)?")) {
            return null;
        }
        Optional<ResultTime> read = ResultTime.read(text.startsWith("+") ? text : "+" + text);
        if (read.isEmpty() || read.get().kind() != ResultTime.Kind.GAP) {
            diagnostics.report(Diagnostic.error(cell.position(), "'" + text + "' is not a gap; the row is kept"
                    + " without one"));
            return null;
        }
        return read.get().duration();
    }

    /** The crew: each line of the person column with its flag, else the article's coded names; nations from a Country column. */
    private static ImmutableList<Person> persons(Grid.GridRow row, ResultColumns columns) {
        if (columns.person() < 0) {
            return teamRunners(row, columns);
        }
        Cell cell = row.cell(columns.person());
        MutableList<Person> persons = Lists.mutable.empty();
        if (cell.lines().notEmpty()) {
            cell.lines().select(line -> !line.text().isBlank())
                    .forEach(line -> persons.addAll(Crews.line(line.text(), line.nation()).castToList()));
        } else if (!cell.text().isBlank()) {
            persons.addAll(Crews.parse(cell.text()).castToList());
        }
        if (columns.coDrivers() >= 0) {
            Cell coDrivers = row.cell(columns.coDrivers());
            if (coDrivers.lines().notEmpty()) {
                coDrivers.lines().forEach(line -> persons.addAll(Crews.line(line.text(), line.nation()).castToList()));
            } else if (!coDrivers.text().isBlank()) {
                persons.addAll(Crews.parse(coDrivers.text()).castToList());
            }
        }
        String nation = nation(row, columns);
        if (nation != null && persons.size() == 1 && persons.getFirst().nationality() == null) {
            persons.set(0, new Person(persons.getFirst().name(), nation));
        }
        // "Amir Arsalan Ansari (REF)", "Floyd Landis (USA)": the code written after the name.
        return persons.collect(ResultLines::withBracketedCode).toImmutable();
    }

    private static Person withBracketedCode(Person person) {
        Matcher coded = BRACKETED_CODE.matcher(person.name());
        if (person.nationality() != null || !coded.matches()) {
            return person;
        }
        return new Person(coded.group(1), coded.group(2));
    }

    /**
     * A team's result without a person column (athletics teams): the runners the Team cell lists,
     * one a line, each of the Country column's nation.
     */
    private static ImmutableList<Person> teamRunners(Grid.GridRow row, ResultColumns columns) {
        if (columns.team() < 0) {
            return Lists.immutable.empty();
        }
        Cell cell = row.cell(columns.team());
        String nation = nation(row, columns);
        ImmutableList<Cell.Line> lines = cell.lines().select(line -> !line.text().isBlank());
        if (lines.size() < 2) {
            return Lists.immutable.empty();
        }
        return lines.collect(line -> new Person(line.text(), line.nation() != null ? line.nation() : nation));
    }

    private static String nation(Grid.GridRow row, ResultColumns columns) {
        if (columns.nation() < 0) {
            return null;
        }
        Cell cell = row.cell(columns.nation());
        if (cell.lines().notEmpty() && cell.lines().getFirst().nation() != null) {
            return cell.lines().getFirst().nation();
        }
        return cell.text().isBlank() ? null : cell.text().strip();
    }

    /**
     * A Penalty column: the time added to the crew's, included in the time the row gives ({@code 00h 01' 00''},
     * {@code +1:00}); empty, a dash or zero for none.
     */
    private Duration penalty(Grid.GridRow row, int column) {
        Cell cell = filled(row, column);
        if (cell == null) {
            return null;
        }
        String text = cell.text().strip();
        Optional<ResultTime> read = ResultTime.read(text);
        if (read.isPresent() && (read.get().kind() == ResultTime.Kind.TIME || read.get().kind() == ResultTime.Kind.GAP)) {
            Duration penalty = read.get().duration();
            return penalty.isZero() ? null : penalty;
        }
        diagnostics.report(Diagnostic.error(cell.position(), "'" + text + "' is not a penalty time; the row is kept"
                + " without its penalty"));
        return null;
    }

    /** The row's cell in the column, or null when there is no such column or the cell is empty or a dash. */
    private static Cell filled(Grid.GridRow row, int column) {
        if (column < 0) {
            return null;
        }
        Cell cell = row.cell(column);
        String text = cell.text().strip();
        return text.isEmpty() || DASH.matcher(text).matches() ? null : cell;
    }

    private Integer whole(Grid.GridRow row, int column, String what) {
        if (column < 0) {
            return null;
        }
        Cell cell = row.cell(column);
        // "#17": results sites mark race numbers so.
        String text = cell.text().strip().replaceFirst("^#\\s*", "");
        if (text.isEmpty() || DASH.matcher(text).matches()) {
            return null;
        }
        if (WHOLE.matcher(text).matches()) {
            return Integer.valueOf(text);
        }
        diagnostics.report(Diagnostic.warning(cell.position(), "'" + text + "' is not a " + what
                + " (a whole number); the row is kept without it"));
        return null;
    }

    /** {@code 25}, {@code 15+1} (a bonus point) → 16, empty → none. */
    private BigDecimal points(Grid.GridRow row, int column) {
        Cell cell = filled(row, column);
        if (cell == null) {
            return null;
        }
        String text = cell.text().strip();
        if (!POINTS.matcher(text).matches()) {
            diagnostics.report(Diagnostic.warning(cell.position(), "'" + text + "' is not a number of points;"
                    + " the row is kept without points"));
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (String part : text.split("\\+")) {
            sum = sum.add(new BigDecimal(part.strip().replace(',', '.')));
        }
        return sum;
    }

    private static String text(Grid.GridRow row, int column) {
        if (column < 0) {
            return null;
        }
        String text = row.cell(column).text().strip();
        return text.isEmpty() ? null : text;
    }

    /** A status word, or null: {@code Ret}, {@code DNF}, {@code Not started}, {@code DSQ}. */
    static ResultStatus statusWord(String text) {
        // An empty cell or "finished" says nothing here: a position or a time says the crew is classified.
        return StatusWords.of(text).filter(status -> status != ResultStatus.CLASSIFIED).orElse(null);
    }

    /** A row whose every cell is one spanning text: "Fastest lap: …", "Source: …", a section row. */
    private static boolean isFullWidthText(Grid.GridRow row) {
        Cell first = row.cells().getFirst();
        return !first.isEmpty() && row.cells().size() > 1
                && row.cells().drop(1).allSatisfy(c -> c.span() == Cell.Span.FROM_LEFT && c.text().equals(first.text()));
    }

    /** The leader's time plus a gap; null when either is unknown. */
    static Duration plus(Duration leader, Duration gap) {
        return leader == null || gap == null ? null : leader.plus(gap);
    }
}
