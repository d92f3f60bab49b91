package org.podium.spi;

/** A plugin asked for by id is not there, or detection could not choose: a usage error. */
public final class PluginException extends Exception {
    private static final long serialVersionUID = 1L;

    public PluginException(String message) {
        super(message);
    }
}
