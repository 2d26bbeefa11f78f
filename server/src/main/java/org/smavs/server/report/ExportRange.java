package org.smavs.server.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.smavs.model.error.FieldError;
import org.smavs.server.error.ValidationException;

/**
 * The days a course export covers: {@code from} to {@code to} inclusive, as UTC dates (the server knows no
 * user time zone; the exports print UTC times too). At most {@link #MAX_DAYS} days, so one request cannot
 * make the server render years of records.
 */
public record ExportRange(LocalDate from, LocalDate to) {
    public static final int MAX_DAYS = 366;

    /** Parses the query parameters; every problem is reported at once as a 422 naming the field. */
    public static ExportRange parse(String fromText, String toText) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate from = date("from", fromText, errors);
        LocalDate to = date("to", toText, errors);
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                errors.add(new FieldError("to", "must be on or after from (" + from + ")"));
            } else if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
                errors.add(new FieldError("to", "the range may cover at most " + MAX_DAYS + " days"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new ExportRange(from, to);
    }

    public Instant startInclusive() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public Instant endExclusive() {
        return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static LocalDate date(String field, String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(field, "is required (a date as YYYY-MM-DD)"));
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date as YYYY-MM-DD"));
            return null;
        }
    }
}
