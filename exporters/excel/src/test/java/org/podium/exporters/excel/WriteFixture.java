package org.podium.exporters.excel;

import java.nio.file.Path;

/** Writes the fixture's workbook from a fresh JVM, for the test of what such a run prints. */
final class WriteFixture {

    private WriteFixture() {
    }

    public static void main(String[] args) throws Exception {
        Workbooks.write(Dakar2002Fixture.event(), Path.of(args[0]));
    }
}
