package org.podium.app;

import org.eclipse.collections.api.list.ImmutableList;
import org.podium.check.Finding;
import org.podium.check.FindingSeverity;
import org.podium.spi.Diagnostic;
import org.podium.spi.Severity;

/** What a run found wrong, counted for its summary and its exit code. Mutable, one per run. */
final class Tally {

    private int errors;
    private int warnings;
    private int contradictions;

    /** Prints the diagnostics as the console's verbosity allows, and counts them. */
    void report(Console console, ImmutableList<Diagnostic> diagnostics) {
        for (Diagnostic diagnostic : diagnostics) {
            if (diagnostic.severity() == Severity.ERROR) {
                errors++;
            } else if (diagnostic.severity() == Severity.WARNING) {
                warnings++;
            }
            console.diagnostic(diagnostic);
        }
    }

    void countFindings(ImmutableList<Finding> findings) {
        contradictions += findings.count(f -> f.severity() == FindingSeverity.CONTRADICTION);
    }

    void error() {
        errors++;
    }

    void warning() {
        warnings++;
    }

    int errors() {
        return errors;
    }

    int warnings() {
        return warnings;
    }

    /** What {@code --strict} fails on: a warning or a contradiction. */
    boolean anythingForStrict() {
        return warnings > 0 || contradictions > 0;
    }
}
