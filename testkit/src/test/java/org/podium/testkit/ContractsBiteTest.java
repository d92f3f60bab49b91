package org.podium.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The contracts are worth trusting only if they fail a plugin that breaks them: run on
 * {@link SloppyExporter} and {@link SloppyImporter}, each of their faults fails a contract test;
 * run on {@link TidyExporter} and {@link TidyImporter}, every contract test passes (so the failures
 * are the faults', not the contracts').
 */
class ContractsBiteTest {

    private static TestExecutionSummary run(Class<?> contract) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(contract))
                .build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        launcher.execute(request, summary);
        return summary.getSummary();
    }

    private static List<String> failed(TestExecutionSummary summary) {
        return summary.getFailures().stream()
                .map(failure -> failure.getTestIdentifier().getDisplayName().replaceAll("\\(.*", ""))
                .sorted().toList();
    }

    @Test
    void theSloppyExportersFaultsEachFailAContract() {
        TestExecutionSummary summary = run(SloppyExporterContract.class);
        assertThat(failed(summary)).containsExactly(
                "aFullDiskIsReportedNotSwallowed",                   // PrintWriter swallows the error
                "isFoundByServiceLoader",                            // no service file names it
                "sameBytesWhateverTheMachinesLocaleZoneAndDate",     // the machine's date and decimal comma
                "theIssueTimeChangesTheDocumentOnlyWhereItIsPrinted", // the stages run by the issue date
                "writesEveryScopeInEveryLanguage");                  // a report as of a stage throws
    }

    @Test
    void theSloppyImportersFaultsEachFailAContract() {
        TestExecutionSummary summary = run(SloppyImporterContract.class);
        assertThat(failed(summary)).containsExactly(
                "emptyAndTruncatedInputAreReadOrRefusedNeverCrashed", // Java's exceptions, not the import error
                "garbageIsAnImportErrorNotACrash",                    // the same on garbage
                "isFoundByServiceLoader",                             // no service file names it
                "staysQuietOnOtherFormats");                          // it claims PDFs and photos
    }

    @Test
    void aTidyImporterPassesEveryContract() {
        TestExecutionSummary summary = run(TidyImporterContract.class);
        assertThat(failed(summary)).isEmpty();
        assertThat(summary.getTestsSucceededCount()).isEqualTo(summary.getTestsFoundCount()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void aTidyExporterPassesEveryContract() {
        TestExecutionSummary summary = run(TidyExporterContract.class);
        assertThat(failed(summary)).isEmpty();
        assertThat(summary.getTestsSucceededCount()).isEqualTo(summary.getTestsFoundCount()).isGreaterThanOrEqualTo(11);
    }
}
