package io.steward.base;

import java.util.List;

/**
 * How a feature shows a person everything it holds about them ("My data"). Each feature that keeps records about
 * people provides one {@link Source} bean per kind of record; the privacy feature collects them for the signed-in
 * person only and renders them on screen and as a download. A source reads exactly the given person's rows, in
 * its own query.
 */
public final class PersonalData {

    private PersonalData() {}

    /** One kind of record a feature keeps about people, such as assignments or reminders sent. */
    public interface Source {

        /**
         * A stable key for this kind of record, such as {@code assignments}: the JSON key in the download and the
         * suffix of its bundle keys {@code mydata.<kind>.title}, {@code .purpose}, {@code .retention}.
         */
        String kind();

        /** Column names (the JSON field names, and the suffix of bundle keys {@code mydata.<kind>.column.<name>}). */
        List<String> columns();

        /** Every record of this kind about the person, one value per column, dates in ISO-8601 UTC. */
        List<List<String>> recordsOf(EmployeeId person);
    }
}
