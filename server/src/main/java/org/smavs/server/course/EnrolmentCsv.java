package org.smavs.server.course;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.smavs.server.error.ValidationException;

/**
 * Reads an enrolment list: with a header naming {@code student_number} or {@code email} (other columns, such as a
 * registry export's names, are ignored), or without a header, one student number or address per line.
 */
final class EnrolmentCsv {
    static final int MAX_LINES = 5000;

    private EnrolmentCsv() {
    }

    /** Each entry: {line number as text, the student number or e-mail}. Blank lines are skipped. */
    static List<String[]> parse(String csv) {
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(new StringReader(csv == null ? "" : csv),
                CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(true).get())) {
            records = parser.getRecords();
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw ValidationException.field("file", "is not valid CSV: " + e.getMessage());
        }
        if (records.isEmpty()) {
            throw ValidationException.field("file", "is empty: one student number or e-mail address per line");
        }
        int column = 0;
        int fallback = -1;
        int first = 0;
        List<String> header = records.get(0).toList().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        if (header.contains("student_number") || header.contains("email")) {
            column = header.contains("student_number") ? header.indexOf("student_number") : header.indexOf("email");
            fallback = header.indexOf("email"); // a line without a student number may still name the address
            first = 1;
        } else if (records.get(0).size() > 1) {
            throw ValidationException.field("file", "has several columns but no header: name the column "
                    + "student_number or email in the first line");
        }
        if (records.size() - first > MAX_LINES) {
            throw ValidationException.field("file", "has more than " + MAX_LINES + " students; split it");
        }
        List<String[]> entries = new ArrayList<>();
        for (int i = first; i < records.size(); i++) {
            CSVRecord record = records.get(i);
            String value = column < record.size() ? record.get(column).trim() : "";
            if (value.isEmpty() && fallback >= 0 && fallback < record.size()) {
                value = record.get(fallback).trim();
            }
            if (!value.isEmpty()) {
                entries.add(new String[] {Long.toString(record.getRecordNumber()), value});
            }
        }
        return entries;
    }
}
