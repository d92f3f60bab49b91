package org.podium.importers.csv.internal.pkg;

import java.util.function.Function;
import org.podium.importers.csv.internal.SheetRow;
import org.podium.model.Basis;
import org.podium.model.ClassificationKind;
import org.podium.model.NoteTable;
import org.podium.model.ResultStatus;
import org.podium.model.StageStatus;
import org.podium.spi.Diagnostic;
import org.podium.spi.Diagnostics;

/** The package's words for the model's enumerations, read with the cell reported when unknown. */
final class Ids {

    private Ids() {
    }

    static NoteTable noteTable(PackageTable table, SheetRow row, Diagnostics diagnostics) {
        return word(table, row, "table", NoteTable::fromId, diagnostics);
    }

    static StageStatus stageStatus(PackageTable table, SheetRow row, Diagnostics diagnostics) {
        return word(table, row, "status", StageStatus::fromId, diagnostics);
    }

    static ResultStatus resultStatus(PackageTable table, SheetRow row, Diagnostics diagnostics) {
        return word(table, row, "status", ResultStatus::fromId, diagnostics);
    }

    static ClassificationKind kind(PackageTable table, SheetRow row, Diagnostics diagnostics) {
        return word(table, row, "classification", ClassificationKind::fromId, diagnostics);
    }

    static Basis basis(PackageTable table, SheetRow row, Diagnostics diagnostics) {
        return word(table, row, "basis", Basis::fromId, diagnostics);
    }

    private static <T> T word(PackageTable table, SheetRow row, String column, Function<String, T> fromId,
            Diagnostics diagnostics) {
        String cell = table.text(row, column);
        if (cell == null) {
            return null;
        }
        try {
            return fromId.apply(cell);
        } catch (IllegalArgumentException unknown) {
            diagnostics.report(Diagnostic.error(table.at(row, column), unknown.getMessage()));
            return null;
        }
    }
}
