package io.steward.directory.scim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a SCIM User resource says about a person, in the staff list's terms. Attribute names are matched
 * ignoring case (RFC 7643 section 2.1); every problem with the resource's shape is reported at once.
 */
record Person(String number, String email, String displayName, String department, Long managerId, String locale,
        boolean active) {

    /** Reads a resource; {@code current} (null for a new person) fills in what the resource leaves out. */
    static Person of(Map<String, Object> resource, ScimUser current) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> enterprise = map(get(resource, ScimUser.ENTERPRISE));
        String email = primaryEmail(get(resource, "emails"));
        if (email == null) {
            email = text(get(resource, "userName"));
        }
        if (email == null) {
            problems.add("userName: required (the person's e-mail address)");
        }
        String number = text(get(enterprise, "employeeNumber"));
        if (number == null) {
            number = text(get(resource, "externalId"));
        }
        if (current != null) {
            if (number == null) {
                number = current.employeeNumber();
            } else if (!number.equals(current.employeeNumber())) {
                problems.add("externalId / employeeNumber: '" + number + "' is not '" + current.employeeNumber()
                        + "'; Steward keys people on their employee number, which cannot change");
            }
        } else if (number == null) {
            problems.add("externalId (or the enterprise extension's employeeNumber): required (the staff list's "
                    + "employee number)");
        }
        String displayName = text(get(resource, "displayName"));
        Map<String, Object> name = map(get(resource, "name"));
        if (displayName == null) {
            displayName = text(get(name, "formatted"));
        }
        if (displayName == null) {
            displayName = text(String.join(" ", String.valueOf(Objects.requireNonNullElse(get(name, "givenName"),
                    "")), String.valueOf(Objects.requireNonNullElse(get(name, "familyName"), ""))));
        }
        if (displayName == null) {
            problems.add("displayName: required (or name.formatted, or name.givenName and name.familyName)");
        }
        Object managerValue = get(enterprise, "manager");
        Long manager = null;
        String managerId = managerValue instanceof Map<?, ?> ref ? text(get(map(ref), "value")) : text(managerValue);
        if (managerId != null) {
            try {
                manager = Long.valueOf(managerId);
            } catch (NumberFormatException e) {
                problems.add("manager (enterprise extension): '" + managerId + "' is not the id of a Steward user");
            }
        }
        String locale = text(get(resource, "preferredLanguage"));
        if (locale == null) {
            locale = text(get(resource, "locale"));
        }
        if (locale == null) {
            locale = current == null ? "en" : current.locale();
        }
        Object activeValue = get(resource, "active");
        boolean active = current == null || current.active();
        if (activeValue instanceof Boolean flag) {
            active = flag;
        } else if (activeValue instanceof String flag && flag.matches("(?i)true|false")) {
            active = Boolean.parseBoolean(flag);
        } else if (activeValue != null) {
            problems.add("active: '" + activeValue + "' is not true or false");
        }
        if (!problems.isEmpty()) {
            throw ScimException.invalidValue(String.join("; ", problems));
        }
        return new Person(number, email, displayName, text(get(enterprise, "department")), manager,
                locale.replace('_', '-'), active);
    }

    /** The value of an attribute, its name matched ignoring case. */
    static Object get(Map<String, Object> attributes, String name) {
        if (attributes == null) {
            return null;
        }
        for (Map.Entry<String, Object> entry : attributes.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue();
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static String text(Object value) {
        return value == null || String.valueOf(value).isBlank() ? null : String.valueOf(value).strip();
    }

    /** The primary e-mail address (or the work one, or the first) of an {@code emails} list. */
    private static String primaryEmail(Object emails) {
        if (!(emails instanceof List<?> list) || list.isEmpty()) {
            return null;
        }
        Map<String, Object> chosen = map(list.getFirst());
        for (Object item : list) {
            Map<String, Object> email = map(item);
            if (Boolean.TRUE.equals(get(email, "primary")) || "true".equalsIgnoreCase(String.valueOf(get(email,
                    "primary")))) {
                return text(get(email, "value"));
            }
            if ("work".equals(String.valueOf(get(email, "type")).toLowerCase(Locale.ROOT))) {
                chosen = email;
            }
        }
        return text(get(chosen, "value"));
    }
}
