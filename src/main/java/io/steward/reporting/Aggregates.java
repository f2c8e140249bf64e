package io.steward.reporting;

import io.steward.base.SmallGroups;
import io.steward.reporting.domain.DashboardQuery.Cell;
import io.steward.reporting.domain.DashboardQuery.Counts;
import io.steward.reporting.domain.MonthFigures.MonthFigure;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns the database's counts into the figures a dashboard shows, replacing every figure about fewer people
 * than the minimum group by "suppressed" (zeros and a flag), so that nobody can be singled out through an
 * aggregate and nothing suppressed leaves the service.
 */
final class Aggregates {

    /** How many months the trend covers, the current one included. */
    static final int TREND_MONTHS = 12;

    private final SmallGroups smallGroups;

    Aggregates(SmallGroups smallGroups) {
        this.smallGroups = smallGroups;
    }

    Headline headline(long people, Counts counts) {
        if (smallGroups.suppresses(people)) {
            return new Headline(0, 0, 0, 0, 0, 0, true);
        }
        return new Headline(people, counts.current(), counts.completed(), counts.overdue(), counts.dueSoon(),
                counts.expiring(), false);
    }

    static Counts total(List<Cell> cells) {
        return cells.stream().map(Cell::counts).reduce(Counts.NONE, Counts::plus);
    }

    List<ModuleRate> byModule(List<Cell> cells, Map<String, String> titles) {
        Map<String, Counts> modules = cells.stream().collect(Collectors.groupingBy(Cell::moduleId, TreeMap::new,
                Collectors.reducing(Counts.NONE, Cell::counts, Counts::plus)));
        List<ModuleRate> rates = new ArrayList<>();
        modules.forEach((module, counts) -> {
            String title = titles.getOrDefault(module, module);
            rates.add(smallGroups.suppresses(counts.people()) ? new ModuleRate(module, title, 0, 0, true)
                    : new ModuleRate(module, title, counts.current(), counts.completed(), false));
        });
        rates.sort(Comparator.comparing(ModuleRate::title).thenComparing(ModuleRate::moduleId));
        return rates;
    }

    List<MatrixCell> matrix(List<Cell> cells, Map<Long, String> departments) {
        return cells.stream().map(c -> {
            String department = c.departmentId() == null ? "" : departments.getOrDefault(c.departmentId(), "");
            Counts counts = c.counts();
            return smallGroups.suppresses(counts.people()) ? new MatrixCell(department, c.moduleId(), 0, 0, true)
                    : new MatrixCell(department, c.moduleId(), counts.current(), counts.completed(), false);
        }).sorted(Comparator.comparing(MatrixCell::department).thenComparing(MatrixCell::moduleId)).toList();
    }

    /**
     * The rate at the end of each of the last {@link #TREND_MONTHS} months from cells grouped by the month of
     * assignment and of completion ({@code yyyymm}; earlier months fall into the month before the first).
     * Suppressed throughout when the population is smaller than the minimum group.
     */
    List<TrendPoint> trend(List<Cell> cells, YearMonth thisMonth, long people) {
        List<MonthFigure> months = new ArrayList<>();
        for (YearMonth month = first(thisMonth); !month.isAfter(thisMonth); month = month.plusMonths(1)) {
            int end = month.getYear() * 100 + month.getMonthValue();
            long assigned = 0;
            long completed = 0;
            for (Cell cell : cells) {
                if (cell.assignedMonth() <= end) {
                    assigned += cell.counts().current();
                    if (cell.completedMonth() != 0 && cell.completedMonth() <= end) {
                        completed += cell.counts().completed();
                    }
                }
            }
            months.add(new MonthFigure(month, assigned, completed));
        }
        return trend(months, people);
    }

    /**
     * The trend from the stored closed months and this month's counts (every current assignment, as in the
     * headline). Suppressed throughout when the population is smaller than the minimum group.
     */
    List<TrendPoint> trend(List<MonthFigure> closedMonths, YearMonth thisMonth, Counts now, long people) {
        List<MonthFigure> months = new ArrayList<>(closedMonths);
        months.add(new MonthFigure(thisMonth, now.current(), now.completed()));
        return trend(months, people);
    }

    private List<TrendPoint> trend(List<MonthFigure> months, long people) {
        boolean suppressed = smallGroups.suppresses(people);
        return months.stream().map(m -> suppressed ? new TrendPoint(m.month(), 0, 0, true)
                : new TrendPoint(m.month(), m.assigned(), m.completed(), false)).toList();
    }

    static YearMonth first(YearMonth thisMonth) {
        return thisMonth.minusMonths(TREND_MONTHS - 1L);
    }

    int minimum() {
        return smallGroups.minimum();
    }
}
