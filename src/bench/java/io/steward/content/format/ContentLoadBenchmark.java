package io.steward.content.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How long loading and validating a large catalogue takes, and how much heap it holds: 500 modules made from
 * the shipped ones (so of realistic size and shape). A measurement, not a test: it prints figures and asserts
 * only that the content was valid. {@code mvn -Pbenchmarks test -Dtest=ContentLoadBenchmark} (docs/benchmarks.md).
 */
class ContentLoadBenchmark {

    private static final int MODULES = 500;
    private static final int RUNS = 5;

    @TempDir
    Path folder;

    @Test
    void load_and_validate_500_modules() throws IOException {
        List<String> shipped = shippedModules();
        Path modules = Files.createDirectories(folder.resolve(ContentFolder.MODULES));
        long bytes = 0;
        for (int i = 0; i < MODULES; i++) {
            String template = shipped.get(i % shipped.size());
            String text = template.replaceFirst("(?m)^id: (.+)$", "id: $1-" + i);
            Files.writeString(modules.resolve("module-" + i + ".md"), text);
            bytes += text.length();
        }

        long heapBefore = usedHeapAfterGc();
        long first = System.nanoTime();
        ContentFolder.Report report = ContentFolder.read(folder);
        long firstMillis = (System.nanoTime() - first) / 1_000_000;
        long heapHeld = usedHeapAfterGc() - heapBefore;
        assertThat(report.valid()).as("generated content is valid").isTrue();
        assertThat(report.files()).hasSize(MODULES);

        long[] runs = new long[RUNS];
        for (int r = 0; r < RUNS; r++) {
            long start = System.nanoTime();
            ContentFolder.read(folder);
            runs[r] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(runs);

        SafeHtmlRenderer renderer = new SafeHtmlRenderer();
        List<LessonSource> lessons = report.files().stream()
                .flatMap(f -> f.document().orElseThrow().lessons().stream()).toList();
        long renderStart = System.nanoTime();
        lessons.forEach(l -> renderer.render(l.markdown()));
        double renderMicros = (System.nanoTime() - renderStart) / 1000.0 / lessons.size();

        System.out.printf("""
                ---- content load benchmark (%d cores, max heap %d MB) ----
                modules:                  %d (%d KB of Markdown, %d lessons)
                first load and validate:  %d ms (cold JIT)
                later loads, median:      %d ms (min %d, max %d over %d runs)
                heap held by the result:  %.1f MB
                render one lesson page:   %.0f µs on average (once per version; then cached)
                """, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, MODULES,
                bytes >> 10, lessons.size(), firstMillis, runs[RUNS / 2], runs[0], runs[RUNS - 1], RUNS,
                heapHeld / 1024.0 / 1024.0, renderMicros);
    }

    private static List<String> shippedModules() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("content", ContentFolder.MODULES))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                texts.add(Files.readString(file));
            }
        }
        return texts;
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
