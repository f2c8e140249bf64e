package io.steward.directory.importing;

import java.util.List;

/**
 * One reason a staff list was refused: where it is (line 1 is the header; {@code column} is a header name, or
 * {@code null} when the problem is not about one column), what kind it is, and the values the message needs.
 */
public record ImportProblem(int line, String column, Kind kind, List<String> values) {

    public ImportProblem {
        values = List.copyOf(values);
    }

    public ImportProblem(int line, String column, Kind kind, String... values) {
        this(line, column, kind, List.of(values));
    }

    /** The kinds of problem, each with the message key that explains it to a person. */
    public enum Kind {
        EMPTY_FILE("import.problem.emptyFile"),
        FILE_TOO_LARGE("import.problem.fileTooLarge"),
        NOT_UTF8("import.problem.notUtf8"),
        UNCLOSED_QUOTE("import.problem.unclosedQuote"),
        TEXT_AFTER_QUOTE("import.problem.textAfterQuote"),
        MISSING_COLUMN("import.problem.missingColumn"),
        DUPLICATE_COLUMN("import.problem.duplicateColumn"),
        WRONG_FIELD_COUNT("import.problem.wrongFieldCount"),
        REQUIRED("import.problem.required"),
        TOO_LONG("import.problem.tooLong"),
        BAD_EMAIL("import.problem.badEmail"),
        UNKNOWN_ROLE("import.problem.unknownRole"),
        BAD_DATE("import.problem.badDate"),
        BAD_ACTIVE("import.problem.badActive"),
        BAD_LOCALE("import.problem.badLocale"),
        DUPLICATE_ID("import.problem.duplicateId"),
        DUPLICATE_EMAIL("import.problem.duplicateEmail"),
        EMAIL_TAKEN("import.problem.emailTaken"),
        UNKNOWN_MANAGER("import.problem.unknownManager"),
        MANAGER_CYCLE("import.problem.managerCycle"),
        PRIVILEGED_ROLE("import.problem.privilegedRole");

        private final String messageKey;

        Kind(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
