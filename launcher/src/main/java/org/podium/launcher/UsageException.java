package org.podium.launcher;

/**
 * The request asks for something that does not exist or cannot be: an unknown format id, a plugin
 * option a plugin does not declare or a value it does not allow, a missing input, a category or
 * stage an input does not have. The message says what was asked and what exists. Nothing is read
 * or written when it is thrown before the run.
 */
public final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
