package org.podium.datapackage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The headers are the contract of data-package.md, written out here once more on purpose. */
class DataPackageSchemaTest {

    @Test
    void everyFileHasTheColumnsOfTheDocumentInOrder() {
        assertThat(header(DataPackageSchema.EVENT)).isEqualTo("key,value");
        assertThat(header(DataPackageSchema.CATEGORIES)).isEqualTo("category,name,aliases,order");
        assertThat(header(DataPackageSchema.STAGES))
                .isEqualTo("ordinal,stage,date,start,start_country,finish,finish_country,distance_km,type");
        assertThat(header(DataPackageSchema.STAGE_STATUS))
                .isEqualTo("stage,category,status,reported_winner,awarded_time,awarded_time_ms");
        assertThat(header(DataPackageSchema.ENTRIES))
                .isEqualTo("entry_id,category,number,crew,nationalities,make,entrant,class");
        assertThat(header(DataPackageSchema.CLASSIFICATIONS))
                .isEqualTo("category,classification,stage,basis,complete,rows");
        assertThat(header(DataPackageSchema.RESULTS)).isEqualTo("category,classification,stage,position,entry_id,crew,"
                + "nationalities,make,time,time_ms,time_derived,gap,gap_ms,penalty,penalty_ms,status,"
                + "class_position,class_gap,class_gap_ms,laps,laps_behind,grid,points,status_reason");
        assertThat(header(DataPackageSchema.PENALTIES))
                .isEqualTo("entry_id,stage,stage_inferred,time,time_ms,reason,note_id");
        assertThat(header(DataPackageSchema.AWARDED_TIMES))
                .isEqualTo("category,stage,stage_inferred,time,time_ms,note_id");
        assertThat(header(DataPackageSchema.NOTES)).isEqualTo("note_id,category,stage,table,text");
    }

    @Test
    void theDescriptorTypesEveryColumnAndGivesTimesTheirPattern() {
        String json = DataPackageSchema.descriptorJson("2002-arras-madrid-dakar-rally", "2002 Arras–Madrid–Dakar Rally");
        assertThat(json).startsWith("{\n  \"profile\": \"tabular-data-package\",\n  \"name\": \"2002-arras-madrid-dakar-rally\",")
                .contains("\"path\": \"results.csv\"")
                .contains("{ \"name\": \"time_ms\", \"type\": \"integer\" }")
                .contains("{ \"name\": \"distance_km\", \"type\": \"number\" }")
                .contains("{ \"name\": \"date\", \"type\": \"date\" }")
                .contains("{ \"name\": \"complete\", \"type\": \"boolean\" }")
                .contains("{ \"name\": \"time\", \"type\": \"string\", \"constraints\": { \"pattern\": "
                        + "\"^[0-9]+:[0-5][0-9]:[0-5][0-9](\\\\.[0-9]{1,3})?$\" } }")
                .doesNotContain("\r");
        assertThat(json).isEqualTo(DataPackageSchema.descriptorJson("2002-arras-madrid-dakar-rally",
                "2002 Arras–Madrid–Dakar Rally"));
    }

    @Test
    void theDescriptorSaysWhetherCellsAreExactOrSpreadsheetSafe() {
        assertThat(DataPackageSchema.descriptorJson("x", "X")).isEqualTo(DataPackageSchema.descriptorJson("x", "X", false))
                .contains("\"title\": \"X\",\n  \"description\": \"Cells hold the values exactly as the event gives"
                        + " them")
                .contains("a value beginning with =, +, - or @ is not neutralised");
        assertThat(DataPackageSchema.descriptorJson("x", "X", true))
                .contains("\"description\": \"Written with --spreadsheet-safe: a text value beginning with =, +, -, @,"
                        + " a tab or a line break has a leading ' so that a spreadsheet takes it as text");
    }

    @Test
    void theColumnsAddedAfterTheFirstPackageAreListedSoAnOlderPackageStillReads() {
        assertThat(DataPackageSchema.ADDED_COLUMNS).contains("stage_inferred", "class_position", "class_gap",
                "class_gap_ms", "laps", "laps_behind", "grid", "points", "status_reason");
        assertThat(DataPackageSchema.ADDED_COLUMNS).doesNotContain("status", "gap", "time");
        String json = DataPackageSchema.descriptorJson("x", "X");
        assertThat(json).contains("{ \"name\": \"points\", \"type\": \"number\" }")
                .contains("{ \"name\": \"class_position\", \"type\": \"integer\" }")
                .contains("{ \"name\": \"class_gap_ms\", \"type\": \"integer\" }")
                .contains("{ \"name\": \"status_reason\", \"type\": \"string\" }");
    }

    @Test
    void pointsAreWrittenLikeDistances() {
        // 1974 Rallye de Portugal: 20 for the winner; half points exist where a race is shortened.
        assertThat(DataPackageSchema.formatDecimal(new BigDecimal("20"))).isEqualTo("20");
        assertThat(DataPackageSchema.formatDecimal(new BigDecimal("2E+1"))).isEqualTo("20");
        assertThat(DataPackageSchema.formatDecimal(new BigDecimal("12.50"))).isEqualTo("12.5");
        assertThat(DataPackageSchema.formatDecimal(new BigDecimal("0.0"))).isEqualTo("0");
    }

    @Test
    void distancesHaveNoTrailingZerosAndNoExponent() {
        assertThat(DataPackageSchema.formatDistance(new BigDecimal("404"))).isEqualTo("404");
        assertThat(DataPackageSchema.formatDistance(new BigDecimal("930"))).isEqualTo("930");
        assertThat(DataPackageSchema.formatDistance(new BigDecimal("30.30"))).isEqualTo("30.3");
    }

    private static String header(Table table) {
        return DataPackageSchema.expandedColumns(table).collect(Column::name).makeString(",");
    }
}
