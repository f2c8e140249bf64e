package io.steward.base;

import org.springframework.stereotype.Component;

/**
 * The smallest group an aggregate may describe ({@code steward.privacy.min-group-size}). Any report
 * that counts or averages over people shows "fewer than N" instead of a figure for a smaller group, so that no one
 * can be singled out through an aggregate.
 */
@Component
public class SmallGroups {

    private final int minimum;

    SmallGroups(StewardProperties properties) {
        this.minimum = properties.privacy().minGroupSize();
    }

    public int minimum() {
        return minimum;
    }

    /** True when a figure over this many people must not be shown. */
    public boolean suppresses(long groupSize) {
        return groupSize < minimum;
    }
}
