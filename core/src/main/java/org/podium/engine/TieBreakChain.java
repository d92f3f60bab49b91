package org.podium.engine;

import java.util.Objects;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * The order of tie-break rules. Source order always ends the chain, so the order of a
 * classification is never left to chance.
 *
 * @param rules the rules, first applied first
 */
public record TieBreakChain(ImmutableList<TieBreak> rules) {

    /** The latest stage's time, then the race number, then source order. */
    public static final TieBreakChain DEFAULT =
            new TieBreakChain(Lists.immutable.of(TieBreak.LATEST_STAGE_TIME, TieBreak.RACE_NUMBER, TieBreak.SOURCE_ORDER));

    public TieBreakChain {
        Objects.requireNonNull(rules, "rules");
        if (!rules.contains(TieBreak.SOURCE_ORDER)) {
            rules = rules.newWith(TieBreak.SOURCE_ORDER);
        }
    }

    public static TieBreakChain of(TieBreak... rules) {
        return new TieBreakChain(Lists.immutable.of(rules));
    }
}
