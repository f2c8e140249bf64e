package io.steward.content;

/**
 * One thing wrong with the content folder, at a file and line an author can go to. {@code line} is 1-based;
 * 0 means the file as a whole. Errors keep a file from being served; warnings do not.
 */
public record ContentProblem(String path, int line, Severity severity, String message) {

    public enum Severity {
        ERROR,
        WARNING
    }

    public static ContentProblem error(String path, int line, String message) {
        return new ContentProblem(path, line, Severity.ERROR, message);
    }

    public static ContentProblem warning(String path, int line, String message) {
        return new ContentProblem(path, line, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code path:line: message}, the form compilers use, so editors and CI logs can jump to it. */
    @Override
    public String toString() {
        String where = line > 0 ? path + ":" + line : path;
        return where + ": " + (isError() ? "" : "warning: ") + message;
    }
}
