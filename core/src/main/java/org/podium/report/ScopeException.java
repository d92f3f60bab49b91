package org.podium.report;

/**
 * The scope names a category or a stage the event does not have: a usage error. The message
 * says what was asked for and lists what exists.
 */
public final class ScopeException extends Exception {
    private static final long serialVersionUID = 1L;

    public ScopeException(String message) {
        super(message);
    }
}
