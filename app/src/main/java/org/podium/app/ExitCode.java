package org.podium.app;

/** Every exit code the command returns, in one place (see {@code cli.md}). */
public enum ExitCode {
    /** Everything asked for was written. */
    OK(0),
    /** Some input could not be read or some output not written; the rest was done. */
    INPUT_ERROR(1),
    /** Unknown option, unknown format id, missing file. */
    USAGE(2),
    /** {@code --strict}, and a warning or an error was found. */
    STRICT(3),
    /** {@code podium diff}: the two versions differ (1, as {@code diff} and {@code cmp} say it). */
    DIFFERENT(1),
    /**
     * {@code podium diff}: an input could not be read, wholly or in part, so there is no comparison
     * to trust (2, {@code diff}'s "trouble", never 1, which says the versions differ).
     */
    TROUBLE(2),
    /** A bug: one line says so, {@code --verbose} shows the stack trace. */
    INTERNAL(70);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
