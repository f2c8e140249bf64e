package io.steward.reporting;

/**
 * Someone opened a report ({@code my-team}, {@code compliance}) or changed its filters; published in the same
 * transaction, once per opening, never per page of a grid. {@code filters} is {@link ReportFilter#describe()}.
 */
public record ReportViewed(String report, String filters) {
}
