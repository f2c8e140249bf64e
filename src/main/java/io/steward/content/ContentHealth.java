package io.steward.content;

import java.time.Instant;
import java.util.List;

/** The state of the content folder after the last load: what is served and every problem found. */
public record ContentHealth(String folder, Instant checkedAt, int files, int served, List<ContentProblem> problems) {

    public ContentHealth {
        problems = List.copyOf(problems);
    }

    public long errors() {
        return problems.stream().filter(ContentProblem::isError).count();
    }

    public long warnings() {
        return problems.size() - errors();
    }
}
