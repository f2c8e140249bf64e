package io.steward.content.format;

import io.steward.content.ContentProblem;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one file, all of them, so that an author sees everything at once. */
final class Problems {

    private final String path;
    private final List<ContentProblem> found = new ArrayList<>();

    Problems(String path) {
        this.path = path;
    }

    void error(int line, String message) {
        found.add(ContentProblem.error(path, line, message));
    }

    void warning(int line, String message) {
        found.add(ContentProblem.warning(path, line, message));
    }

    boolean hasErrors() {
        return found.stream().anyMatch(ContentProblem::isError);
    }

    List<ContentProblem> all() {
        return List.copyOf(found);
    }
}
