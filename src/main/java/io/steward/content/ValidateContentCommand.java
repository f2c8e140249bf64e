package io.steward.content;

import io.steward.content.format.ContentFolder;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code java -jar steward.jar validate-content <dir>}: checks a content folder the way the running
 * application does, without Spring, a web server or a database, so authors can run it in their own review
 * pipeline. Prints one line per problem and a summary; exit code 0 when valid, 1 when not, 2 on wrong usage.
 */
public final class ValidateContentCommand {

    public static final String NAME = "validate-content";

    private ValidateContentCommand() {
    }

    /** @param args the command-line arguments after {@value #NAME} */
    public static int run(String[] args, PrintStream out) {
        if (args.length != 1) {
            out.println("usage: java -jar steward.jar " + NAME + " <content folder>");
            return 2;
        }
        return validate(Path.of(args[0]), out);
    }

    public static int validate(Path folder, PrintStream out) {
        if (!Files.isDirectory(folder)) {
            out.println(folder + ": no such folder");
            return 1;
        }
        ContentFolder.Report report = ContentFolder.read(folder);
        report.problems().forEach(out::println);
        long errors = report.errorCount();
        long warnings = report.problems().size() - errors;
        long valid = report.files().stream().filter(f -> f.valid()).count();
        out.printf("%s: %d module file%s, %d valid; %d error%s, %d warning%s%n", folder, report.files().size(),
                plural(report.files().size()), valid, errors, plural(errors), warnings, plural(warnings));
        return report.valid() ? 0 : 1;
    }

    private static String plural(long count) {
        return count == 1 ? "" : "s";
    }
}
