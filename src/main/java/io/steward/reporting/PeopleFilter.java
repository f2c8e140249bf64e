package io.steward.reporting;

/** Narrows a people list: part of the name (blank for everyone) and whether to keep only overdue people. */
public record PeopleFilter(String nameContains, boolean overdueOnly) {

    public static PeopleFilter everyone() {
        return new PeopleFilter("", false);
    }
}
