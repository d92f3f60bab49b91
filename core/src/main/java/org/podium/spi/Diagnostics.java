package org.podium.spi;

import org.apiguardian.api.API;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;

/**
 * Where plugins report problems. A plugin reports and goes on reading what it can; the caller
 * decides what the problems mean for the exit code.
 */
@FunctionalInterface
@API(status = API.Status.STABLE, since = "0.1")
public interface Diagnostics {

    void report(Diagnostic diagnostic);

    /** A sink that keeps everything reported, in order; not thread-safe. */
    static Collector collector() {
        return new Collector();
    }

    /** Keeps what is reported, for the app to print and tests to assert. */
    final class Collector implements Diagnostics {
        private final MutableList<Diagnostic> reported = Lists.mutable.empty();

        @Override
        public void report(Diagnostic diagnostic) {
            reported.add(diagnostic);
        }

        public ImmutableList<Diagnostic> all() {
            return reported.toImmutable();
        }

        public boolean has(Severity severity) {
            return reported.anySatisfy(d -> d.severity() == severity);
        }
    }
}
