package io.steward.privacy;

import java.time.Instant;
import java.time.Period;
import java.util.List;

/** Everything Steward holds about the signed-in person, kind by kind. */
public record MyData(String name, Instant generatedAt, List<Kind> kinds) {

    /** One kind of record: its columns, the person's records, and how long they are kept (null: see the text). */
    public record Kind(String kind, Period retention, List<String> columns, List<List<String>> records) {
    }
}
