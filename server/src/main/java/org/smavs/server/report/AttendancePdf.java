package org.smavs.server.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
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
            if (sheet.keepLines(1)) {
                sheet.row(sheet.bold, header);
            }
            sheet.row(sheet.regular, new String[] {r.studentNumber(), r.studentName(), r.status().wire(),
                    r.flags().stream().map(Enum::name).collect(Collectors.joining(", ")),
                    ExportRow.checkedIn(r) == null ? "" : TIME.format(ExportRow.checkedIn(r).toInstant())});
        }
    }

    private static String counts(ExportData data) {
        return "present " + data.count(AttendanceStatus.PRESENT) + ", flagged " + data.count(AttendanceStatus.FLAGGED)
                + ", rejected " + data.count(AttendanceStatus.REJECTED) + ", excused " + data.count(AttendanceStatus.EXCUSED)
                + ", absent " + data.count(AttendanceStatus.ABSENT);
    }

    private interface Content {
        void write(Sheet sheet) throws IOException;
    }

    private static byte[] write(Content content) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = new Sheet(document);
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

    /** The standard fonts speak WinAnsi only; anything else prints as '?' instead of failing the export. */
    static String printable(String text, int maxChars) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c >= 0x20 && c <= 0x7e || c >= 0xa0 && c <= 0xff ? c : '?');
        }
        return out.length() > maxChars ? out.substring(0, Math.max(0, maxChars - 1)) + "." : out.toString();
    }

    /** A4 pages being written, with a cursor that moves down and a new page when the current one is full. */
    private static final class Sheet {
        // Fonts per document: PDFBox font objects keep caches that are not meant to be shared across threads.
        final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private final PDDocument document;
        private PDPageContentStream content;
        private float y;

        Sheet(PDDocument document) throws IOException {
            this.document = document;
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

        void text(PDType1Font font, float size, String text) throws IOException {
            keepLines(1);
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(MARGIN, y);
            content.showText(printable(text, 110));
            content.endText();
            y -= LINE;
        }

        void row(PDType1Font font, String[] cells) throws IOException {
            for (int i = 0; i < cells.length; i++) {
                content.beginText();
                content.setFont(font, 9);
                content.newLineAtOffset(COLUMNS[i], y);
                content.showText(printable(cells[i], WIDTHS[i]));
                content.endText();
            }
            y -= LINE;
        }

        void close() throws IOException {
            content.close();
        }
    }
}
