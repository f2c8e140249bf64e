package io.steward.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetSafeTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)", "\t=1", "\r=1"})
    void text_that_a_spreadsheet_would_run_gets_an_apostrophe(String value) {
        assertThat(SpreadsheetSafe.text(value)).isEqualTo("'" + value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ada Lovelace", "a=b", "'quoted", "42"})
    void other_text_is_left_alone(String value) {
        assertThat(SpreadsheetSafe.text(value)).isEqualTo(value);
    }

    @Test
    void missing_text_is_empty() {
        assertThat(SpreadsheetSafe.text(null)).isEmpty();
        assertThat(SpreadsheetSafe.text("")).isEmpty();
    }
}
