package org.smavs.server.report;

/**
 * Neutralises CSV/formula injection: a cell a spreadsheet would run as a formula (starting with = + - @,
 * tab or carriage return) gets a leading apostrophe, so a student named {@code =HYPERLINK(...)} shows as
 * text in Excel or LibreOffice instead of becoming a link or command.
 */
public final class CsvCells {
    private CsvCells() {
    }

    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + value;
        }
        return value;
    }
}
