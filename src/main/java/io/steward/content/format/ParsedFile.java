package io.steward.content.format;

import io.steward.content.ContentProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of reading one module file: the module when the file has no errors, and all its problems in
 * line order.
 * {@code id} and {@code idLine} are known whenever the front matter named a valid id, even if the file has
 * other errors, so that duplicates can be found across files.
 */
public record ParsedFile(String path, String id, int idLine, ModuleDocument module, List<ContentProblem> problems) {

    public ParsedFile {
        problems = problems.stream().sorted(Comparator.comparingInt(ContentProblem::line)).toList();
        if (problems.stream().anyMatch(ContentProblem::isError)) {
            module = null;
        }
    }

    public Optional<ModuleDocument> document() {
        return Optional.ofNullable(module);
    }

    public boolean valid() {
        return module != null;
    }

    ParsedFile with(ContentProblem problem) {
        List<ContentProblem> more = new ArrayList<>(problems);
        more.add(problem);
        return new ParsedFile(path, id, idLine, module, more);
    }
}
