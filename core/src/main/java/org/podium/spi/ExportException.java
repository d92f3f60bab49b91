package org.podium.spi;

import org.apiguardian.api.API;

/** The event cannot be written in this format (a name the fonts cannot print, …). */
@API(status = API.Status.STABLE, since = "0.1")
public final class ExportException extends Exception {
    private static final long serialVersionUID = 1L;

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
