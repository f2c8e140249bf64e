package io.steward.reporting;

import java.util.List;

/**
 * What "My team" shows when it opens. Figures over fewer than {@code minimumGroup} people are suppressed
 * (see {@link io.steward.base.SmallGroups}).
 */
public record TeamDashboard(Headline headline, List<ModuleRate> byModule, List<TrendPoint> trend,
        List<PersonProgress> people, int minimumGroup) {
}
