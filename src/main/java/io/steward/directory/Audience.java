package io.steward.directory;

import java.util.List;

/** A group of people described by HR: everyone, or those in given departments, with given roles, or named. */
public record Audience(Type type, List<String> values) {

    public enum Type {
        EVERYONE,
        DEPARTMENTS,
        ROLES,
        EMPLOYEES
    }

    public Audience {
        values = List.copyOf(values);
    }

    public static Audience everyone() {
        return new Audience(Type.EVERYONE, List.of());
    }
}
