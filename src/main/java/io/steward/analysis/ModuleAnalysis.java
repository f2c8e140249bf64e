package io.steward.analysis;

import java.util.List;

/** The question analysis of a module: every version with submitted attempts, the most recently used first. */
public record ModuleAnalysis(String moduleId, String title, int minimumGroupSize, List<VersionAnalysis> versions) {

    public ModuleAnalysis {
        versions = List.copyOf(versions);
    }
}
