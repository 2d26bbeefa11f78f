package org.smavs.server.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.smavs.model.attendance.ReasonCode;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.attendance.AttendanceStatus;

/**
 * A printable attendance sheet: a summary block, then the roster as a table over as many pages as needed.
 * A course export is one summary for the range, then a titled table per session.
 */
public final class AttendancePdf {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final float MARGIN = 40;
    private static final float LINE = 14;
    private static final float[] COLUMNS = {MARGIN, 110, 250, 310, 460};
    private static final int[] WIDTHS = {12, 26, 9, 28, 16};
    private static final int REASONS = 3;
    // DejaVu Sans (free licence, resources/fonts/DejaVu-LICENSE.txt) is embedded so Łukasz, Σοφία and Анна print
    // as themselves; the PDF standard fonts only know Latin-1. Read once, embedded (subset) per document.
    private final byte[] regularFont = resource("/fonts/DejaVuSans.ttf");
    private final byte[] boldFont = resource("/fonts/DejaVuSans-Bold.ttf");

    public byte[] render(ExportData data) {
        return write(sheet -> {
            sheet.text(sheet.bold, 16, "Attendance: " + data.sessionTitle());
            sheet.gap(6);
            sheet.text(sheet.regular, 10, "Course: " + (data.courseCode() == null ? "-"
                    : data.courseCode() + " " + nullToDash(data.courseName())));
            sheet.text(sheet.regular, 10, "Lecturer: " + nullToDash(data.lecturerName()) + "    Session #" + data.sessionId()
                    + " (" + data.status() + ")");
            sheet.text(sheet.regular, 10, "Time: " + TIME.format(data.startsAt()) + " - " + TIME.format(data.endsAt()) + " UTC");
            sheet.text(sheet.regular, 10, "Summary: " + data.rows().size() + " students; " + counts(data));
            sheet.gap(10);
            table(sheet, data);
        });
    }

    public byte[] render(CourseExportData course) {
        return render(course, List.of(), 0);
    }

    /** The course's headline, each student's figures over the range (ended sessions), then each session's table. */
    public byte[] render(CourseExportData course, List<StudentTotals.Totals> totals, int thresholdPercent) {
        return write(sheet -> {
            sheet.text(sheet.bold, 16, "Course attendance: " + nullToDash(course.courseCode()) + " " + nullToDash(course.courseName()));
            sheet.gap(6);
            sheet.text(sheet.regular, 10, "Lecturer: " + nullToDash(course.lecturerName()));
            sheet.text(sheet.regular, 10, "Sessions starting " + course.range().from() + " to " + course.range().to() + " (UTC dates)");
            sheet.text(sheet.regular, 10, "Summary: " + course.sessions().size() + " sessions, " + course.rows() + " records; "
                    + "present " + course.count(AttendanceStatus.PRESENT) + ", flagged " + course.count(AttendanceStatus.FLAGGED)
                    + ", rejected " + course.count(AttendanceStatus.REJECTED) + ", excused "
                    + course.count(AttendanceStatus.EXCUSED) + ", absent " + course.count(AttendanceStatus.ABSENT));
            if (course.sessions().isEmpty()) {
                sheet.gap(10);
                sheet.text(sheet.regular, 10, "No sessions of this course start in this range.");
            }
            if (!totals.isEmpty()) {
                sheet.gap(12);
                sheet.keepLines(3);
                sheet.text(sheet.bold, 11, "Students (sessions held so far; rate = present and excused over held)");
                for (StudentTotals.Totals t : totals) {
                    sheet.keepLines(1);
                    sheet.text(sheet.regular, 9, nullToDash(t.studentNumber()) + "  " + nullToDash(t.studentName())
                            + ": held " + t.held() + ", present " + t.present() + " (late " + t.late() + "), excused "
                            + t.excused() + ", absent " + t.absent() + ", flagged " + t.flagged()
                            + (t.rate() == null ? "" : "; " + t.ratePercent() + " %")
                            + (t.below(thresholdPercent) ? "  BELOW " + thresholdPercent + " %" : ""));
                }
            }
            for (ExportData session : course.sessions()) {
                sheet.gap(12);
                sheet.keepLines(4);
                sheet.text(sheet.bold, 11, session.sessionTitle() + "  (#" + session.sessionId() + ", "
                        + TIME.format(session.startsAt()) + " UTC, " + session.status() + ")");
                sheet.text(sheet.regular, 9, session.rows().size() + " students; " + counts(session));
                table(sheet, session);
            }
        });
    }

