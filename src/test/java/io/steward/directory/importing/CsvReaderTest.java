package io.steward.directory.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.directory.importing.CsvReader.CsvRecord;
import io.steward.directory.importing.CsvReader.CsvSyntaxException;
import io.steward.directory.importing.ImportProblem.Kind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static List<CsvRecord> read(String text) throws CsvSyntaxException {
        return CsvReader.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void plain_fields_and_both_kinds_of_line_break() throws Exception {
        assertThat(read("a,b\r\nc,d\ne,f")).containsExactly(
                new CsvRecord(1, List.of("a", "b")), new CsvRecord(2, List.of("c", "d")),
                new CsvRecord(3, List.of("e", "f")));
    }

    @Test
    void quoted_fields_hold_commas_quotes_and_line_breaks_and_later_records_keep_their_line() throws Exception {
        List<CsvRecord> records = read("name,note\n\"Smith, Anna\",\"said \"\"hi\"\"\nthen left\"\nBob,\"\"\n");

        assertThat(records).containsExactly(
                new CsvRecord(1, List.of("name", "note")),
                new CsvRecord(2, List.of("Smith, Anna", "said \"hi\"\nthen left")),
                new CsvRecord(4, List.of("Bob", "")));
    }

    @Test
    void a_byte_order_mark_is_not_part_of_the_first_field() throws Exception {
        assertThat(read("\uFEFFemployee_id,email\n").get(0).fields()).containsExactly("employee_id", "email");
    }

    @Test
    void blank_lines_are_skipped_but_still_counted() throws Exception {
        assertThat(read("a\n\nb\r\n\r\n")).containsExactly(new CsvRecord(1, List.of("a")),
                new CsvRecord(3, List.of("b")));
    }

    @Test
    void empty_fields_are_kept() throws Exception {
        assertThat(read(",x,\n").get(0).fields()).containsExactly("", "x", "");
    }

    @Test
    void an_unclosed_quote_is_reported_on_the_line_where_it_opened() {
        assertThatThrownBy(() -> read("a,b\nc,\"open\nstill open\n"))
                .isInstanceOfSatisfying(CsvSyntaxException.class, e -> {
                    assertThat(e.problem().line()).isEqualTo(2);
                    assertThat(e.problem().kind()).isEqualTo(Kind.UNCLOSED_QUOTE);
                });
    }

    @Test
    void text_after_a_closing_quote_is_reported() {
        assertThatThrownBy(() -> read("a\n\"x\"y\n"))
                .isInstanceOfSatisfying(CsvSyntaxException.class, e -> {
                    assertThat(e.problem().line()).isEqualTo(2);
                    assertThat(e.problem().kind()).isEqualTo(Kind.TEXT_AFTER_QUOTE);
                });
    }

    @Test
    void bytes_that_are_not_utf8_are_reported_with_their_line() {
        byte[] latin1 = "a\nM\u00fcller\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> CsvReader.read(latin1))
                .isInstanceOfSatisfying(CsvSyntaxException.class, e -> {
                    assertThat(e.problem().line()).isEqualTo(2);
                    assertThat(e.problem().kind()).isEqualTo(Kind.NOT_UTF8);
                });
    }
}
