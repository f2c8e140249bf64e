package io.steward.reporting;

import io.steward.reporting.ReportFilter.StateFilter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a {@link ReportFilter} from query parameters, the same names for the download links and the API
 * ({@link ReportFilter#parameters()}). Anything unexpected is refused with the parameter named: an unknown
 * parameter, a repeated one, a malformed value (400), or a department that does not exist, a due range
 * that ends before it starts and an {@code asOf} day after today (422).
 */
final class FilterParameters {

    static final Set<String> NAMES = Set.of("department", "module", "state", "dueFrom", "dueTo", "manager",
            "asOf");
    private static final Pattern MODULE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    private FilterParameters() {
    }

    static ReportFilter parse(Map<String, String[]> query, Collection<String> departments, LocalDate today) {
        for (Map.Entry<String, String[]> parameter : query.entrySet()) {
            if (!NAMES.contains(parameter.getKey())) {
                throw new InvalidParameterException(parameter.getKey(), true, "Unknown parameter '"
                        + parameter.getKey() + "'; expected one of " + String.join(", ", NAMES.stream().sorted()
                        .toList()) + ".");
            }
            if (parameter.getValue().length > 1) {
                throw new InvalidParameterException(parameter.getKey(), true,
                        "'" + parameter.getKey() + "' is given more than once.");
            }
        }
        String department = value(query, "department");
        if (department != null && !departments.contains(department)) {
            throw new InvalidParameterException("department", false, "No department is called '" + department
                    + "'.");
        }
        String module = value(query, "module");
        if (module != null && !MODULE_ID.matcher(module).matches()) {
            throw new InvalidParameterException("module", true,
                    "'module' must be a module id: lower-case letters, digits and hyphens, up to 100.");
        }
        StateFilter state = parsed(query, "state", s -> StateFilter.valueOf(s.toUpperCase(Locale.ROOT)),
                "one of " + Arrays.stream(StateFilter.values()).map(s -> s.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", ")));
        LocalDate dueFrom = date(query, "dueFrom");
        LocalDate dueTo = date(query, "dueTo");
        if (dueFrom != null && dueTo != null && dueTo.isBefore(dueFrom)) {
            throw new InvalidParameterException("dueTo", false, "'dueTo' (" + dueTo + ") is before 'dueFrom' ("
                    + dueFrom + ").");
        }
        Long manager = parsed(query, "manager", Long::valueOf, "an employee's numeric id");
        LocalDate asOf = date(query, "asOf");
        if (asOf != null && asOf.isAfter(today)) {
            throw new InvalidParameterException("asOf", false, "'asOf' (" + asOf + ") is after today (" + today
                    + "); the record is known up to today.");
        }
        return new ReportFilter(department, module, state, dueFrom, dueTo, manager, asOf);
    }

    static LocalDate date(Map<String, String[]> query, String name) {
        return parsed(query, name, LocalDate::parse, "a date as yyyy-mm-dd");
    }

    static String value(Map<String, String[]> query, String name) {
        String[] values = query.get(name);
        return values == null || values.length == 0 || values[0].isBlank() ? null : values[0].strip();
    }

    private static <T> T parsed(Map<String, String[]> query, String name, Function<String, T> parser,
            String expected) {
        String value = value(query, name);
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidParameterException(name, true, "'" + name + "' must be " + expected + ", was '"
                    + value + "'.");
        }
    }
}
