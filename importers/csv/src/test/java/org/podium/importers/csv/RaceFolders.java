package org.podium.importers.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.podium.csv.CsvRecords;
import org.podium.model.Times;

/**
 * A generated timing sheet split into a race folder, as a results office keeps the same race: its
 * comment lines and crews in {@code entries.csv}, each stage's rows in {@code stage-NN.csv}. Every
 * other stage writes start and finish times of day instead of the elapsed time (finish = start +
 * time), and the second stage starts late in the evening, so some of its finishes are on the next
 * day.
 *
 * <p>A race folder names crews by race number, the event's own; a generated field large enough
 * to give crews of two categories one number (bikes from 1, cars from 200) gives the later crew a
 * number of its own, from 10 000, in the entry list and in its rows.
 */
public final class RaceFolders {

    /** The entry list of the small folders the tests write: two crews of cars, 7 and 9. */
    static final String TWO_CARS = """
            number,category,crew,nationality,make,entrant
            7,cars,Ana Núñez / Luc Ébert,ESP / FRA,Toyota,Toyota Gazoo Racing
            9,cars,Bo Smith,GBR,Ford,M-Sport
            """;

    private static final Duration DAY = Duration.ofDays(1);

    private RaceFolders() {
    }

    /** Splits {@code sheet} (the generator's text) into {@code folder}, made if need be. */
    public static Path split(String sheet, Path folder) throws IOException {
        Files.createDirectories(folder);
        StringBuilder preamble = new StringBuilder();
        int start = 0;
        while (sheet.startsWith("#", start)) {
            int end = sheet.indexOf('\n', start) + 1;
            preamble.append(sheet, start, end);
            start = end;
        }
        Map<String, List<String>> entries = new LinkedHashMap<>();
        Map<String, String> numbers = new HashMap<>();
        Map<String, List<CSVRecord>> stages = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(sheet.substring(start)), format)) {
            for (CSVRecord row : parser) {
                String number = numbers.computeIfAbsent(row.get("category") + "|" + row.get("number"),
                        crew -> entries.containsKey(row.get("number")) ? Integer.toString(10_000 + numbers.size())
                                : row.get("number"));
                entries.putIfAbsent(number, List.of(number, row.get("category"), row.get("crew"), row.get("nationality"),
                        row.get("make"), row.get("entrant")));
                stages.computeIfAbsent(row.get("stage"), label -> new ArrayList<>()).add(row);
            }
        }
        try (Writer out = Files.newBufferedWriter(folder.resolve("entries.csv"), StandardCharsets.UTF_8)) {
            out.append(preamble).append("number,category,crew,nationality,make,entrant\n");
            for (List<String> entry : entries.values()) {
                CsvRecords.write(out, entry);
            }
        }
        for (Map.Entry<String, List<CSVRecord>> stage : stages.entrySet()) {
            int number = Integer.parseInt(stage.getKey());
            boolean clocks = number % 2 == 0;
            String file = String.format(Locale.ROOT, "stage-%02d.csv", number);
            try (Writer out = Files.newBufferedWriter(folder.resolve(file), StandardCharsets.UTF_8)) {
                out.append(clocks ? "number,start,finish" : "number,time").append(",penalty,penalty reason,status\n");
                int order = 0;
                for (CSVRecord row : stage.getValue()) {
                    List<String> fields = new ArrayList<>();
                    fields.add(numbers.get(row.get("category") + "|" + row.get("number")));
                    if (clocks) {
                        fields.addAll(clocks(row.get("time"), number == 2 ? Duration.ofHours(22) : Duration.ofHours(7),
                                order++));
                    } else {
                        fields.add(row.get("time"));
                    }
                    fields.addAll(List.of(row.get("penalty"), row.get("penalty reason"), row.get("status")));
                    CsvRecords.write(out, fields);
                }
            }
        }
        return folder;
    }

    /** The start and finish times of day of the crew starting {@code order}-th, a minute apart; blank without a time. */
    private static List<String> clocks(String time, Duration firstStart, int order) {
        if (time.isBlank()) {
            return List.of("", "");
        }
        Duration elapsed = Times.parseClock(time).orElseThrow();
        if (elapsed.compareTo(DAY) >= 0) {
            throw new IllegalStateException("a time of a day or more cannot be written as times of day: " + time);
        }
        Duration start = firstStart.plusMinutes(order % 120);
        Duration finish = start.plus(elapsed);
        return List.of(Times.format(start), Times.format(finish.compareTo(DAY) >= 0 ? finish.minus(DAY) : finish));
    }
}
