package org.podium.spi;

import org.apiguardian.api.API;

/** How much a diagnostic matters. */
@API(status = API.Status.STABLE, since = "0.1")
public enum Severity {
    /** Something was read in a way worth saying (a reading chosen, a year assumed). */
    INFO,
    /** Something looks wrong, but what was read is still usable. */
    WARNING,
    /** Something could not be read; what it would have given is missing. */
    ERROR
}
