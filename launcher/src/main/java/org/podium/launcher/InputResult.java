package org.podium.launcher;

import java.util.Objects;
import org.eclipse.collections.api.list.ImmutableList;
import org.podium.check.Finding;
import org.podium.check.FindingSeverity;
import org.podium.spi.Diagnostic;
import org.podium.spi.Severity;

/**
 * What became of one input and its outputs.
 *
 * @param input       the input
 * @param importerId  the importer that read it, or null when none could be chosen
 * @param status      read, unreadable, or out of the scope asked for
 * @param failure     one line saying why it was not read or not in scope, or null
 * @param diagnostics what the importer and the scope reported
 * @param findings    every consistency finding of the input (empty when it was not read)
 * @param outputs     each output asked for, in the exporters' order
 */
public record InputResult(Input input, String importerId, Status status, String failure,
        ImmutableList<Diagnostic> diagnostics, ImmutableList<Finding> findings, ImmutableList<OutputResult> outputs) {

    /** How far an input got. */
    public enum Status {
        /** Read and checked; its outputs were attempted. */
        READ,
        /** It could not be read (no importer recognises it, the importer refused it or failed). */
        UNREADABLE,
        /** Read, but it lacks a category or stage the run asked for: a usage error. */
        OUT_OF_SCOPE
    }

    public InputResult {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(diagnostics, "diagnostics");
        Objects.requireNonNull(findings, "findings");
        Objects.requireNonNull(outputs, "outputs");
    }

    int count(Severity severity) {
        return diagnostics.count(d -> d.severity() == severity) + (int) outputs.sumOfInt(o -> o.count(severity));
    }

    int contradictions() {
        return findings.count(f -> f.severity() == FindingSeverity.CONTRADICTION);
    }
}
