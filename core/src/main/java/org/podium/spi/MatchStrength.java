package org.podium.spi;

import org.apiguardian.api.API;

/**
 * How sure an importer is that it can read an input. Graded, not yes/no: detection only breaks
 * ties between importers, and the strongest match wins.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum MatchStrength {
    /** Certainly not this format. */
    NO_MATCH,
    /** Could be (the extension fits, the content says nothing against it). */
    WEAK_MATCH,
    /** The content looks like this format. */
    SOLID_MATCH,
    /** The content has this format's signature. */
    FULL_MATCH
}
