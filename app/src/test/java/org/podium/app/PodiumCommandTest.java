package org.podium.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PodiumCommandTest {

    @Test
    void withoutACommandItIsAUsageError() {
        Cli.Result result = Cli.runAsMain();

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(result.err()).startsWith("podium: Missing command: convert, check, diff, plugins or generate");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        Cli.Result result = Cli.run("publish");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(result.err()).contains("Unmatched argument at index 0: 'publish'");
    }

    @Test
    void versionComesFromTheBuild() {
        Cli.Result result = Cli.run("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().strip()).matches("podium \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void helpListsTheCommandsAndTheSharedOptions() {
        Cli.Result top = Cli.run("--help");
        Cli.Result convert = Cli.run("convert", "--help");

        assertThat(top.exitCode()).isZero();
        assertThat(top.out()).contains("convert").contains("plugins").contains("generate");
        assertThat(convert.out()).contains("--from=ID", "--to=ID", "--out=DIR", "--category=ID", "--stage=LABEL",
                "--status=S", "--bulletin=N", "--issued-at=T", "--zone=Z", "--lang=L", "--[no-]checks", "--[no-]charts", "--strict",
                "--plugins=DIR", "-O=FORMAT.KEY=VALUE", "--verbose", "--quiet", "--event-name=NAME",
                "unofficial, provisional, official, final", "70");
    }
}
