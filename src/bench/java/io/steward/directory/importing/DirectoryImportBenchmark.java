package io.steward.directory.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.demo.DemoOrganisation;
import io.steward.support.IntegrationTest;
import io.steward.support.SignedIn;
import io.steward.support.StaffLists;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How long a staff list of 10,000 people takes, on the real MariaDB the tests use: the first import (everyone
 * new, with an invitation each), the same file again (nothing changes), and a file in which 1% of people
 * changed and 1% left. Run with {@code mvn -Pbenchmarks test}; the figures are printed and recorded in
 * docs/benchmarks.md. Fails if any step takes 10 seconds or more.
 */
@IntegrationTest
class DirectoryImportBenchmark {

    private static final int PEOPLE = 10_000;
    private static final Duration LIMIT = Duration.ofSeconds(10);

    @Autowired
    private DirectoryImportService imports;
    @Autowired
    private SignedIn signedIn;

    @Test
    void ten_thousand_people() {
        List<String> rows = staff(PEOPLE);
        byte[] file = StaffLists.file(rows);
        List<String> changedRows = new ArrayList<>(rows.subList(0, PEOPLE - PEOPLE / 100));
        for (int i = 1; i < changedRows.size(); i += 100) {
            changedRows.set(i, changedRows.get(i).replace("Person " + i + ",", "Person " + i + " (renamed),"));
        }
        byte[] changed = StaffLists.file(changedRows);

        try (var hr = signedIn.as(DemoOrganisation.HR)) {
            System.out.printf("%nDirectory import benchmark: %,d people, %,d bytes%n", PEOPLE, file.length);
            ImportPreview preview = time("preview, everyone new", () -> imports.preview(file, ImportMode.FULL));
            assertThat(preview.created()).hasSize(PEOPLE);
            ImportResult first = time("first import (creates + invitations)",
                    () -> imports.importStaffList(file, ImportMode.FULL));
            assertThat(first.invitations()).hasSize(PEOPLE);
            ImportResult again = time("same file again (no change)",
                    () -> imports.importStaffList(file, ImportMode.FULL));
            assertThat(again.changes().changesNothing()).isTrue();
            ImportResult someChanged = time("1% renamed, 1% left",
                    () -> imports.importStaffList(changed, ImportMode.FULL));
            assertThat(someChanged.changes().updated()).hasSize(PEOPLE / 100 - 1);
            assertThat(someChanged.changes().deactivated()).hasSize(PEOPLE / 100);
        }
    }

    /** A tree ten wide: person 0 leads, person i reports to person (i - 1) / 10; every tenth is a manager. */
    private static List<String> staff(int count) {
        List<String> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String manager = i == 0 ? "" : "B" + (i - 1) / 10;
            rows.add(StaffLists.row("B" + i, "person" + i + "@bench.example.com", "Person " + i,
                    "Department " + i % 20, manager, i % 10 == 0 ? "MANAGER" : "", i % 3 == 0 ? "de" : "en",
                    "2020-01-" + String.format("%02d", 1 + i % 28), true));
        }
        return rows;
    }

    private static <T> T time(String step, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("  %-40s %6d ms  (goal: under %d s: %s)%n", step, took.toMillis(), LIMIT.toSeconds(),
                took.compareTo(LIMIT) < 0 ? "met" : "MISSED");
        assertThat(took).as("%s took %,d ms; the limit is %d s", step, took.toMillis(), LIMIT.toSeconds())
                .isLessThan(LIMIT);
        return result;
    }
}
