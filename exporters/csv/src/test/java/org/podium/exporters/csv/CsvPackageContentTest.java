package org.podium.exporters.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.exporters.csv.PackageFiles.headerLine;
import static org.podium.exporters.csv.PackageFiles.records;
import static org.podium.exporters.csv.PackageFiles.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.datapackage.Column;
import org.podium.datapackage.DataPackageSchema;
import org.podium.datapackage.Table;
import org.podium.testkit.SampleEvents;

/** The package written from the 2002 Dakar excerpt, read back file by file. */
class CsvPackageContentTest {

    @TempDir
    static Path dir;

    private static Path pkg;

    @BeforeAll
    static void writePackage() throws Exception {
        pkg = PackageFiles.write(SampleEvents.dakarExcerpt(), dir.resolve("2002-arras-madrid-dakar-rally"));
    }

    @Test
    void headersAreThoseOfTheDocument() throws IOException {
        assertThat(headerLine(pkg.resolve("event.csv"))).isEqualTo("key,value");
        assertThat(headerLine(pkg.resolve("categories.csv"))).isEqualTo("category,name,aliases,order");
        assertThat(headerLine(pkg.resolve("stages.csv")))
                .isEqualTo("ordinal,stage,date,start,start_country,finish,finish_country,distance_km,type");
        assertThat(headerLine(pkg.resolve("stage_status.csv")))
                .isEqualTo("stage,category,status,reported_winner,awarded_time,awarded_time_ms");
        assertThat(headerLine(pkg.resolve("entries.csv")))
                .isEqualTo("entry_id,category,number,crew,nationalities,make,entrant,class");
        assertThat(headerLine(pkg.resolve("classifications.csv")))
                .isEqualTo("category,classification,stage,basis,complete,rows");
        assertThat(headerLine(pkg.resolve("results.csv"))).isEqualTo("category,classification,stage,position,"
                + "entry_id,crew,nationalities,make,time,time_ms,time_derived,gap,gap_ms,penalty,penalty_ms,status,"
                + "class_position,class_gap,class_gap_ms,laps,laps_behind,grid,points,status_reason");
        assertThat(headerLine(pkg.resolve("penalties.csv")))
                .isEqualTo("entry_id,stage,stage_inferred,time,time_ms,reason,note_id");
        assertThat(headerLine(pkg.resolve("awarded_times.csv")))
                .isEqualTo("category,stage,stage_inferred,time,time_ms,note_id");
        assertThat(headerLine(pkg.resolve("notes.csv"))).isEqualTo("note_id,category,stage,table,text");
    }

