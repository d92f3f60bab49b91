package org.podium.spi;

import org.apiguardian.api.API;

/** A plugin asked for by id is not there, or detection could not choose: a usage error. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class PluginException extends Exception {
    private static final long serialVersionUID = 1L;

    public PluginException(String message) {
        super(message);
    }
}
