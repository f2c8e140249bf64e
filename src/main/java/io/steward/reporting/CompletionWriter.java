package io.steward.reporting;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes export rows to a stream as they come, in one of the {@link ExportFormat}s; nothing is held back. */
interface CompletionWriter {

    void write(List<Object> values) throws IOException;

    /** Completes the file and flushes it; does not close the stream. */
    void finish() throws IOException;

    static CompletionWriter of(ExportFormat format, OutputStream out, List<String> headers) throws IOException {
        return switch (format) {
            case CSV -> new Csv(out, headers);
            case XLSX -> new Xlsx(out, headers);
        };
    }

    /** RFC 4180: comma separated, CRLF line ends, fields quoted when they hold a comma, quote or line break. */
    final class Csv implements CompletionWriter {

        private final CSVPrinter printer;

        Csv(OutputStream out, List<String> headers) throws IOException {
            printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
                    CSVFormat.RFC4180.builder().setHeader(headers.toArray(String[]::new)).get());
        }

        @Override
        public void write(List<Object> values) throws IOException {
            printer.printRecord(values);
        }

        @Override
        public void finish() throws IOException {
            printer.flush();
        }
    }

    /** Office Open XML through fastexcel, flushing rows to the stream in batches so memory stays flat. */
    final class Xlsx implements CompletionWriter {

        private static final int FLUSH_EVERY = 1_000;

        private final Workbook workbook;
        private final Worksheet sheet;
        private int row;

        Xlsx(OutputStream out, List<String> headers) throws IOException {
            workbook = new Workbook(out, "Steward", "1.0");
            sheet = workbook.newWorksheet("Completions");
            write(List.copyOf(headers));
            sheet.range(0, 0, 0, headers.size() - 1).style().bold().set();
        }

        @Override
        public void write(List<Object> values) throws IOException {
            for (int column = 0; column < values.size(); column++) {
                Object value = values.get(column);
                if (value instanceof Integer number) {
                    sheet.value(row, column, number);
                } else if (value != null) {
                    // Inline, not shared: a shared-string table would keep every distinct text in memory.
                    sheet.inlineString(row, column, (String) value);
                }
            }
            if (++row % FLUSH_EVERY == 0) {
                sheet.flush();
            }
        }

        @Override
        public void finish() throws IOException {
            sheet.finish();
            workbook.finish();
        }
    }
}
