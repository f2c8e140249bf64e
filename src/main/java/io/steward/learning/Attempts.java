package io.steward.learning;

/** How many attempts a person has used on a module and how many they have; {@code allowed} null is unlimited. */
public record Attempts(int used, Integer allowed) {

    public boolean exhausted() {
        return allowed != null && used >= allowed;
    }
}