    @Test
    void writesTheDescriptorAndOneFilePerTableAndNothingElse() throws IOException {
        List<String> expected = Stream.concat(Stream.of(DataPackageSchema.DESCRIPTOR_FILE),
                DataPackageSchema.TABLES.collect(Table::fileName).stream()).toList();
        try (Stream<Path> files = Files.list(pkg)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void everyFileIsUtf8WithoutBomAndEndsLinesWithLineFeedOnly() throws IOException {
        try (Stream<Path> files = Files.list(pkg)) {
            for (Path file : files.toList()) {
                byte[] bytes = Files.readAllBytes(file);
                assertThat(bytes).as(file + " starts without a BOM").isNotEmpty();
                assertThat(bytes[0]).as(file + " starts without a BOM").isNotEqualTo((byte) 0xEF);
                assertThat(bytes).as(file + " has no carriage return").doesNotContain((byte) '\r');
                assertThat(bytes[bytes.length - 1]).as(file + " ends with a line end").isEqualTo((byte) '\n');
                // A fresh decoder reports malformed input, so this throws unless the file is valid UTF-8.
                StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            }
        }
    }

    @Test
    void accentedNamesAreWrittenByteExactInUtf8() throws IOException {
        byte[] entries = Files.readAllBytes(pkg.resolve("entries.csv"));
        // Written as escapes so the expectation does not depend on how this source file is read.
        String ullevalseter = "bikes-65,bikes,65,P\u00e5l Anders Ullev\u00e5lseter,NOR,KTM,,\n";
        String azevedo = "trucks-411,trucks,411,Andr\u00e9 de Azevedo / Tom\u00e1\u0161 Tome\u010dek / "
                + "Jarom\u00edr Martinec,BRA / CZE / CZE,Tatra,,\n";
        assertThat(new String(entries, StandardCharsets.UTF_8)).contains(ullevalseter, azevedo);
        assertThat(contains(entries, "P\u00e5l".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(contains(entries, new byte[] {'P', (byte) 0xC3, (byte) 0xA5, 'l'})).as("å as C3 A5 (NFC)").isTrue();
        assertThat(text(pkg.resolve("stages.csv"))).contains("Ch\u00e2teauroux");
    }

    @Test
    void eventHoldsTheFixedKeysThenTheInfobox() throws IOException {
        assertThat(text(pkg.resolve("event.csv"))).isEqualTo("""
                key,value
                name,2002 Arras\u2013Madrid\u2013Dakar Rally
                edition,24
                start_date,2001-12-28
                finish_date,2002-01-13
                description,"The 2002 Dakar Rally, also known as the 2002 Arras\u2013Madrid\u2013Dakar Rally."
                source,2002-dakar-rally.txt
                infobox.Country,"FRA, ESP, MAR, / Western Sahara, , SEN"
                infobox.Category1,Cars
                """);
    }

    @Test
    void categoriesInEventOrderWithAliases() throws IOException {
        assertThat(text(pkg.resolve("categories.csv"))).isEqualTo("""
                category,name,aliases,order
                bikes,Bikes,Motorcycles,1
                trucks,Trucks,,2
                """);
    }

    @Test
    void stagesIncludeTheRestDayAndTheLoop() throws IOException {
        assertThat(text(pkg.resolve("stages.csv"))).isEqualTo("""
                ordinal,stage,date,start,start_country,finish,finish_country,distance_km,type
                1,1,2001-12-28,Arras,FRA,Ch\u00e2teauroux,FRA,465,liaison
                2,2,2001-12-29,Ch\u00e2teauroux,FRA,Narbonne,FRA,598,special
                3,3,2001-12-30,Narbonne,FRA,Madrid,ESP,930,special
                4,,2002-01-06,Atar,,,,,rest
                5,10,2002-01-07,Atar,,Atar,,404.5,special
                """);
        List<CSVRecord> stages = records(pkg.resolve("stages.csv"));
        CSVRecord restDay = stages.get(3);
        assertThat(restDay.get("stage")).isEmpty();
        assertThat(restDay.get("type")).isEqualTo("rest");
        CSVRecord loop = stages.get(4);
        assertThat(loop.get("finish")).isEqualTo(loop.get("start")).isEqualTo("Atar");
    }

    @Test
    void stageStatusHasOneRowPerNumberedStageAndCategory() throws IOException {
        assertThat(text(pkg.resolve("stage_status.csv"))).isEqualTo("""
                stage,category,status,reported_winner,awarded_time,awarded_time_ms
                1,bikes,liaison,,,
                1,trucks,liaison,,,
                2,bikes,run,P. Quinonero,,
                2,trucks,cancelled,,,
                3,bikes,run,R. Sainct,,
                3,trucks,run,C. Pattono,,
                10,bikes,run,A. Cox,,
                10,trucks,run,A. de Azevedo,,
                """);
        assertThat(records(pkg.resolve("stage_status.csv")))
                .filteredOn(r -> r.get("stage").equals("2") && r.get("category").equals("trucks"))
                .singleElement()
                .satisfies(r -> assertThat(r.get("status")).isEqualTo("cancelled"));
    }

    @Test
    void awardedTimesKeepTheOneWhoseStageIsUnknown() throws IOException {
        assertThat(text(pkg.resolve("awarded_times.csv"))).isEqualTo("""
                category,stage,stage_inferred,time,time_ms,note_id
                trucks,,false,0:50:00,3000000,n3
                """);
        assertThat(records(pkg.resolve("awarded_times.csv"))).singleElement().satisfies(fifty -> {
            assertThat(fifty.get("stage")).as("the source names no stage; the checks place none here").isEmpty();
            assertThat(fifty.get("stage_inferred")).isEqualTo("false");
            assertThat(fifty.get("time")).isEqualTo("0:50:00");
            assertThat(fifty.get("time_ms")).isEqualTo("3000000");
        });
    }

    @Test
    void entriesByCategoryThenNumberThenId() throws IOException {
        List<CSVRecord> entries = records(pkg.resolve("entries.csv"));
        assertThat(entries).extracting(r -> r.get("entry_id")).containsExactly(
                "bikes-1", "bikes-65", "bikes-cyril-despres", "bikes-kari-tiainen", "bikes-nani-roma",
                "bikes-pierre-quinonero", "trucks-409", "trucks-411");
        CSVRecord chagin = entries.get(6);
        assertThat(chagin.get("crew")).isEqualTo("Vladimir Chagin / Semen Yakubov / Sergey Savostin");
        assertThat(chagin.get("nationalities")).isEqualTo("RUS / RUS / RUS");
        assertThat(chagin.get("number")).isEqualTo("409");
        assertThat(entries.get(2).get("number")).isEmpty();
    }

    @Test
    void quotesOnlyWhereTheValueNeedsIt() throws IOException {
        assertThat(text(pkg.resolve("entries.csv")))
                .contains("\nbikes-pierre-quinonero,bikes,,Pierre Quinonero,FRA,KTM,\"Team \"\"Pipe | Comma, Co\"\"\",\n");
        assertThat(records(pkg.resolve("entries.csv")).get(5).get("entrant")).isEqualTo("Team \"Pipe | Comma, Co\"");
    }

    @Test
    void classificationsByCategoryThenStageWithFinalLast() throws IOException {
        assertThat(text(pkg.resolve("classifications.csv"))).isEqualTo("""
                category,classification,stage,basis,complete,rows
                bikes,stage,2,reported,false,3
                bikes,general,2,reported,false,3
                bikes,stage,3,reported,false,2
                bikes,general,3,reported,false,3
                bikes,final,,reported,false,3
                trucks,stage,3,reported,false,2
                """);
    }

    @Test
    void generalAfterStageThreeKeepsTheTieAndTheGap() throws IOException {
        List<CSVRecord> general = results("bikes", "general", "3");
        assertThat(general).hasSize(3);
        CSVRecord despres = general.get(0);
        assertThat(despres.get("position")).isEqualTo("1");
        assertThat(despres.get("crew")).isEqualTo("Cyril Despres");
        assertThat(despres.get("nationalities")).isEqualTo("FRA");
        assertThat(despres.get("time")).isEqualTo("0:32:38");
        assertThat(despres.get("time_ms")).isEqualTo("1958000");
        assertThat(despres.get("gap")).isEmpty();
        assertThat(despres.get("gap_ms")).isEmpty();
        assertThat(general.get(1).get("position")).isEqualTo("1");
        assertThat(general.get(1).get("crew")).isEqualTo("Nani Roma");
        CSVRecord tiainen = general.get(2);
        assertThat(tiainen.get("position")).isEqualTo("3");
        assertThat(tiainen.get("crew")).isEqualTo("Kari Tiainen");
        assertThat(tiainen.get("gap")).isEqualTo("0:00:21");
        assertThat(tiainen.get("gap_ms")).isEqualTo("21000");
        assertThat(tiainen.get("status")).isEqualTo("classified");
    }

    @Test
    void finalStandingsHaveTheDerivedTotalAndTheRetiredRow() throws IOException {
        List<CSVRecord> standings = results("bikes", "final", "");
        assertThat(standings).extracting(r -> r.get("entry_id"))
                .containsExactly("bikes-1", "bikes-65", "bikes-cyril-despres");
        CSVRecord ullevalseter = standings.get(1);
        assertThat(ullevalseter.get("crew")).isEqualTo("P\u00e5l Anders Ullev\u00e5lseter");
        assertThat(ullevalseter.get("time")).isEqualTo("54:12:21");
        assertThat(ullevalseter.get("time_ms")).isEqualTo("195141000");
        assertThat(ullevalseter.get("time_derived")).isEqualTo("true");
        assertThat(ullevalseter.get("gap")).isEqualTo("6:11:22");
        assertThat(standings.get(0).get("time")).isEqualTo("48:00:59");
        assertThat(standings.get(0).get("time_derived")).isEqualTo("false");
        CSVRecord retired = standings.get(2);
        assertThat(retired.get("position")).isEmpty();
        assertThat(retired.get("time")).isEmpty();
        assertThat(retired.get("time_ms")).isEmpty();
        assertThat(retired.get("status")).isEqualTo("retired");
        assertThat(text(pkg.resolve("results.csv")))
                .contains("\nbikes,final,,,bikes-cyril-despres,Cyril Despres,FRA,KTM,,,false,,,,,retired,,,,,,,,\n");
    }

    @Test
    void resultsFollowTheClassificationsInModelRowOrder() throws IOException {
        List<CSVRecord> results = records(pkg.resolve("results.csv"));
        assertThat(results).extracting(r -> r.get("category") + " " + r.get("classification") + " " + r.get("stage")
                + " " + r.get("entry_id")).containsExactly(
                        "bikes stage 2 bikes-pierre-quinonero", "bikes stage 2 bikes-kari-tiainen",
                        "bikes stage 2 bikes-nani-roma",
                        "bikes general 2 bikes-pierre-quinonero", "bikes general 2 bikes-kari-tiainen",
                        "bikes general 2 bikes-nani-roma",
                        "bikes stage 3 bikes-cyril-despres", "bikes stage 3 bikes-nani-roma",
                        "bikes general 3 bikes-cyril-despres", "bikes general 3 bikes-nani-roma",
                        "bikes general 3 bikes-kari-tiainen",
                        "bikes final  bikes-1", "bikes final  bikes-65", "bikes final  bikes-cyril-despres",
                        "trucks stage 3 trucks-409", "trucks stage 3 trucks-411");
        assertThat(results).allSatisfy(r -> assertThat(r.size()).isEqualTo(24));
    }

    @Test
    void penaltiesAndNotesCarryTheirNoteIds() throws IOException {
        assertThat(text(pkg.resolve("penalties.csv"))).isEqualTo("""
                entry_id,stage,stage_inferred,time,time_ms,reason,note_id
                bikes-cyril-despres,,false,0:14:00,840000,speeding,n2
                """);
        CSVRecord despres = records(pkg.resolve("penalties.csv")).get(0);
        assertThat(despres.get("stage")).isEmpty();
        assertThat(despres.get("stage_inferred")).isEqualTo("false");
        assertThat(despres.get("time_ms")).isEqualTo("840000");
        assertThat(despres.get("note_id")).isEqualTo("n2");
        assertThat(text(pkg.resolve("notes.csv"))).isEqualTo("""
                note_id,category,stage,table,text
                n1,,,itinerary,Stages cancelled for trucks due to poor weather conditions.
                n2,bikes,,stage-results,Despres had a 14-minute penalty added to his time as a result of speeding.
                n3,trucks,,stage-results,All competitors awarded a stage time of 50:00.
                """);
    }

    @Test
    void descriptorListsEveryFileWithItsColumnsAndTheTimePattern() throws IOException {
        String json = text(pkg.resolve(DataPackageSchema.DESCRIPTOR_FILE));
        assertThat(json).isEqualTo(DataPackageSchema.descriptorJson("2002-arras-madrid-dakar-rally",
                "2002 Arras\u2013Madrid\u2013Dakar Rally"));
        assertThat(json).startsWith("{\n  \"profile\": \"tabular-data-package\",\n");
        assertThat(json).contains("\"pattern\": \"^[0-9]+:[0-5][0-9]:[0-5][0-9](\\\\.[0-9]{1,3})?$\"");
        assertThat(bracketsBalance(json)).as("braces and brackets balance outside strings").isTrue();
        for (Table table : DataPackageSchema.TABLES) {
            int resource = json.indexOf("\"path\": \"" + table.fileName() + "\"");
            assertThat(resource).as(table.fileName() + " is listed").isPositive();
            int next = json.indexOf("\"path\": ", resource + 1);
            String fields = json.substring(resource, next < 0 ? json.length() : next);
            // Each column of the file's header, in header order, as a field of its resource.
            int from = 0;
            for (Column column : DataPackageSchema.expandedColumns(table)) {
                int at = fields.indexOf("{ \"name\": \"" + column.name() + "\"", from);
                assertThat(at).as(table.fileName() + " field " + column.name()).isGreaterThanOrEqualTo(from);
                from = at + 1;
            }
            assertThat(String.join(",", DataPackageSchema.expandedColumns(table).collect(Column::name)))
                    .isEqualTo(headerLine(pkg.resolve(table.fileName())));
        }
    }

    private static List<CSVRecord> results(String category, String classification, String stage) throws IOException {
        return records(pkg.resolve("results.csv")).stream()
                .filter(r -> r.get("category").equals(category) && r.get("classification").equals(classification)
                        && r.get("stage").equals(stage))
                .toList();
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** A hand check that the JSON is well nested: every brace and bracket outside a string closes in order. */
    private static boolean bracketsBalance(String json) {
        StringBuilder open = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                open.append(c);
            } else if (c == '}' || c == ']') {
                if (open.length() == 0 || open.charAt(open.length() - 1) != (c == '}' ? '{' : '[')) {
                    return false;
                }
                open.setLength(open.length() - 1);
            }
        }
        return open.length() == 0 && !inString;
    }
}
