package io.steward.directory.scim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Applies a SCIM PatchOp (RFC 7644 section 3.5.2) to a User resource, as Entra ID and Okta send them: {@code add},
 * {@code replace} and {@code remove}, in any case; with a {@code path} ({@code active}, {@code displayName},
 * {@code name.givenName}, {@code emails[type eq "work"].value}, an enterprise attribute by its full name) or
 * without one (the value is a map of attributes to set).
 */
final class ScimPatch {

    static final String SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    private static final String ENTERPRISE_PREFIX = ScimUser.ENTERPRISE.toLowerCase(Locale.ROOT) + ":";

    private ScimPatch() {
    }

    static Map<String, Object> apply(Map<String, Object> resource, Map<String, Object> patchOp) {
        if (!(Person.get(patchOp, "Operations") instanceof List<?> operations)) {
            throw ScimException.invalidValue("Operations: required, a list of operations (schema " + SCHEMA + ")");
        }
        List<String> problems = new ArrayList<>();
        for (Object item : operations) {
            Map<String, Object> operation = Person.map(item);
            String op = String.valueOf(Person.get(operation, "op")).toLowerCase(Locale.ROOT);
            Object path = Person.get(operation, "path");
            Object value = Person.get(operation, "value");
            switch (op) {
                case "add", "replace" -> {
                    if (path == null) {
                        Person.map(value).forEach((name, v) -> set(resource, name, v));
                    } else {
                        set(resource, String.valueOf(path), value);
                    }
                }
                case "remove" -> {
                    if (path == null) {
                        problems.add("remove: needs a path");
                    } else {
                        set(resource, String.valueOf(path), null);
                    }
                }
                default -> problems.add("op '" + op + "': expected add, replace or remove");
            }
        }
        if (!problems.isEmpty()) {
            throw ScimException.invalidValue(String.join("; ", problems));
        }
        return resource;
    }

    private static void set(Map<String, Object> resource, String path, Object value) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.startsWith(ENTERPRISE_PREFIX)) {
            Map<String, Object> enterprise = new LinkedHashMap<>(Person.map(Person.get(resource, ScimUser.ENTERPRISE)));
            put(enterprise, path.substring(ENTERPRISE_PREFIX.length()), value);
            put(resource, ScimUser.ENTERPRISE, enterprise);
        } else if (lower.equals(ScimUser.ENTERPRISE.toLowerCase(Locale.ROOT))) {
            Map<String, Object> enterprise = new LinkedHashMap<>(Person.map(Person.get(resource, ScimUser.ENTERPRISE)));
            enterprise.putAll(Person.map(value));
            put(resource, ScimUser.ENTERPRISE, enterprise);
        } else if (lower.startsWith("emails")) {
            Object address = value instanceof List<?> list && !list.isEmpty()
                    ? Person.get(Person.map(list.getFirst()), "value") : value;
            put(resource, "emails", address == null ? List.of()
                    : List.of(Map.of("value", address, "type", "work", "primary", true)));
        } else if (lower.startsWith("name.")) {
            Map<String, Object> name = new LinkedHashMap<>(Person.map(Person.get(resource, "name")));
            put(name, path.substring("name.".length()), value);
            put(resource, "name", name);
        } else {
            put(resource, path, value);
        }
    }

    /** Sets an attribute, replacing one of the same name in any case. */
    private static void put(Map<String, Object> attributes, String name, Object value) {
        attributes.keySet().removeIf(key -> key.equalsIgnoreCase(name));
        attributes.put(name, value);
    }
}
