package io.steward.reporting;

import io.steward.reporting.domain.EvidenceQuery.Period;

/**
 * What an evidence pack covers: one module or every module ({@code moduleId} null), everyone or the people of
 * one department at the end of the period ({@code department} null), over a period of whole days.
 */
public record EvidenceScope(String moduleId, String department, Period period) {

    /** One module, everyone. */
    public static EvidenceScope of(String moduleId, Period period) {
        return new EvidenceScope(moduleId, null, period);
    }

    /** For the audit trail: the scope as the download's filters. */
    String describe() {
        return (moduleId == null ? "" : "module=" + moduleId + " ")
                + (department == null ? "" : "department=" + department + " ")
                + "from=" + period.from() + " to=" + period.to();
    }

    /** The pack's file name, e.g. {@code steward-evidence-transparency-2026-01-01-2026-12-31.zip}. */
    public String fileName() {
        return "steward-evidence-" + (moduleId == null ? "all-modules" : moduleId) + "-" + period.from() + "-"
                + period.to() + ".zip";
    }
}