    private static void table(Sheet sheet, ExportData data) throws IOException {
        String[] header = {"Student no.", "Name", "Status", "Reasons", "Checked in (UTC)"};
        sheet.row(sheet.bold, header);
        for (AttendanceRecord r : data.rows()) {
            String[] cells = {r.studentNumber(), r.studentName(), r.status().wire(), readable(r.flags()),
                    ExportRow.checkedIn(r) == null ? "" : TIME.format(ExportRow.checkedIn(r).toInstant())};
            // A row never splits across pages, and a continued table starts with its heading again.
            if (sheet.keepLines(wrap(cells[REASONS], WIDTHS[REASONS]).size())) {
                sheet.row(sheet.bold, header);
            }
            sheet.row(sheet.regular, cells);
        }
    }

    private static String counts(ExportData data) {
        return "present " + data.count(AttendanceStatus.PRESENT) + ", flagged " + data.count(AttendanceStatus.FLAGGED)
                + ", rejected " + data.count(AttendanceStatus.REJECTED) + ", excused " + data.count(AttendanceStatus.EXCUSED)
                + ", absent " + data.count(AttendanceStatus.ABSENT);
    }

    /** "OUTSIDE_GEOFENCE" → "outside geofence": the sheet is read by people, not parsers. */
    static String readable(List<ReasonCode> reasons) {
        return reasons.stream().map(code -> code.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .collect(Collectors.joining(", "));
    }

    /** Splits {@code text} into lines of at most {@code width} characters at spaces (a longer word is cut). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text == null ? new String[0] : text.split(" ")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word.length() > width ? word.substring(0, width) : word);
        }
        lines.add(line.toString());
        return lines;
    }

    private interface Content {
        void write(Sheet sheet) throws IOException;
    }

    private byte[] write(Content content) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = new Sheet(document, PDType0Font.load(document, new ByteArrayInputStream(regularFont)),
                    PDType0Font.load(document, new ByteArrayInputStream(boldFont)));
            content.write(sheet);
            sheet.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the PDF export", e);
        }
    }

    private static String nullToDash(String value) {
        return value == null ? "-" : value;
    }

    private static byte[] resource(String name) {
        try (InputStream in = AttendancePdf.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The PDF font " + name + " is missing from the server's resources");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the font can draw, code point by code point; a character it has no glyph for (a CJK name in DejaVu
     * Sans, a control character) prints as '?' instead of failing the whole export. Long text is cut with ".".
     */
    static String printable(String text, int maxChars, IntPredicate canShow) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < text.length() && shown < maxChars; shown++) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (shown == maxChars - 1 && i < text.length()) {
                out.append('.');
            } else {
                out.appendCodePoint(!Character.isISOControl(codePoint) && canShow.test(codePoint) ? codePoint : '?');
            }
        }
        return out.toString();
    }

    private static boolean canShow(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** A4 pages being written, with a cursor that moves down and a new page when the current one is full. */
    private static final class Sheet {
        // Fonts per document: PDFBox font objects keep caches that are not meant to be shared across threads.
        final PDFont regular;
        final PDFont bold;
        private final PDDocument document;
        private PDPageContentStream content;
        private float y;

        Sheet(PDDocument document, PDFont regular, PDFont bold) throws IOException {
            this.document = document;
            this.regular = regular;
            this.bold = bold;
            newPage();
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        /** Starts a new page unless {@code lines} more lines fit; true when it did. */
        boolean keepLines(int lines) throws IOException {
            if (y - (lines - 1) * LINE >= MARGIN + LINE) {
                return false;
            }
            content.close();
            newPage();
            return true;
        }

        void gap(float points) {
            y -= points;
        }

        void text(PDFont font, float size, String text) throws IOException {
            keepLines(1);
            show(font, size, MARGIN, y, printable(text, 100, codePoint -> canShow(font, codePoint)));
            y -= LINE;
        }

        /** One table row; the reasons cell wraps onto as many lines as it needs, the others are cut to fit. */
        void row(PDFont font, String[] cells) throws IOException {
            int lines = 1;
            for (int i = 0; i < cells.length; i++) {
                List<String> cell = i == REASONS ? wrap(cells[i], WIDTHS[i]) : List.of(cells[i] == null ? "" : cells[i]);
                for (int line = 0; line < cell.size(); line++) {
                    show(font, 9, COLUMNS[i], y - line * LINE,
                            printable(cell.get(line), WIDTHS[i], codePoint -> canShow(font, codePoint)));
                }
                lines = Math.max(lines, cell.size());
            }
            y -= lines * LINE;
        }

        private void show(PDFont font, float size, float x, float atY, String text) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, atY);
            content.showText(text);
            content.endText();
        }

        void close() throws IOException {
            content.close();
        }
    }
}
