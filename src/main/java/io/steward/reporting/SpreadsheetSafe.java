package io.steward.reporting;

/**
 * Keeps exported text from being run as a formula when the file is opened in a spreadsheet (CSV or formula
 * injection, OWASP): a cell that starts with {@code = + - @}, a tab or a carriage return gets a leading
 * apostrophe, which spreadsheets show as text.
 */
final class SpreadsheetSafe {

    private static final String TRIGGERS = "=+-@\t\r";

    private SpreadsheetSafe() {
    }

    static String text(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && TRIGGERS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
