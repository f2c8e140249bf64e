package io.steward.reporting;

import java.util.List;

/**
 * What "Compliance" shows for a filter. Figures over fewer than {@code minimumGroup} people are suppressed
 * (see {@link io.steward.base.SmallGroups}).
 */
public record ComplianceDashboard(Headline headline, List<MatrixCell> matrix, List<TrendPoint> trend,
        List<OverdueLine> longestOverdue, int minimumGroup) {
}
